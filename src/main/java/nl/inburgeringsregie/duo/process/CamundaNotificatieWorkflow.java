package nl.inburgeringsregie.duo.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.duo.DuoGebeurtenis;
import nl.inburgeringsregie.duo.NotificatieWorkflow;
import nl.inburgeringsregie.platform.camunda.ProcessVariables;

/** Starts {@code duo-notificatie} for a stored notification; its first step is asynchronous. */
@Component
class CamundaNotificatieWorkflow implements NotificatieWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    CamundaNotificatieWorkflow(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
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

    /** Completes the coordinators' task with the case, as the form does: the model processes it again in that case. */
    @Override
    public boolean linkToCase(long notificationId, String caseNumber) {
        var task = taskService.createTaskQuery().processDefinitionKey(DuoNotificatieProcess.PROCESS_ID)
                .taskDefinitionKey(DuoNotificatieProcess.TASK_NOTIFICATIE_UITZOEKEN)
                .processVariableValueEquals(DuoNotificatieVariables.VAR_NOTIFICATION_ID, notificationId)
                .singleResult();
        if (task == null) {
            return false;
        }
        taskService.complete(task.getId(), Map.of(DuoNotificatieVariables.VAR_LINKED_CASE, caseNumber));
        return true;
    }
}
