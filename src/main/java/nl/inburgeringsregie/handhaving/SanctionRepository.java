package nl.inburgeringsregie.handhaving;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SanctionRepository {

    private static final String SELECT = """
            SELECT id, case_id, kind, ground, amount_euros, motivation, issued_on, proposed_by, proposed_at, decision,
                   decision_reason, decided_by, decided_at
            FROM sanction
            """;

    private final JdbcClient jdbc;

    SanctionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long caseId, SanctionKind kind, SanctionGround ground, Integer amount, String motivation,
            LocalDate issuedOn, String proposedBy, OffsetDateTime proposedAt) {
        jdbc.sql("""
                INSERT INTO sanction (case_id, kind, ground, amount_euros, motivation, issued_on, proposed_by, proposed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, kind.name(), ground.name(), amount, motivation, issuedOn, proposedBy, proposedAt)
                .update();
    }

    boolean hasWarning(long caseId, SanctionGround ground) {
        return jdbc.sql("SELECT COUNT(*) FROM sanction WHERE case_id = ? AND ground = ? AND kind = 'WAARSCHUWING'")
                .params(caseId, ground.name()).query(Integer.class).single() > 0;
    }

    Optional<Sanction> findUndecidedFine(long caseId) {
        return jdbc.sql(SELECT + "WHERE case_id = ? AND kind = 'BOETE' AND decision IS NULL ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param(caseId).query(Sanction.class).optional();
    }

    List<Sanction> findByCase(long caseId) {
        return jdbc.sql(SELECT + "WHERE case_id = ? ORDER BY id").param(caseId).query(Sanction.class).list();
    }

    void decide(long id, FineDecision decision, String reason, String exceptionReason, String decidedBy,
            OffsetDateTime decidedAt) {
        jdbc.sql("""
                UPDATE sanction SET decision = ?, decision_reason = ?, exception_reason = ?, decided_by = ?, decided_at = ?
                WHERE id = ?""")
                .params(decision.name(), reason, exceptionReason, decidedBy, decidedAt, id).update();
    }
}
