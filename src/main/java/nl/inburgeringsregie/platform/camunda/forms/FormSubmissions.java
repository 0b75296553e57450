package nl.inburgeringsregie.platform.camunda.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A submission of a task's form over HTTP is checked against the form the task shows (its {@code camunda:formRef}
 * in the task's own deployment): only the form's input fields, each by its rules (issue M2/M3 of the security
 * probe). The checked form is kept per process version and task: a deployed form never changes. Completions
 * inside the application (listeners, tests through TaskService) are not submissions and are not checked here;
 * date fields are read here with the others and converted to ISO afterwards by {@link FormDates}.
 */
public final class FormSubmissions {

    private static final Map<String, FormInput> INPUT = new ConcurrentHashMap<>();

    private FormSubmissions() {
    }

    /**
     * A Dutch message per field for every rule the variables break (Camunda's REST shape: name → {value, type,
     * valueInfo}); empty when they may go to the task, or when the task does not exist or the user may not complete it
     * (Camunda answers that).
     */
    public static Map<String, String> problems(ProcessEngineConfigurationImpl engine, String taskId, JsonNode variables) {
        var feel = engine.getDmnEngineConfiguration().getFeelEngine();
        return engine.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null || !mayWorkOn(context, task)) {
                return Map.<String, String>of();
            }
            FormInput input = task.getProcessDefinitionId() == null ? FormInput.of(TaskForms.ofTask(context, taskId))
                    : INPUT.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                            version -> FormInput.of(TaskForms.ofTask(context, taskId)));
            return input.check(variables, primitiveValues(task), feel);
        });
    }

    /**
     * Whether the user may complete the task, by the engine's own check of the command (TASK_WORK, tenant); when not,
     * Camunda refuses the call as before (403), without telling the user what the form would have refused.
     */
    private static boolean mayWorkOn(CommandContext context, TaskEntity task) {
        try {
            context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
            return true;
        } catch (AuthorizationException e) {
            return false;
        }
    }

    /** The task's variables as the form received them; serialized objects stay unread. */
    private static Map<String, Object> primitiveValues(TaskEntity task) {
        Map<String, Object> values = new HashMap<>();
        var variables = task.getVariablesTyped(false);
        for (String name : variables.keySet()) {
            var typed = variables.getValueTyped(name);
            if (typed != null && typed.getType().isPrimitiveValueType()) {
                values.put(name, typed.getValue());
            }
        }
        return values;
    }
}
