package nl.inburgeringsregie.termijn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.inburgeringsregie.gemeente.Norm;

/** The norms of the cases; every change to an open norm writes its case's next clock again (CaseClockSummary). */
@Repository
class DeadlineRepository {

    private static final String DEADLINE = "SELECT id, case_id, norm, round, starts_on, due_on, remind_on, status, met_on "
            + "FROM case_deadline ";
    private static final String BREACH = "SELECT id, deadline_id, case_id, norm, due_on, recorded_at, met_on, days_late, "
            + "action, action_note, action_by FROM norm_breach ";

    private final JdbcClient jdbc;
    private final CaseClockSummary summary;

    DeadlineRepository(JdbcClient jdbc, CaseClockSummary summary) {
        this.jdbc = jdbc;
        this.summary = summary;
    }

    Optional<Deadline> findOpen(long caseId, Norm norm) {
        return jdbc.sql(DEADLINE + "WHERE case_id = ? AND norm = ? AND status = 'OPEN'")
                .params(caseId, norm.name()).query(Deadline.class).optional();
    }

    Optional<Deadline> findLatest(long caseId, Norm norm) {
        return jdbc.sql(DEADLINE + "WHERE case_id = ? AND norm = ? ORDER BY round DESC FETCH FIRST 1 ROWS ONLY")
                .params(caseId, norm.name()).query(Deadline.class).optional();
    }

    List<Deadline> findOpenByCase(long caseId) {
        return jdbc.sql(DEADLINE + "WHERE case_id = ? AND status = 'OPEN' ORDER BY due_on")
                .param(caseId).query(Deadline.class).list();
    }

    List<Deadline> findByCase(long caseId) {
        return jdbc.sql(DEADLINE + "WHERE case_id = ? ORDER BY opened_at, id")
                .param(caseId).query(Deadline.class).list();
    }

    int nextRound(long caseId, Norm norm) {
        return jdbc.sql("SELECT COALESCE(MAX(round), 0) + 1 FROM case_deadline WHERE case_id = ? AND norm = ?")
                .params(caseId, norm.name()).query(Integer.class).single();
    }

    /**
     * A new round of the norm, open; of a case that is closed already it is written as cancelled at once, so that an
     * open norm is always one of an open case (CaseClockChanges). The gemeente is the case's.
     */
    void insert(long caseId, Norm norm, int round, LocalDate startsOn, LocalDate dueOn, LocalDate remindOn,
            OffsetDateTime now) {
        // a closure of the case at the same time either waits for this norm and cancels it, or this waits for the
        // closure and writes the norm as cancelled
        summary.lockCase(caseId);
        jdbc.sql("""
                INSERT INTO case_deadline (case_id, gemeente_code, norm, round, starts_on, due_on, remind_on, status,
                                           opened_at, closed_at)
                SELECT c.id, c.gemeente_code, ?, ?, ?, ?, ?, CASE WHEN c.closed_at IS NULL THEN 'OPEN' ELSE 'CANCELLED' END,
                       ?, CASE WHEN c.closed_at IS NULL THEN NULL ELSE ? END
                FROM integration_case c WHERE c.id = ?""")
                .params(norm.name(), round, startsOn, dueOn, remindOn, now, now, caseId).update();
        summary.refresh(caseId);
    }

    void reschedule(Deadline deadline, LocalDate startsOn, LocalDate dueOn, LocalDate remindOn) {
        if (jdbc.sql("UPDATE case_deadline SET starts_on = ?, due_on = ?, remind_on = ? WHERE id = ? AND status = 'OPEN'")
                .params(startsOn, dueOn, remindOn, deadline.id()).update() > 0) {
            summary.refresh(deadline.caseId());
        }
    }

    void close(Deadline deadline, DeadlineStatus status, LocalDate metOn, OffsetDateTime now) {
        if (jdbc.sql("UPDATE case_deadline SET status = ?, met_on = ?, closed_at = ? WHERE id = ? AND status = 'OPEN'")
                .params(status.name(), metOn, now, deadline.id()).update() > 0) {
            summary.refresh(deadline.caseId());
        }
    }

    /** Every open norm of the case stops without being met (the case closed). */
    void cancelOpen(long caseId, OffsetDateTime now) {
        jdbc.sql("UPDATE case_deadline SET status = 'CANCELLED', closed_at = ? WHERE case_id = ? AND status = 'OPEN'")
                .params(now, caseId).update();
        summary.refresh(caseId);
    }

    Optional<NormBreach> findBreach(long deadlineId) {
        return jdbc.sql(BREACH + "WHERE deadline_id = ?").param(deadlineId).query(NormBreach.class).optional();
    }

    List<NormBreach> findBreachesByCase(long caseId) {
        return jdbc.sql(BREACH + "WHERE case_id = ? ORDER BY recorded_at").param(caseId).query(NormBreach.class).list();
    }

    void insertBreach(Deadline deadline, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO norm_breach (deadline_id, case_id, norm, due_on, recorded_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(deadline.id(), deadline.caseId(), deadline.norm().name(), deadline.dueOn(), now).update();
    }

    void resolveBreach(long deadlineId, LocalDate metOn, int daysLate) {
        jdbc.sql("UPDATE norm_breach SET met_on = ?, days_late = ? WHERE deadline_id = ?")
                .params(metOn, daysLate, deadlineId).update();
    }

    /** The work was done in time after all: the breach recorded when the due day passed was none. */
    void withdrawBreach(long deadlineId) {
        jdbc.sql("DELETE FROM norm_breach WHERE deadline_id = ?").param(deadlineId).update();
    }

    void recordAction(long deadlineId, String action, String note, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE norm_breach SET action = ?, action_note = ?, action_by = ?, action_at = ? WHERE deadline_id = ?")
                .params(action, note, by, at, deadlineId).update();
    }

    /** A deadline that never ran (its key date was withdrawn) goes, with its breach and extensions. */
    void delete(Deadline deadline) {
        jdbc.sql("DELETE FROM deadline_extension WHERE deadline_id = ?").param(deadline.id()).update();
        jdbc.sql("DELETE FROM norm_breach WHERE deadline_id = ?").param(deadline.id()).update();
        jdbc.sql("DELETE FROM case_deadline WHERE id = ?").param(deadline.id()).update();
        summary.refresh(deadline.caseId());
    }

    /**
     * A met deadline runs again from its own dates (the work that met it no longer holds); a late breach is open again.
     * Not of a closed case: its clocks stay stopped (CaseClockChanges). Whether it runs again.
     */
    boolean reopen(Deadline deadline) {
        summary.lockCase(deadline.caseId());
        int reopened = jdbc.sql("""
                UPDATE case_deadline SET status = 'OPEN', met_on = NULL, closed_at = NULL
                WHERE id = ? AND status = 'MET'
                  AND EXISTS (SELECT 1 FROM integration_case c WHERE c.id = case_deadline.case_id AND c.closed_at IS NULL)""")
                .param(deadline.id()).update();
        if (reopened == 0) {
            return false;
        }
        jdbc.sql("UPDATE norm_breach SET met_on = NULL, days_late = NULL WHERE deadline_id = ?").param(deadline.id())
                .update();
        summary.refresh(deadline.caseId());
        return true;
    }
}
