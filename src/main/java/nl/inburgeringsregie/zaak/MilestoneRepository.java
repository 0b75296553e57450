package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MilestoneRepository {

    private final JdbcClient jdbc;

    public MilestoneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the milestone, or corrects it when it was recorded before. */
    public void save(long caseId, RecordedMilestone milestone) {
        int updated = jdbc.sql("""
                UPDATE case_milestone SET occurred_on = ?, note = ?, recorded_at = ?, recorded_by = ?
                WHERE case_id = ? AND milestone = ?""")
                .params(milestone.occurredOn(), milestone.note(), milestone.recordedAt(), milestone.recordedBy(),
                        caseId, milestone.milestone().name())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO case_milestone (case_id, milestone, occurred_on, note, recorded_at, recorded_by)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(caseId, milestone.milestone().name(), milestone.occurredOn(), milestone.note(),
                            milestone.recordedAt(), milestone.recordedBy())
                    .update();
        }
    }

    /** Removes a milestone that no longer holds (the first PIP withdrawn). */
    public void delete(long caseId, Milestone milestone) {
        jdbc.sql("DELETE FROM case_milestone WHERE case_id = ? AND milestone = ?").params(caseId, milestone.name()).update();
    }

    public List<RecordedMilestone> findByCase(long caseId) {
        return jdbc.sql("""
                SELECT milestone, occurred_on, note, recorded_at, recorded_by FROM case_milestone
                WHERE case_id = ? ORDER BY occurred_on, recorded_at""")
                .param(caseId)
                .query((rs, row) -> new RecordedMilestone(Milestone.valueOf(rs.getString("milestone")),
                        rs.getObject("occurred_on", LocalDate.class), rs.getString("note"),
                        rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by")))
                .list();
    }
}
