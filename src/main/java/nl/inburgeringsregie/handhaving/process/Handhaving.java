package nl.inburgeringsregie.handhaving.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.handhaving.FineDecision;
import nl.inburgeringsregie.handhaving.SanctionGround;
import nl.inburgeringsregie.handhaving.SanctionService;
import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;
import nl.inburgeringsregie.shared.InvalidInputException;

/** The bean the enforcement tasks call ({@code ${handhaving...}}): warning, fine proposal, four-eyes decision. */
@ProcessBean("handhaving")
public class Handhaving {

    private final SanctionService sanctions;
    private final IdentityService identityService;

    Handhaving(SanctionService sanctions, IdentityService identityService) {
        this.sanctions = sanctions;
        this.identityService = identityService;
    }

    public CaseStep waarschuwing(String ground) {
        return execution -> FormErrors.check(() -> sanctions.warn(execution.getProcessBusinessKey(),
                SanctionGround.valueOf(ground), FormErrors.text(execution, "waarschuwingVerstuurdOp"),
                FormErrors.text(execution, "waarschuwingToelichting"), FormErrors.currentUser(identityService)));
    }

    public CaseStep boetevoorstel(String ground) {
        return execution -> FormErrors.check(() -> {
            Object amount = execution.getVariable("boeteBedrag");
            if (amount != null && !(amount instanceof Number)) {
                throw InvalidInputException.of("boeteBedrag", "Vul een bedrag in euro's in");
            }
            sanctions.proposeFine(execution.getProcessBusinessKey(), SanctionGround.valueOf(ground), (Number) amount,
                    FormErrors.text(execution, "boeteMotivering"), FormErrors.currentUser(identityService));
        });
    }

    /** Whether a warning on the ground was given before in this case (a fine needs one first). */
    public boolean gewaarschuwd(DelegateExecution execution, String ground) {
        return sanctions.hasWarning(execution.getProcessBusinessKey(), SanctionGround.valueOf(ground));
    }

    /** Whether the law of the case knows the gemeente's bestuurlijke boete (Wi2021 only); else a warning again. */
    public boolean boeteToegestaan(DelegateExecution execution) {
        return sanctions.fineMayApply(execution.getProcessBusinessKey());
    }

    public CaseStep boetebesluit() {
        return execution -> FormErrors.check(() -> {
            String decision = FormErrors.text(execution, "boeteBesluit");
            FineDecision parsed;
            try {
                parsed = decision == null ? null : FineDecision.valueOf(decision);
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
            sanctions.decideFine(execution.getProcessBusinessKey(), parsed,
                    FormErrors.text(execution, "boeteBesluitMotivering"),
                    FormErrors.text(execution, "boeteUitzonderingAsielmigrant"), FormErrors.currentUser(identityService));
        });
    }
}
