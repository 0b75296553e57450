package nl.inburgeringsregie.duo.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.duo.DuoUrenSender;
import nl.inburgeringsregie.platform.camunda.ProcessBean;

/**
 * The bean the models' hours steps call ({@code ${duoUren...}}): asynchronous service steps with a retry cycle, the
 * outbox of the GevolgdeUren API (issue 20, point 3).
 */
@ProcessBean("duoUren")
public class DuoUren {

    private final DuoUrenSender hours;

    DuoUren(DuoUrenSender hours) {
        this.hours = hours;
    }

    /** The route's totals of the case (every leerroute), derived from the hours per provider and month. */
    public void melden(DelegateExecution execution) {
        hours.registerTotals(execution.getProcessBusinessKey());
    }

    /** The language and KNM hours of the brede intake, once the PIP is delivered (the model's DUO gateway before it). */
    public void bredeIntakeMelden(DelegateExecution execution) {
        hours.registerIntakeHours(execution.getProcessBusinessKey());
    }
}
