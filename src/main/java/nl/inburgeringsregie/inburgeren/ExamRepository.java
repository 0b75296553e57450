package nl.inburgeringsregie.inburgeren;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExamRepository {

    private final JdbcClient jdbc;

    ExamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long caseId, ExamPart part, String niveau, java.time.LocalDate examDate, String result, String source,
            OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO exam_result (case_id, part, niveau, exam_date, result, source, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, part.name(), niveau, examDate, result, source, at, by).update();
    }

    List<ExamResult> findByCase(long caseId) {
        return jdbc.sql("""
                SELECT id, case_id, part, niveau, exam_date, result, source, recorded_at, recorded_by
                FROM exam_result WHERE case_id = ? ORDER BY exam_date, id""")
                .param(caseId).query(ExamResult.class).list();
    }
}
