package nl.inburgeringsregie.inburgeren.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.pip.PipChangeWorkflow;
import nl.inburgeringsregie.shared.CaseStateException;

/** Starts schakel 4's event subprocess "PIP wijzigen" with the message {@code PipWijzigingGevraagd}. */
@Component
class CamundaPipChangeWorkflow implements PipChangeWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    CamundaPipChangeWorkflow(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    @Override
    public boolean changeUnderWay(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKeyIn(InburgerenProcess.TASK_PIP_WIJZIGEN, InburgerenProcess.TASK_GEWIJZIGD_PIP_BEOORDELEN).count() > 0;
    }

    @Override
    public void startChange(String caseNumber, String reason) {
        ProcessInstance schakel4 = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(InburgerenProcess.PROCESS_ID).singleResult();
        if (schakel4 == null) {
            throw new CaseStateException("Het PIP kan alleen worden gewijzigd zolang de inburgering loopt (schakel 4)");
        }
        runtimeService.createMessageCorrelation(InburgerenProcess.MESSAGE_PIP_WIJZIGING_GEVRAAGD)
                .processInstanceId(schakel4.getId())
                .setVariable(InburgerenVariables.VAR_PIP_CHANGE_REASON, reason)
                .correlateWithResult();
    }
}
