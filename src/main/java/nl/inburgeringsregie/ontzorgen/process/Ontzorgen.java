package nl.inburgeringsregie.ontzorgen.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.ontzorgen.FixedCosts;
import nl.inburgeringsregie.ontzorgen.OntzorgenService;
import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;
import nl.inburgeringsregie.shared.InvalidInputException;

/** The bean the financieel-ontzorgen model calls ({@code ${ontzorgen...}}). */
@ProcessBean("ontzorgen")
public class Ontzorgen {

    private final OntzorgenService ontzorgen;
    private final IdentityService identityService;

    Ontzorgen(OntzorgenService ontzorgen, IdentityService identityService) {
        this.ontzorgen = ontzorgen;
        this.identityService = identityService;
    }

    /** On leaving "Financieel ontzorgen starten": the exception with its reason, or the start and authorisation. */
    public CaseStep starten() {
        return execution -> FormErrors.check(() -> {
            String caseNumber = execution.getProcessBusinessKey();
            String exception = FormErrors.text(execution, "ontzorgenUitzondering");
            if ("ja".equals(exception)) {
                ontzorgen.skip(caseNumber, FormErrors.text(execution, "ontzorgenUitzonderingReden"), user());
            } else if ("nee".equals(exception)) {
                ontzorgen.start(caseNumber, FormErrors.text(execution, "bijstandStartdatum"),
                        FormErrors.text(execution, "machtigingDatum"), user());
            } else {
                throw InvalidInputException.of("ontzorgenUitzondering", "Kies of de uitzondering van toepassing is");
            }
        });
    }

    public CaseStep vasteLasten() {
        return execution -> FormErrors.check(() -> ontzorgen.registerPayment(execution.getProcessBusinessKey(),
                new FixedCosts(FormErrors.text(execution, "lastenPeriode"),
                        FormErrors.amount(execution, "huurBetaald"), FormErrors.amount(execution, "energieBetaald"),
                        FormErrors.amount(execution, "waterBetaald"),
                        FormErrors.amount(execution, "zorgverzekeringBetaald"),
                        FormErrors.text(execution, "lastenToelichting")),
                user()));
    }

    /** On completing "Einde bijstand melden": bijstand stopped on the date given, so ontzorgen ends. */
    public CaseStep eindeBijstand() {
        return execution -> FormErrors.check(() -> {
            if (FormErrors.text(execution, "bijstandEinddatum") == null) {
                throw InvalidInputException.of("bijstandEinddatum", "Vul de laatste dag van de bijstand in");
            }
            bijstandBeeindigd(execution);
        });
    }

    /** The message "Bijstand beëindigd" arrived, with the end date in {@code bijstandEinddatum} (today if absent). */
    public void bijstandBeeindigd(DelegateExecution execution) {
        ontzorgen.bijstandEnded(execution.getProcessBusinessKey(), FormErrors.text(execution, "bijstandEinddatum"),
                user());
    }

    public CaseStep afronden() {
        return execution -> FormErrors.check(() -> ontzorgen.close(execution.getProcessBusinessKey(),
                FormErrors.text(execution, "ontzorgenEindgesprekOp"), FormErrors.text(execution, "financieelZelfredzaam"),
                FormErrors.text(execution, "vervolgondersteuning"), FormErrors.text(execution, "vervolgToelichting"),
                user()));
    }

    private String user() {
        return FormErrors.currentUser(identityService);
    }
}
