package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CaseReportRepository {

    private final JdbcClient jdbc;

    public CaseReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long caseId, String kind, LocalDate occurredOn, String content, OffsetDateTime recordedAt,
            String recordedBy) {
        jdbc.sql("""
                INSERT INTO case_report (case_id, kind, occurred_on, content, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(caseId, kind, occurredOn, content, recordedAt, recordedBy)
                .update();
    }

    public List<CaseReport> findByCase(long caseId, String kind) {
        return jdbc.sql("""
                SELECT id, kind, occurred_on, content, recorded_at, recorded_by FROM case_report
                WHERE case_id = ? AND kind = ? ORDER BY occurred_on, id""")
                .params(caseId, kind)
                .query(CaseReport.class)
                .list();
    }
}
