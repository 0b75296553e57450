package nl.inburgeringsregie.termijn;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The extensions of deadlines a coordinator asked for (table deadline_extension, V15). */
@Repository
class DeadlineExtensionRepository {

    private static final String SELECT = "SELECT id, deadline_id, case_id, norm, days, reason_kind, reason_note, status, "
            + "requested_by, decided_by FROM deadline_extension ";

    private final JdbcClient jdbc;

    DeadlineExtensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Deadline deadline, int days, String kind, String note, ExtensionStatus status, String by,
            OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO deadline_extension (deadline_id, case_id, norm, days, reason_kind, reason_note, status,
                                                requested_by, requested_at, decided_by, decided_at)
                VALUES (:d, :c, :n, :days, :k, :note, :s, :by, :now, :decidedBy, :decidedAt)""")
                .param("d", deadline.id()).param("c", deadline.caseId()).param("n", deadline.norm().name())
                .param("days", days).param("k", kind).param("note", note).param("s", status.name()).param("by", by)
                .param("now", now).param("decidedBy", status == ExtensionStatus.GOEDGEKEURD ? by : null)
                .param("decidedAt", status == ExtensionStatus.GOEDGEKEURD ? now : null).update();
        return jdbc.sql("SELECT MAX(id) FROM deadline_extension WHERE deadline_id = ?").param(deadline.id())
                .query(Long.class).single();
    }

    /** The days the deadline was extended by, approved. */
    int approvedDays(long deadlineId) {
        return jdbc.sql("SELECT COALESCE(SUM(days), 0) FROM deadline_extension WHERE deadline_id = ? AND status = 'GOEDGEKEURD'")
                .param(deadlineId).query(Integer.class).single();
    }

    Optional<Extension> find(long id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(Extension.class).optional();
    }

    List<Extension> findPending(long deadlineId) {
        return jdbc.sql(SELECT + "WHERE deadline_id = ? AND status = 'AANGEVRAAGD'").param(deadlineId)
                .query(Extension.class).list();
    }

    boolean decide(long id, ExtensionStatus status, String by, String note, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE deadline_extension SET status = ?, decided_by = ?, decision_note = ?, decided_at = ?
                WHERE id = ? AND status = 'AANGEVRAAGD'""")
                .params(status.name(), by, note, now, id).update() > 0;
    }
}
