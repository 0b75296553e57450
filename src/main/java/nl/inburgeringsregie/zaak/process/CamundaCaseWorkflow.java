package nl.inburgeringsregie.zaak.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Business keys per task query: an IN list every database takes (Oracle's limit is 1,000). */
    static final int CHUNK = 250;

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    CamundaCaseWorkflow(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /**
     * One task query per {@value #CHUNK} cases (the business keys in one IN list) and one query for the process
     * instances of the tasks found (their business key is the case number: a called process carries it too), instead
     * of a query per case. A task of a suspended case (temporary exemption, DUO SS109) cannot be assigned: the engine
     * refuses any change of a suspended task. Its process instances are activated, the tasks assigned and the
     * instances suspended again, all in the caller's transaction: no job executor sees them active, and the case
     * stays held.
     */
    @Override
    public Map<String, Integer> handOverConsulentTasks(Map<String, String> fromPerCase, String to) {
        var moved = new LinkedHashMap<String, Integer>();
        fromPerCase.keySet().forEach(caseNumber -> moved.put(caseNumber, 0));
        var tasks = new ArrayList<Task>();
        var caseOfInstance = new HashMap<String, String>();
        var numbers = List.copyOf(fromPerCase.keySet());
        for (int first = 0; first < numbers.size(); first += CHUNK) {
            var found = taskService.createTaskQuery()
                    .processInstanceBusinessKeyIn(numbers.subList(first, Math.min(numbers.size(), first + CHUNK))
                            .toArray(String[]::new))
                    .taskCandidateGroup(Groups.CONSULENTEN).includeAssignedTasks().list();
            if (found.isEmpty()) {
                continue;
            }
            Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
            runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                    .forEach(instance -> caseOfInstance.put(instance.getId(), instance.getBusinessKey()));
            for (Task task : found) {
                String caseNumber = caseOfInstance.get(task.getProcessInstanceId());
                if (fromPerCase.containsKey(caseNumber)
                        && (task.getAssignee() == null || Objects.equals(task.getAssignee(), fromPerCase.get(caseNumber)))) {
                    tasks.add(task);
                }
            }
        }
        List<String> held = tasks.stream().filter(Task::isSuspended).map(Task::getProcessInstanceId).distinct().toList();
        if (!held.isEmpty()) {
            runtimeService.updateProcessInstanceSuspensionState().byProcessInstanceIds(held).activate();
        }
        for (Task task : tasks) {
            taskService.setAssignee(task.getId(), to);
            moved.merge(caseOfInstance.get(task.getProcessInstanceId()), 1, Integer::sum);
        }
        if (!held.isEmpty()) {
            runtimeService.updateProcessInstanceSuspensionState().byProcessInstanceIds(held).suspend();
        }
        return moved;
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
