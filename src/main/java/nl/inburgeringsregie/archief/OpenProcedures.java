package nl.inburgeringsregie.archief;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Why a closed case may not be destroyed now (issue 21, point 4: "Cases under a legal hold or with open procedures are
 * never proposed"): a legal hold in place, a running process instance of the case, or an open enforcement procedure —
 * a fine proposed and not yet decided (handhaving; Wet inburgering 2021 art. 30-31, four eyes on every fine). The
 * model knows no bezwaar procedure of its own: a bezwaar or beroep is recorded as a legal hold.
 */
@Component
class OpenProcedures {

    private final JdbcClient jdbc;
    private final CaseProcessHistory engine;

    OpenProcedures(JdbcClient jdbc, CaseProcessHistory engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    /** In words, why the case must stay; empty when it may go. */
    Optional<String> blocking(long caseId, String caseNumber, boolean open) {
        if (open) {
            return Optional.of("De zaak is weer open");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM legal_hold WHERE case_id = ? AND lifted_at IS NULL").param(caseId)
                .query(Long.class).single() > 0) {
            return Optional.of("Er ligt een juridische blokkade op de zaak");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM sanction WHERE case_id = ? AND kind = 'BOETE' AND decision IS NULL")
                .param(caseId).query(Long.class).single() > 0) {
            return Optional.of("Er loopt een handhavingsprocedure (boetevoorstel zonder besluit)");
        }
        if (engine.hasRunningInstances(caseNumber)) {
            return Optional.of("Er loopt nog een proces van de zaak");
        }
        return Optional.empty();
    }
}
