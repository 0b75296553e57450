package nl.inburgeringsregie.duo.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.duo.DuoGateway;
import nl.inburgeringsregie.duo.DuoHoursReport;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;

/** The bean the models' DUO service steps call ({@code ${duo...}}); asynchronous steps with a retry cycle. */
@ProcessBean("duo")
public class DuoBerichten {

    private final DuoGateway duo;
    private final DuoHoursReport hours;

    DuoBerichten(DuoGateway duo, DuoHoursReport hours) {
        this.duo = duo;
        this.hours = hours;
    }

    public void mapMelden(DelegateExecution execution) {
        duo.registerMap(execution.getProcessBusinessKey(), date(execution, "mapEindgesprekDatum"),
                "ja".equals(execution.getVariable("mapVerwijtbaarTeLaat")));
    }

    /** The term passed without the eindgesprek MAP: the consulent's 'Verwijtbaar' to DUO (form variable mapVerwijtbaar). */
    public void mapVerwijtbaarheidMelden(DelegateExecution execution) {
        duo.registerMapCulpability(execution.getProcessBusinessKey(), "ja".equals(execution.getVariable("mapVerwijtbaar")));
    }

    public void pvtMelden(DelegateExecution execution) {
        duo.registerPvt(execution.getProcessBusinessKey(), date(execution, "pvtOndertekendOp"),
                "ja".equals(execution.getVariable("pvtVerwijtbaarTeLaat")));
    }

    public void zrouteMelden(DelegateExecution execution) {
        duo.registerZRoute(execution.getProcessBusinessKey(), date(execution, "zrouteEindgesprekDatum"));
    }

    /** The latest totals of the case, as DUO registers them. */
    public void urenMelden(DelegateExecution execution) {
        hours.report(execution.getProcessBusinessKey());
    }

    private static java.time.LocalDate date(DelegateExecution execution, String variable) {
        return java.time.LocalDate.parse(FormErrors.text(execution, variable));
    }

    public void pipAanleveren(DelegateExecution execution) {
        duo.registerPip(execution.getProcessBusinessKey());
    }

    /** A coordinator withdrew the PIP (the decision revoked): DUO removes it (PipWithdrawals checked DUO's rules first). */
    public void pipVerwijderen(DelegateExecution execution) {
        duo.removePip(execution.getProcessBusinessKey());
    }

    /** Registers the candidate; DUO's exam number goes to the planning form (and stays on the case). */
    public void leerbaarheidstoetsAanmelden(DelegateExecution execution) {
        execution.setVariable(DuoBerichtenVariables.VAR_LBT_EXAMENNUMMER,
                duo.registerLeerbaarheidstoets(execution.getProcessBusinessKey()));
    }

    /** The test is skipped after the registration: the case's exam number is withdrawn at DUO. */
    public void leerbaarheidstoetsAfmelden(DelegateExecution execution) {
        duo.withdrawLeerbaarheidstoets(execution.getProcessBusinessKey());
    }
}
