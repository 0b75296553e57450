package nl.inburgeringsregie.platform.camunda.forms;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda Form (form-js JSON) a user task points to with {@code camunda:formRef}, read as Camunda resolves it:
 * from the deployment of the task's own process version (binding {@code deployment}; all models use it). Read
 * without the user's authorizations, inside the caller's command.
 */
final class TaskForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskForms() {
    }

    /** The form of the running task, or null when the task has no Camunda Form. */
    static JsonNode ofTask(CommandContext context, String taskId) {
        var formData = context.runWithoutAuthorization(() -> new GetTaskFormCmd(taskId).execute(context));
        CamundaFormRef reference = formData.getCamundaFormRef();
        return reference == null || reference.getKey() == null ? null
                : read(context, reference, formData.getDeploymentId());
    }

    /** The form the reference names, as deployed with (or, by its binding, for) the given deployment. */
    static JsonNode read(CommandContext context, CamundaFormRef reference, String deploymentId) {
        byte[] content = context.runWithoutAuthorization(() -> {
            var definition = new GetCamundaFormDefinitionCmd(reference, deploymentId).execute(context);
            return context.getResourceManager().findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(),
                    definition.getResourceName()).getBytes();
        });
        try {
            return JSON.readTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
