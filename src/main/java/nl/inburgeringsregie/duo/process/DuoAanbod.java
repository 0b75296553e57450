package nl.inburgeringsregie.duo.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.duo.DuoAanbodSender;
import nl.inburgeringsregie.platform.camunda.ProcessBean;

/**
 * The bean of the models' Inburgeringsaanbod steps ({@code ${duoAanbod...}}), asynchronous with the engine's retry
 * cycle (the outbox); DUO's refusal is an incident at once ({@link RefusedByDuo}).
 */
@ProcessBean("duoAanbod")
public class DuoAanbod {

    private final DuoAanbodSender sender;

    DuoAanbod(DuoAanbodSender sender) {
        this.sender = sender;
    }

    /** After the PIP went to DUO: the aanbod of the PIP in force delivered, another instelling's withdrawn. */
    public void bijwerken(DelegateExecution execution) {
        sender.update(execution.getProcessBusinessKey());
    }

    /** The offer ends with the case: every aanbod withdrawn at DUO. */
    public void intrekken(DelegateExecution execution) {
        sender.withdraw(execution.getProcessBusinessKey());
    }
}
