package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One version of a case's PIP. */
public record Pip(long id, long caseId, int version, PipStatus status, Leerroute leerroute, Leerroute advisedRoute,
        String deviationReason, String niveau, String languageProvider, Integer estimatedHoursB1,
        String alfabetisering, boolean mayFinishEducation, String pvtProvider, String mapProvider,
        String guidanceAgreements, String participationAgreements, String ontzorgenAgreements, int durationMonths,
        String draftedBy, OffsetDateTime draftedAt, String reviewedBy, OffsetDateTime reviewedAt, String reviewRemarks,
        LocalDate dagtekening) {
}
