package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PipRepository {

    private static final String SELECT = """
            SELECT id, case_id, version, status, leerroute, advised_route, deviation_reason, niveau, language_provider,
                   estimated_hours_b1, alfabetisering, may_finish_education, pvt_provider, map_provider,
                   guidance_agreements, participation_agreements, ontzorgen_agreements, duration_months, drafted_by,
                   drafted_at, reviewed_by, reviewed_at, review_remarks, dagtekening, a2_parts, change_reason,
                   previous_gemeente, language_provider_id, offer_date, offer_course_start, offer_course_end
            FROM pip
            """;

    private final JdbcClient jdbc;

    PipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new version; {@code providerName} is the taalaanbieder in words, kept in language_provider beside its
     * instellingsnummer ({@code providerId}, null for a PIP without a route).
     */
    void insert(long caseId, int version, PipDraft draft, String niveau, String providerId, String providerName,
            OfferDates offer, String draftedBy, OffsetDateTime draftedAt) {
        jdbc.sql("""
                INSERT INTO pip (case_id, version, status, leerroute, advised_route, deviation_reason, niveau,
                                 language_provider, estimated_hours_b1, alfabetisering, may_finish_education,
                                 pvt_provider, map_provider, guidance_agreements, participation_agreements,
                                 ontzorgen_agreements, duration_months, drafted_by, drafted_at, a2_parts,
                                 change_reason, language_provider_id, offer_date, offer_course_start, offer_course_end)
                VALUES (?, ?, 'CONCEPT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, version, draft.leerroute() == null ? null : draft.leerroute().name(),
                        draft.advisedRoute() == null ? null : draft.advisedRoute().name(),
                        blankToNull(draft.deviationReason()), niveau, providerName,
                        draft.estimatedHoursB1(), draft.alfabetisering(), draft.mayFinishEducation(),
                        draft.pvtProvider(), blankToNull(draft.mapProvider()), draft.guidanceAgreements(),
                        draft.participationAgreements(), blankToNull(draft.ontzorgenAgreements()),
                        draft.durationMonths(), draftedBy, draftedAt,
                        draft.a2Parts() == null || draft.a2Parts().isEmpty() ? null : String.join(",", draft.a2Parts()),
                        blankToNull(draft.changeReason()), providerId, offer == null ? null : offer.date(),
                        offer == null ? null : offer.courseStart(), offer == null ? null : offer.courseEnd())
                .update();
    }

    /** A PIP of the previous gemeente (SS121): in force from its dagtekening, with what DUO registered. */
    void insertTakenOver(long caseId, String previousGemeente, LocalDate dagtekening, Leerroute leerroute,
            String niveau, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO pip (case_id, version, status, leerroute, niveau, may_finish_education, drafted_at,
                                 reviewed_at, dagtekening, previous_gemeente, change_reason)
                VALUES (?, 1, 'VASTGESTELD', ?, ?, FALSE, ?, ?, ?, ?, ?)""")
                .params(caseId, leerroute.name(), niveau, at, at, dagtekening, previousGemeente,
                        "Overgenomen van de vorige gemeente (DUO SS121)")
                .update();
    }

    int nextVersion(long caseId) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM pip WHERE case_id = ?")
                .param(caseId).query(Integer.class).single();
    }

    Optional<Pip> findLatest(long caseId) {
        return jdbc.sql(SELECT + "WHERE case_id = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .param(caseId).query(Pip.class).optional();
    }

    Optional<Pip> findInForce(long caseId) {
        return jdbc.sql(SELECT + "WHERE case_id = ? AND status = 'VASTGESTELD' ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .param(caseId).query(Pip.class).optional();
    }

    boolean anyApproved(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM pip WHERE case_id = ? AND status = 'VASTGESTELD'")
                .param(caseId).query(Integer.class).single() > 0;
    }

    List<Pip> findByCase(long caseId) {
        return jdbc.sql(SELECT + "WHERE case_id = ? ORDER BY version").param(caseId).query(Pip.class).list();
    }

    void review(long pipId, PipStatus status, String reviewedBy, OffsetDateTime reviewedAt, String remarks,
            LocalDate dagtekening) {
        jdbc.sql("""
                UPDATE pip SET status = ?, reviewed_by = ?, reviewed_at = ?, review_remarks = ?, dagtekening = ?
                WHERE id = ? AND status = 'CONCEPT'""")
                .params(status.name(), reviewedBy, reviewedAt, remarks, dagtekening, pipId)
                .update();
    }

    /** How many versions were approved and are not withdrawn. */
    int approvedCount(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM pip WHERE case_id = ? AND status = 'VASTGESTELD'")
                .param(caseId).query(Integer.class).single();
    }

    /** The approved version is withdrawn: status INGETROKKEN, with who, when and why; false when it was not approved. */
    boolean withdraw(Pip pip, String withdrawnBy, OffsetDateTime at, String reason) {
        int updated = jdbc.sql("UPDATE pip SET status = 'INGETROKKEN' WHERE id = ? AND status = 'VASTGESTELD'")
                .param(pip.id()).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("INSERT INTO pip_withdrawal (pip_id, case_id, withdrawn_at, withdrawn_by, reason) VALUES (?, ?, ?, ?, ?)")
                .params(pip.id(), pip.caseId(), at, withdrawnBy, reason).update();
        return true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
