package nl.inburgeringsregie.zaak.process;

import java.util.HashMap;
import java.util.Map;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.platform.camunda.ProcessVariables;
import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.zaak.CaseWorkflow;

/**
 * Starts the main process {@code inburgering} with the case number as business key; hands a case's consulent tasks
 * over (every process of a case carries its case number as business key).
 */
@Component
class CamundaCaseWorkflow implements CaseWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    CamundaCaseWorkflow(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /**
     * A task of a suspended case (temporary exemption, DUO SS109) cannot be assigned: the engine refuses any change
     * of a suspended task. Its process instances are activated, the tasks assigned and the instances suspended
     * again, all in the caller's transaction: no job executor sees them active, and the case stays held.
     */
    @Override
    public int handOverConsulentTasks(String caseNumber, String from, String to) {
        var tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskCandidateGroup(Groups.CONSULENTEN).includeAssignedTasks().list().stream()
                .filter(task -> task.getAssignee() == null || Objects.equals(task.getAssignee(), from))
                .toList();
        List<String> held = tasks.stream().filter(Task::isSuspended).map(Task::getProcessInstanceId).distinct().toList();
        if (!held.isEmpty()) {
            runtimeService.updateProcessInstanceSuspensionState().byProcessInstanceIds(held).activate();
        }
        tasks.forEach(task -> taskService.setAssignee(task.getId(), to));
        if (!held.isEmpty()) {
            runtimeService.updateProcessInstanceSuspensionState().byProcessInstanceIds(held).suspend();
        }
        return tasks.size();
    }

    @Override
    public String startInburgering(NewCaseFacts facts) {
        return runtimeService
                .startProcessInstanceByKey(InburgeringProcess.PROCESS_ID, facts.caseNumber(), variables(facts))
                .getId();
    }

    /** Only what the models route on and what the caseworker must see in Tasklist — never the BSN. */
    static Map<String, Object> variables(NewCaseFacts facts) {
        var variables = new HashMap<String, Object>();
        variables.put(ProcessVariables.ZAAKNUMMER, facts.caseNumber());
        variables.put(ProcessVariables.GEMEENTE, facts.gemeenteCode());
        variables.put(ProcessVariables.GEMEENTE_NAAM, facts.gemeenteName());
        variables.put(ProcessVariables.DOELGROEP, facts.doelgroep().name());
        variables.put(ProcessVariables.NAAM, facts.displayName());
        variables.put(ProcessVariables.AZC, facts.azc());
        variables.put(ProcessVariables.KOPPELDATUM, facts.koppeldatum() == null ? null : facts.koppeldatum().toString());
        variables.put(ProcessVariables.TAAL, facts.language());
        variables.put(ProcessVariables.TOLK_NODIG, facts.interpreterNeeded());
        variables.put(ProcessVariables.NAREIZIGER, facts.nareiziger());
        variables.put(ProcessVariables.PIP_OVERGENOMEN, facts.pipTakenOver());
        variables.put(InburgeringVariables.VAR_MOVED_IN, facts.movedIn());
        return variables;
    }
}
