package nl.inburgeringsregie.platform.camunda;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Keeps confidential form fields (health, trauma, finances …) out of the engine's history. Such a
 * field reaches the engine as a process variable when its form is submitted; a
 * {@code zaakdossier.verslag(…)} listener stores it in the case file and removes the variable. This
 * handler drops every history event of those variables, so they are not kept for the history
 * time-to-live either. Everything else goes to the database as usual.
 */
class ConfidentialHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler delegate = new DbHistoryEventHandler();
    private final Set<String> confidentialVariables;

    ConfidentialHistoryFilter(Set<String> confidentialVariables) {
        this.confidentialVariables = Set.copyOf(confidentialVariables);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isConfidential(event)) {
            delegate.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private boolean isConfidential(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity variable
                && confidentialVariables.contains(variable.getVariableName());
    }
}
