package nl.inburgeringsregie.termijn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each case's next clock, kept on the case (issue 22, point 4): the earliest due day of its open norms that run
 * ({@code integration_case.next_due_on}; empty when none runs) and how many of its open norms stand still
 * ({@code paused_clocks}; PausedClocks). Mijn zaken reads them instead of grouping every open norm per case (386 ms for
 * a team of 100,000 cases on PostgreSQL). Both depend only on the case's open norms and its pauses that run, not on
 * the day, so they are written again in the transaction of every change to either: by DeadlineRepository for the
 * norms, by CaseClockChanges (port zaak.CaseClocks) for the pauses. Nothing else writes these columns.
 */
@Component
public class CaseClockSummary {

    /** The rule, for the cases the caller's WHERE clause names ({@code integration_case} by its own name). */
    public static final String REFRESH = """
            UPDATE integration_case SET
                next_due_on = (SELECT MIN(d.due_on) FROM case_deadline d
                               WHERE d.case_id = integration_case.id AND d.status = 'OPEN' AND NOT %1$s),
                paused_clocks = (SELECT COUNT(*) FROM case_deadline d
                                 WHERE d.case_id = integration_case.id AND d.status = 'OPEN' AND %1$s)
            """.formatted(PausedClocks.pausedSql("d.case_id"));

    private final JdbcClient jdbc;

    CaseClockSummary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The case's open norms or pauses changed: its next clock again. The case's row is locked first, in a statement of
     * its own, so that the summary is computed after any other transaction that changed this case's norms or pauses
     * and holds the row has committed: an UPDATE that waits for the row would compute its subqueries from what was
     * committed when it began (PostgreSQL, READ COMMITTED), without the other's change.
     */
    void refresh(long caseId) {
        lockCase(caseId);
        jdbc.sql(REFRESH + "WHERE id = ?").param(caseId).update();
    }

    /**
     * Locks the case's row until the transaction ends, as its closure and every change to its clocks do: what the
     * next statement reads of the case (whether it is closed) and of its norms and pauses is then committed and stays so.
     */
    void lockCase(long caseId) {
        jdbc.sql("SELECT id FROM integration_case WHERE id = ? FOR UPDATE").param(caseId).query(Long.class).list();
    }
}
