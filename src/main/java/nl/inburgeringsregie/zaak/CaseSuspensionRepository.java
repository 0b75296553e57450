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
                WHERE case_id = ? AND ends_on IS NULL AND norm IS NULL""")
                .params(endsOn, endedBy, now, caseId).update() > 0;
    }

    /** The coordinator pauses one norm of the case (not the case itself, nor its process instances). */
    void insertNormPause(long caseId, String norm, LocalDate startsOn, CasePhase phase, String reasonKind,
            String reasonNote, String by, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO case_suspension (case_id, norm, starts_on, phase_before, reason_kind, reason_note, started_by,
                                             recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, norm, startsOn, phase.name(), reasonKind, reasonNote, by, now).update();
    }

    boolean endNormPause(long caseId, String norm, LocalDate endsOn, String by, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE case_suspension SET ends_on = ?, ended_by = ?, ended_at = ?
                WHERE case_id = ? AND norm = ? AND ends_on IS NULL""")
                .params(endsOn, by, now, caseId, norm).update() > 0;
    }

    /** Every suspension of the case, oldest first. */
    List<CaseSuspension> findByCase(long caseId) {
        return jdbc.sql("""
                SELECT starts_on, ends_on, phase_before, started_by, ended_by, norm FROM case_suspension
                WHERE case_id = ? ORDER BY starts_on, id""")
                .param(caseId)
                .query((rs, row) -> new CaseSuspension(rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), CasePhase.valueOf(rs.getString("phase_before")),
                        rs.getString("started_by"), rs.getString("ended_by"), rs.getString("norm")))
                .list();
    }

    /** The ongoing suspension of the whole case (a temporary exemption), not a paused norm. */
    Optional<CaseSuspension> findOngoing(long caseId) {
        return findByCase(caseId).stream().filter(s -> s.isOngoing() && s.isWholeCase()).findFirst();
    }
}
