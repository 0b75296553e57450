package nl.inburgeringsregie.contactpersoon.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.contactpersoon.ContactPersonSync;
import nl.inburgeringsregie.platform.camunda.ProcessBean;

/** The bean of model {@code duo-bericht}: delivers one message of the Contactpersoon outbox. */
@ProcessBean("duoContactpersoon")
public class DuoContactpersoon {

    private final ContactPersonSync sync;

    DuoContactpersoon(ContactPersonSync sync) {
        this.sync = sync;
    }

    /** Sends what DUO lacks for the message's case or consulent; throws to retry (DUO unreachable) or to stop. */
    public void versturen(DelegateExecution execution) {
        sync.deliver(((Number) execution.getVariable(DuoBerichtVariables.VAR_BERICHT_ID)).longValue());
    }
}
