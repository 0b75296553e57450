package nl.inburgeringsregie.archief;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CaseArchiveRepository {

    private final JdbcClient jdbc;

    CaseArchiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the case's archiving; a case that has it already keeps it (closing twice changes nothing). */
    void insertUnlessPresent(CaseArchive archive) {
        if (find(archive.caseId()).isPresent()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO case_archive (case_id, result_category, category_name, nomination, retention, source_date,
                                          action_date, archive_status, determined_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(archive.caseId(), archive.resultCategory(), archive.categoryName(), archive.nomination().name(),
                        archive.retention().toString(), archive.sourceDate(), archive.actionDate(),
                        archive.archiveStatus(), archive.determinedAt())
                .update();
    }

    Optional<CaseArchive> find(long caseId) {
        return jdbc.sql("""
                SELECT case_id, result_category, category_name, nomination, retention, source_date, action_date,
                       archive_status, determined_at
                FROM case_archive WHERE case_id = ?""")
                .param(caseId)
                .query((rs, row) -> new CaseArchive(rs.getLong("case_id"), rs.getString("result_category"),
                        rs.getString("category_name"), Nomination.valueOf(rs.getString("nomination")),
                        Period.parse(rs.getString("retention")), rs.getObject("source_date", LocalDate.class),
                        rs.getObject("action_date", LocalDate.class), rs.getString("archive_status"),
                        rs.getObject("determined_at", OffsetDateTime.class)))
                .optional();
    }
}
