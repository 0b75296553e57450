package nl.inburgeringsregie.security;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * A task of another gemeente does not exist for the user, in every call on it. Camunda's task commands
 * (claim, complete, delete, assign …) find a task by id without the tenant check and refuse it afterwards:
 * claim with the engine's {@code ProcessEngineException} ENGINE-13034 "belongs to no authenticated tenant"
 * (from {@code TenantCommandChecker}), complete with the same wrapped in a {@code RestException}, and
 * delete, for a task in a running process, with "cannot be deleted because is part of a running process"
 * before any tenant check. Camunda's REST layer answers all of these 500, with a message that tells the
 * task exists; a delete of an id that exists nowhere answers 204.
 * <p>
 * So every call on {@code task/{id}} first makes the engine's own tenant check for the logged-in user
 * ({@code TenantManager.isAuthenticatedTenant}, which also lets camunda-admin through) and answers 404 as
 * Camunda answers a read of a missing task when the task does not exist or belongs to another gemeente:
 * the same answer for both. A task of the user's own gemeenten goes to Camunda as before, so a refusal
 * by authorization there stays Camunda's 403. The engine's tenant check in the command stays behind it.
 * <p>
 * Registered in every Camunda JAX-RS application — {@code /engine-rest} and the webapps' engine API under
 * {@code /camunda/api/engine} — through Jersey's auto-discovery
 * ({@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}); the authentication
 * filters in front of both have set the engine's user by then.
 */
public final class HiddenTasks implements AutoDiscoverable {

    /** {@code task/{id}…} of {@code /engine-rest}, {@code engine/{name}/task/{id}…} of the webapps. */
    private static final Pattern TASK_PATH = Pattern.compile("^/?(?:engine/([^/]+)/)?task/([^/]+)(?:/.*)?$");
    private static final Set<String> NOT_AN_ID = Set.of("create", "count", "report");

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(VisibleTasksOnly.class)) {
            context.register(VisibleTasksOnly.class);
        }
    }

    public static final class VisibleTasksOnly implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            Matcher task = TASK_PATH.matcher(request.getUriInfo().getPath());
            if (task.matches() && !NOT_AN_ID.contains(task.group(2)) && !visible(task.group(1), task.group(2))) {
                request.abortWith(ExceptionHandlerHelper.getInstance().getResponse(new InvalidRequestException(
                        Response.Status.NOT_FOUND, "No matching task with id " + task.group(2))));
            }
        }

        /** The engine's own tenant check, as its commands make it, but before the command instead of after. */
        private static boolean visible(String engineName, String taskId) {
            var engine = (ProcessEngineConfigurationImpl) EngineUtil.lookupProcessEngine(engineName)
                    .getProcessEngineConfiguration();
            return engine.getCommandExecutorTxRequired().execute(context -> {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                return task != null && context.getTenantManager().isAuthenticatedTenant(task.getTenantId());
            });
        }
    }
}
