package nl.inburgeringsregie.duo.process;

import java.util.HashMap;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.duo.DuoGebeurtenis;
import nl.inburgeringsregie.duo.NotificatieWorkflow;
import nl.inburgeringsregie.platform.camunda.ProcessVariables;

/** Starts {@code duo-notificatie} for a stored notification; its first step is asynchronous. */
@Component
class CamundaNotificatieWorkflow implements NotificatieWorkflow {

    private final RuntimeService runtimeService;

    CamundaNotificatieWorkflow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void startProcessing(long notificationId, String gemeenteCode, DuoGebeurtenis gebeurtenis) {
        var variables = new HashMap<String, Object>();
        variables.put(DuoNotificatieVariables.VAR_NOTIFICATION_ID, notificationId);
        variables.put(ProcessVariables.GEMEENTE, gemeenteCode);
        variables.put(DuoNotificatieVariables.VAR_EVENT, gebeurtenis.name());
        variables.put(DuoNotificatieVariables.VAR_EVENT_DESCRIPTION, gebeurtenis.description());
        runtimeService.startProcessInstanceByKey(DuoNotificatieProcess.PROCESS_ID, variables);
    }
}
