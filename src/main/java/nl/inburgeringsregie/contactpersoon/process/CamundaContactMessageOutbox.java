package nl.inburgeringsregie.contactpersoon.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.contactpersoon.ContactMessageOutbox;
import nl.inburgeringsregie.platform.camunda.ProcessVariables;

/**
 * Starts model {@code duo-bericht} for a message in the caller's transaction; its step is asynchronous, so the Camunda
 * job is the outbox, as for every DUO step (docs/design.md, "Data flow"). No business key: the message's row holds the case.
 * The runtime service comes lazily: the case file, which calls this through {@code zaak.ConsulentChanges}, is itself
 * needed to build the engine (its parse listener).
 */
@Component
class CamundaContactMessageOutbox implements ContactMessageOutbox {

    private final RuntimeService runtime;

    CamundaContactMessageOutbox(@Lazy RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void deliver(long messageId, String gemeenteCode) {
        runtime.startProcessInstanceByKey(DuoBerichtProcess.PROCESS_ID,
                Map.of(DuoBerichtVariables.VAR_BERICHT_ID, messageId, ProcessVariables.GEMEENTE, gemeenteCode));
    }
}
