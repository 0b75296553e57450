package nl.inburgeringsregie.afronding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;

/** Records where the inburgeraar went, once per moment; recording again corrects it. */
@Service
public class OutflowService {

    static final int MAX_NOTE = 2000;

    /** One recorded outflow. */
    public record Recorded(Outflow.Moment moment, Outflow outcome, String note, LocalDate recordedOn, String recordedBy) {
    }

    private final CaseFileService caseFile;
    private final JdbcClient jdbc;
    private final Clock clock;

    public OutflowService(CaseFileService caseFile, JdbcClient jdbc, Clock clock) {
        this.caseFile = caseFile;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(String caseNumber, Outflow.Moment moment, String outcomeText, String note, String by) {
        long caseId = caseFile.caseOf(caseNumber).id();
        Outflow outcome;
        try {
            outcome = outcomeText == null ? null : Outflow.valueOf(outcomeText);
        } catch (IllegalArgumentException e) {
            outcome = null;
        }
        if (outcome == null) {
            throw InvalidInputException.of("uitstroom", "Kies de uitstroom: betaald werk, onderwijs, vrijwilligerswerk of geen");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw InvalidInputException.of("uitstroomToelichting", "Te lang: maximaal " + MAX_NOTE + " tekens");
        }
        jdbc.sql("DELETE FROM outflow WHERE case_id = ? AND moment = ?").params(caseId, moment.name()).update();
        jdbc.sql("""
                INSERT INTO outflow (case_id, moment, outcome, note, recorded_on, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, moment.name(), outcome.name(), note == null || note.isBlank() ? null : note,
                        LocalDate.now(clock), OffsetDateTime.now(clock), by)
                .update();
    }

    public List<Recorded> findByCase(String caseNumber) {
        return jdbc.sql("SELECT moment, outcome, note, recorded_on, recorded_by FROM outflow WHERE case_id = ? ORDER BY recorded_at")
                .param(caseFile.caseOf(caseNumber).id()).query(Recorded.class).list();
    }
}
