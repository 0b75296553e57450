package nl.inburgeringsregie.afronding.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.afronding.CaseClosure;
import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;

/**
 * The bean behind DUO's decisions and the end of a case ({@code ${afsluiting...}}): the obligation met
 * (SS106–SS108) leads to completion and after-care; ended otherwise (SS110–SS111) or a move away closes
 * the case with its reason. The rules are {@link CaseClosure}'s.
 */
@ProcessBean("afsluiting")
public class Afsluiting {

    private final CaseClosure closure;
    private final IdentityService identityService;

    Afsluiting(CaseClosure closure, IdentityService identityService) {
        this.closure = closure;
        this.identityService = identityService;
    }

    /**
     * DUO decided the obligation is met (message {@code DuoInburgeringsplichtNagekomen}, variables
     * {@code duoGebeurtenis} SS106/SS107/SS108 and {@code duoBesluitDatum}): sets {@code sluitReden}.
     */
    public void nagekomen(DelegateExecution execution) {
        execution.setVariable("sluitReden", closure.obligationMet(execution.getProcessBusinessKey(),
                FormErrors.text(execution, "duoGebeurtenis"), FormErrors.text(execution, "duoBesluitDatum")));
    }

    /** DUO ended the obligation otherwise (message {@code DuoInburgeringsplichtBeeindigd}, SS110–SS111). */
    public void beeindigd(DelegateExecution execution) {
        closure.obligationEnded(execution.getProcessBusinessKey(), FormErrors.text(execution, "duoGebeurtenis"),
                FormErrors.text(execution, "duoBesluitDatum"));
    }

    /** On leaving "Zaak overdragen aan de nieuwe gemeente": the handover is recorded and the case closed. */
    public CaseStep verhuisd() {
        return execution -> FormErrors.check(() -> closure.movedAway(execution.getProcessBusinessKey(),
                FormErrors.text(execution, "nieuweGemeente"), FormErrors.text(execution, "verhuisdatum"),
                FormErrors.text(execution, "overdrachtNotitie"), user()), "verhuisdatum");
    }

    /** On leaving "Inburgering afronden": where the inburgeraar goes at completion. */
    public CaseStep afgerond() {
        return execution -> FormErrors.check(() -> closure.completed(execution.getProcessBusinessKey(),
                FormErrors.text(execution, "uitstroom"), FormErrors.text(execution, "uitstroomToelichting"), user()));
    }

    /** On leaving "Nazorg afronden": where the inburgeraar is at the end of after-care. */
    public CaseStep nazorgAfgerond() {
        return execution -> FormErrors.check(() -> closure.aftercareEnded(execution.getProcessBusinessKey(),
                FormErrors.text(execution, "uitstroom"), FormErrors.text(execution, "uitstroomToelichting"), user()));
    }

    /** Whether after-care still has time to run (the gemeente's NAZORG norm); if not, its clock stops. */
    public boolean nazorgLoopt(DelegateExecution execution) {
        return closure.aftercareRuns(execution.getProcessBusinessKey());
    }

    /** The end of the case after completion (and after-care): closed with DUO's reason. */
    public void sluiten(DelegateExecution execution) {
        closure.closeAfterCompletion(execution.getProcessBusinessKey(), FormErrors.text(execution, "sluitReden"));
    }

    private String user() {
        return FormErrors.currentUser(identityService);
    }
}
