package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CaseSuspensionRepository {

    private final JdbcClient jdbc;

    CaseSuspensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long caseId, LocalDate startsOn, CasePhase phaseBefore, String startedBy, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO case_suspension (case_id, starts_on, phase_before, started_by, recorded_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(caseId, startsOn, phaseBefore.name(), startedBy, now).update();
    }

    boolean end(long caseId, LocalDate endsOn, String endedBy, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE case_suspension SET ends_on = ?, ended_by = ?, ended_at = ?
                WHERE case_id = ? AND ends_on IS NULL""")
                .params(endsOn, endedBy, now, caseId).update() > 0;
    }

    /** Every suspension of the case, oldest first. */
    List<CaseSuspension> findByCase(long caseId) {
        return jdbc.sql("""
                SELECT starts_on, ends_on, phase_before, started_by, ended_by FROM case_suspension
                WHERE case_id = ? ORDER BY starts_on, id""")
                .param(caseId)
                .query((rs, row) -> new CaseSuspension(rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), CasePhase.valueOf(rs.getString("phase_before")),
                        rs.getString("started_by"), rs.getString("ended_by")))
                .list();
    }

    Optional<CaseSuspension> findOngoing(long caseId) {
        return findByCase(caseId).stream().filter(CaseSuspension::isOngoing).findFirst();
    }
}
