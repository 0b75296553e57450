package nl.inburgeringsregie.archief;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.shared.CaseStateException;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.IntegrationCase;

/**
 * Legal holds (issue 21, point 4: "Cases under a legal hold … are never proposed"): a coordinator or archivist places
 * one on a closed case with a reason (a bezwaar or beroep, a claim, a WOO request, an inquiry that may still need the
 * file) and lifts it, again with a reason. One hold at a time per case; every hold stays on record until the case
 * itself is destroyed.
 */
@Service
public class LegalHoldService {

    static final int MAX_REASON = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    LegalHoldService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public LegalHold place(IntegrationCase aCase, String reason, String by) {
        String text = reason(reason, "reden", "Schrijf op waarom de zaak niet vernietigd mag worden");
        if (aCase.isOpen()) {
            throw new CaseStateException("Zaak " + aCase.caseNumber()
                    + " is nog open; een open zaak wordt nooit vernietigd, een blokkade is niet nodig.");
        }
        lockCase(aCase.id());
        if (current(aCase.id()).isPresent()) {
            throw new CaseStateException("Op zaak " + aCase.caseNumber() + " ligt al een juridische blokkade.");
        }
        jdbc.sql("INSERT INTO legal_hold (case_id, reason, placed_by, placed_at) VALUES (?, ?, ?, ?)")
                .params(aCase.id(), text, by, OffsetDateTime.now(clock)).update();
        return current(aCase.id()).orElseThrow();
    }

    @Transactional
    public LegalHold lift(IntegrationCase aCase, String reason, String by) {
        String text = reason(reason, "reden", "Schrijf op waarom de blokkade wordt opgeheven");
        lockCase(aCase.id());
        LegalHold hold = current(aCase.id()).orElseThrow(() -> new CaseStateException(
                "Op zaak " + aCase.caseNumber() + " ligt geen juridische blokkade."));
        jdbc.sql("UPDATE legal_hold SET lift_reason = ?, lifted_by = ?, lifted_at = ? WHERE id = ?")
                .params(text, by, OffsetDateTime.now(clock), hold.id()).update();
        return history(aCase.id()).stream().filter(h -> h.id() == hold.id()).findFirst().orElseThrow();
    }

    /** The hold in place on the case, if any. */
    public Optional<LegalHold> current(long caseId) {
        return history(caseId).stream().filter(LegalHold::inPlace).findFirst();
    }

    /** Every hold of the case, newest first. */
    public List<LegalHold> history(long caseId) {
        return jdbc.sql("""
                SELECT id, reason, placed_by, placed_at, lift_reason, lifted_by, lifted_at FROM legal_hold
                WHERE case_id = ? ORDER BY placed_at DESC, id DESC""")
                .param(caseId)
                .query((rs, row) -> new LegalHold(rs.getLong("id"), rs.getString("reason"), rs.getString("placed_by"),
                        rs.getObject("placed_at", OffsetDateTime.class), rs.getString("lift_reason"),
                        rs.getString("lifted_by"), rs.getObject("lifted_at", OffsetDateTime.class)))
                .list();
    }

    /** A hold in place, with its case number and gemeente: the list of the page Vernietiging. */
    public record HeldCase(String caseNumber, String gemeente, LegalHold hold) {
    }

    /** The holds in place on the cases of the gemeenten, oldest first. */
    public List<HeldCase> inPlace(Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.case_number, c.gemeente_code, h.id, h.reason, h.placed_by, h.placed_at
                FROM legal_hold h JOIN integration_case c ON c.id = h.case_id
                WHERE h.lifted_at IS NULL AND c.gemeente_code IN (:g) ORDER BY h.placed_at, h.id""")
                .param("g", gemeenten)
                .query((rs, row) -> new HeldCase(rs.getString("case_number"), rs.getString("gemeente_code"),
                        new LegalHold(rs.getLong("id"), rs.getString("reason"), rs.getString("placed_by"),
                                rs.getObject("placed_at", OffsetDateTime.class), null, null, null)))
                .list();
    }

    /** Serialises holds and destruction of one case: the case row is locked until the transaction ends. */
    private void lockCase(long caseId) {
        jdbc.sql("SELECT id FROM integration_case WHERE id = ? FOR UPDATE").param(caseId).query(Long.class).single();
    }

    static String reason(String text, String field, String missing) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, missing);
        }
        if (text.length() > MAX_REASON) {
            throw InvalidInputException.of(field, "De reden is te lang (maximaal " + MAX_REASON + " tekens)");
        }
        return text.strip();
    }
}
