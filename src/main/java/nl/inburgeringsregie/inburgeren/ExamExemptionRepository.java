package nl.inburgeringsregie.inburgeren;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExamExemptionRepository {

    private final JdbcClient jdbc;

    ExamExemptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the exemption, replacing the one of the same part and kind (DUO gives all its decisions each time). */
    void save(long caseId, ExamExemption exemption, OffsetDateTime at) {
        jdbc.sql("DELETE FROM exam_exemption WHERE case_id = ? AND part = ? AND kind = ?")
                .params(caseId, exemption.part().name(), exemption.kind().name()).update();
        jdbc.sql("""
                INSERT INTO exam_exemption (case_id, part, kind, niveau, decided_on, ground, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, exemption.part().name(), exemption.kind().name(), exemption.niveau(),
                        exemption.decidedOn(), exemption.ground(), at)
                .update();
    }

    List<ExamExemption> findByCase(long caseId) {
        return jdbc.sql("""
                SELECT part, kind, niveau, decided_on, ground FROM exam_exemption WHERE case_id = ? ORDER BY part, kind""")
                .param(caseId)
                .query((row, number) -> new ExamExemption(ExamPart.valueOf(row.getString("part")),
                        ExamExemption.Kind.valueOf(row.getString("kind")), row.getString("niveau"),
                        row.getObject("decided_on", java.time.LocalDate.class), row.getString("ground")))
                .list();
    }
}
