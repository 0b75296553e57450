package nl.inburgeringsregie.inburgeren;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One exam result as DUO reports it (SS199, Examen API {@code Examenresultaat}) or the consulent enters it.
 *
 * @param result DUO's value: Geslaagd, Gezakt or Geen
 * @param source DUO or CONSULENT
 */
public record ExamResult(long id, long caseId, ExamPart part, String niveau, LocalDate examDate, String result,
        String source, OffsetDateTime recordedAt, String recordedBy) {

    static final String PASSED = "Geslaagd";

    boolean passedAtLeast(String requiredLevel) {
        if (!PASSED.equals(result)) {
            return false;
        }
        return !part.isLanguage() || niveau != null && niveau.compareTo(requiredLevel) >= 0;
    }
}
