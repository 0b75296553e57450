package nl.inburgeringsregie.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.duo.DuoGateway;

/** The bean the models' DUO service steps call ({@code ${duo...}}); asynchronous steps with a retry cycle. */
@Component("duo")
public class DuoBerichten {

    private final DuoGateway duo;

    DuoBerichten(DuoGateway duo) {
        this.duo = duo;
    }

    public void pipAanleveren(DelegateExecution execution) {
        duo.registerPip(execution.getProcessBusinessKey());
    }

    public void leerbaarheidstoetsAanmelden(DelegateExecution execution) {
        duo.registerLeerbaarheidstoets(execution.getProcessBusinessKey());
    }
}
