package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The exam number DUO gave a case for the leerbaarheidstoets ({@code lbt_examennummer}): the gemeente books the
 * test with it (DUO Leerbaarheidstoets API, schema Examennummer), and it is withdrawn when the test is skipped
 * after the registration ({@code DELETE /personen/{bsn}/lbt/examennummer}). One per case; a new one replaces it.
 */
@Repository
public class LeerbaarheidstoetsExamNumbers {

    private final JdbcClient jdbc;
    private final Clock clock;

    LeerbaarheidstoetsExamNumbers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The case's exam number as long as it is not withdrawn. */
    public Optional<String> current(long caseId) {
        return jdbc.sql("SELECT examennummer FROM lbt_examennummer WHERE case_id = ? AND withdrawn_at IS NULL")
                .param(caseId).query(String.class).optional();
    }

    void registered(long caseId, String examNumber) {
        var now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("UPDATE lbt_examennummer SET examennummer = ?, registered_at = ?, withdrawn_at = NULL "
                + "WHERE case_id = ?").params(examNumber, now, caseId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO lbt_examennummer (case_id, examennummer, registered_at) VALUES (?, ?, ?)")
                    .params(caseId, examNumber, now).update();
        }
    }

    void withdrawn(long caseId) {
        jdbc.sql("UPDATE lbt_examennummer SET withdrawn_at = ? WHERE case_id = ? AND withdrawn_at IS NULL")
                .params(OffsetDateTime.now(clock), caseId).update();
    }
}
