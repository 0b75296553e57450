package nl.inburgeringsregie.models.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Migrates process instances with a plan, and puts right what Camunda's migration leaves behind:
 * <ul>
 * <li>the timer of an event subprocess that already fired (a clock's reminder or breach) would be created
 * again and fire a second time (Camunda issue 3713): a timer that appears by the migration on an event
 * subprocess start the instance had already passed is removed;</li>
 * <li>open tasks keep their old name (Camunda does not update it): they get the name of their activity in the
 * new version.</li>
 * <li>the migration and the renaming run without Camunda's authorization checks (analisten have no right to
 * migrate or to change tasks through Camunda's API), but as the analist and with the tenant check.</li>
 * </ul>
 * Timers the instance had keep their job and due date (unless the plan updates event triggers), variables
 * stay as they are, new boundary events and event subprocesses of active scopes get their triggers.
 */
@Component
class InstanceMigration {

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final CommandExecutor commandExecutor;

    InstanceMigration(ProcessEngine engine) {
        this.runtimeService = engine.getRuntimeService();
        this.managementService = engine.getManagementService();
        this.repositoryService = engine.getRepositoryService();
        this.taskService = engine.getTaskService();
        this.commandExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** The names of the activities the instance waits at now (leaves of its activity instance tree). */
    List<String> waitingAt(String processInstanceId, BpmnModelInstance model) {
        ActivityInstance tree = runtimeService.getActivityInstance(processInstanceId);
        List<String> names = new ArrayList<>();
        collectLeaves(tree, model, names);
        return names;
    }

    /**
     * Migrates the instances together in the caller's transaction; an exception (one instance that cannot
     * move fails them all) leaves every instance as it was once that transaction rolls back.
     */
    void migrate(MigrationPlan plan, List<String> processInstanceIds) {
        BpmnModelInstance target = repositoryService.getBpmnModelInstance(plan.getTargetProcessDefinitionId());
        Map<String, String> coupled = new HashMap<>();
        plan.getInstructions().forEach(instruction -> coupled.put(instruction.getSourceActivityId(),
                instruction.getTargetActivityId()));
        Set<String> timersBefore = new HashSet<>();
        for (Job job : timers(processInstanceIds)) {
            timersBefore.add(coupled.get(activityOf(job)) + "@" + job.getExecutionId());
        }
        withoutAuthorization(() -> runtimeService.newMigration(plan).processInstanceIds(processInstanceIds).execute());
        withoutAuthorization(() -> removeRefiredEventSubprocessTimers(processInstanceIds, timersBefore,
                Set.copyOf(coupled.values()), target));
        withoutAuthorization(() -> renameTasks(processInstanceIds, target));
    }

    /**
     * A timer on the start of a coupled event subprocess that an instance did not have before the migration
     * is one that already fired: Camunda creates it again. A timer of an event subprocess that is new in the
     * target version is kept.
     */
    private void removeRefiredEventSubprocessTimers(List<String> processInstanceIds, Set<String> before,
            Set<String> coupledTargets, BpmnModelInstance target) {
        for (Job job : timers(processInstanceIds)) {
            String activityId = activityOf(job);
            if (!before.contains(activityId + "@" + job.getExecutionId()) && coupledTargets.contains(activityId)
                    && isEventSubprocessTimerStart(target, activityId)) {
                managementService.deleteJob(job.getId());
            }
        }
    }

    private List<Job> timers(List<String> processInstanceIds) {
        return managementService.createJobQuery().processInstanceIds(Set.copyOf(processInstanceIds)).timers().list();
    }

    private void renameTasks(List<String> processInstanceIds, BpmnModelInstance target) {
        for (Task task : taskService.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .list()) {
            var element = target.getModelElementById(task.getTaskDefinitionKey());
            if (element instanceof UserTask userTask && userTask.getName() != null && !userTask.getName().contains("${")
                    && !userTask.getName().contains("#{") && !userTask.getName().equals(task.getName())) {
                task.setName(userTask.getName());
                taskService.saveTask(task);
            }
        }
    }

    /**
     * Runs the work in one engine command without Camunda's authorization checks, still as the analist (who
     * is named in the operation log) and still with the tenant check: analisten may not migrate, delete timers or
     * rename tasks through Camunda's own API — only this way, after the plan, with the dry run and the repairs.
     */
    private void withoutAuthorization(Runnable work) {
        commandExecutor.execute(context -> context.runWithoutAuthorization(() -> {
            work.run();
            return null;
        }));
    }

    private final Map<String, String> activityByJobDefinition = new ConcurrentHashMap<>();

    private String activityOf(Job job) {
        return activityByJobDefinition.computeIfAbsent(job.getJobDefinitionId(), id -> {
            JobDefinition definition = managementService.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
            return definition == null ? "" : definition.getActivityId();
        });
    }

    private static boolean isEventSubprocessTimerStart(BpmnModelInstance model, String activityId) {
        return model.getModelElementById(activityId) instanceof StartEvent start
                && MigrationPlanner.isEventSubprocessStart(start)
                && !start.getChildElementsByType(TimerEventDefinition.class).isEmpty();
    }

    private static void collectLeaves(ActivityInstance instance, BpmnModelInstance model, List<String> names) {
        if (instance == null) {
            return;
        }
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
            if (instance.getParentActivityInstanceId() != null) {
                names.add(MigrationPlanner.name(model, instance.getActivityId()));
            }
            return;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collectLeaves(child, model, names);
        }
        for (var transition : instance.getChildTransitionInstances()) {
            names.add(MigrationPlanner.name(model, transition.getActivityId()) + " (asynchroon)");
        }
    }
}
