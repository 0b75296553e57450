package nl.inburgeringsregie.platform.camunda;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * Generated models without anything of ours, the engine's own cost as a baseline for benchmarks (issue 22, point 2):
 * no listeners, expressions of beans, forms, assignments or tenants, and no authenticated user.
 */
public final class BareModels {

    private BareModels() {
    }

    /**
     * The counts of a trajectory as its history shows them: user tasks, timers that fire, timers that are set and
     * removed unfired (a clock on a task done in time), asynchronous steps, the other (synchronous) steps, and the
     * variable updates the history holds.
     */
    public record Counts(int userTasks, int timersFired, int timersUnfired, int asyncSteps, int syncSteps,
            int variables) {

        /** The activity instances of one run: these steps, the start and the end event. */
        public int steps() {
            return userTasks + timersFired + asyncSteps + syncSteps + 2;
        }
    }

    /**
     * One straight line: start, then per user task its share of synchronous steps (intermediate none events), timers
     * that fire (due at once) and asynchronous steps (service tasks with an expression, asynchronous before), then the
     * user task with its share of the unfired timers (boundary timers ten years away, removed when the task is done);
     * an end event. Its activity instances are {@link Counts#steps()}.
     */
    public static BpmnModelInstance trajectory(String key, Counts counts) {
        AbstractFlowNodeBuilder<?, ?> node = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent("start");
        int tasks = Math.max(1, counts.userTasks());
        for (int k = 0; k < tasks; k++) {
            for (int s = share(counts.syncSteps(), k, tasks); s > 0; s--) {
                node = node.intermediateThrowEvent();
            }
            for (int t = share(counts.timersFired(), k, tasks); t > 0; t--) {
                node = node.intermediateCatchEvent().timerWithDuration("PT0S");
            }
            for (int a = share(counts.asyncSteps(), k, tasks); a > 0; a--) {
                node = node.serviceTask().camundaAsyncBefore().camundaExpression("${true}");
            }
            var task = node.userTask("task" + k);
            for (int t = share(counts.timersUnfired(), k, tasks); t > 0; t--) {
                task.boundaryEvent().timerWithDuration("P3650D").endEvent();
            }
            node = task;
        }
        return node.endEvent("end").done();
    }

    /** A start event and one user task: a process start at its cheapest that leaves an instance waiting. */
    public static BpmnModelInstance start(String key) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent("start").userTask("wait")
                .endEvent("end").done();
    }

    public static void deploy(ProcessEngine engine, String key, BpmnModelInstance model) {
        engine.getRepositoryService().createDeployment().name("benchmark " + key).addModelInstance(key + ".bpmn", model)
                .deploy();
    }

    /**
     * Runs one instance of {@link #trajectory} to its end as a test drives a case: its jobs executed as they fall due
     * (the timers that fire at once), its tasks completed one by one, with the variables of the counts spread over the tasks when
     * {@code withVariables}; its id.
     */
    public static String runTrajectory(ProcessEngine engine, String key, String businessKey, Counts counts,
            boolean withVariables) {
        var management = engine.getManagementService();
        var tasks = engine.getTaskService();
        String instance = engine.getRuntimeService().startProcessInstanceByKey(key, businessKey).getId();
        int completed = 0;
        int variable = 0;
        while (true) {
            var jobs = management.createJobQuery().processInstanceId(instance).executable().list();
            if (!jobs.isEmpty()) {
                for (Job job : jobs) {
                    management.executeJob(job.getId());
                }
                continue;
            }
            var open = tasks.createTaskQuery().processInstanceId(instance).list();
            if (open.isEmpty()) {
                return instance;
            }
            for (Task task : open) {
                Map<String, Object> values = new HashMap<>();
                if (withVariables) {
                    for (int n = share(counts.variables(), completed, Math.max(1, counts.userTasks())); n > 0; n--) {
                        values.put("variabele" + variable, "waarde " + variable);
                        variable++;
                    }
                }
                tasks.complete(task.getId(), values);
                completed++;
            }
        }
    }

    /** The k-th of {@code parts} nearly equal shares of {@code total}. */
    static int share(int total, int k, int parts) {
        return (int) ((long) total * (k + 1) / parts - (long) total * k / parts);
    }
}
