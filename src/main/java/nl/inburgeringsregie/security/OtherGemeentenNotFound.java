package nl.inburgeringsregie.security;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * A task, process instance or execution of another gemeente does not exist for the user, in every call on it.
 * Camunda's commands find these by id without the tenant check and refuse them afterwards: claim, suspend,
 * set variables or modify with the engine's {@code ProcessEngineException} ENGINE-13034 "belongs to no
 * authenticated tenant" (from {@code TenantCommandChecker}), complete with the same wrapped in a
 * {@code RestException}, and delete of a task in a running process with "cannot be deleted because is part of
 * a running process" before any tenant check. Camunda's REST layer answers all of these 500, with a message that
 * tells the object exists; a delete of a task id that exists nowhere answers 204.
 * <p>
 * So every call on {@code task/{id}}, {@code process-instance/{id}} and {@code execution/{id}} first makes the
 * engine's own tenant check for the logged-in user ({@code TenantManager.isAuthenticatedTenant}, which also lets
 * camunda-admin through) and answers 404 as Camunda answers a read of a missing id when the object does not
 * exist or belongs to another gemeente: the same answer for both. An object of the user's own gemeenten goes
 * to Camunda as before, so a refusal by authorization there stays Camunda's 403. The engine's tenant check in
 * the command stays behind it. Only the calls whose path holds an {@code {id}} are checked: {@code task/count},
 * {@code process-instance/suspended} and the like name no object.
 * <p>
 * Registered by {@link EngineApiGuards}; runs before {@link CaseworkThroughFormsOnly}, so a task of another
 * gemeente is not found before anything else is said about it.
 */
@Priority(Priorities.AUTHORIZATION)
public final class OtherGemeentenNotFound implements ContainerRequestFilter {

    /** {@code kind/{id}…} of {@code /engine-rest}, {@code engine/{name}/kind/{id}…} of the webapps. */
    private static final Pattern OBJECT_PATH = Pattern
            .compile("^/?(?:engine/[^/]+/)?(task|process-instance|execution)/([^/]+)(?:/.*)?$");

    /** The objects hidden per gemeente: how Camunda names a missing one, and how the engine finds it. */
    private enum Kind {
        TASK("No matching task with id %s", (context, id) -> tenantOf(context.getTaskManager().findTaskById(id),
                TaskEntity::getTenantId)),
        PROCESS_INSTANCE("Process instance with id %s does not exist", Kind::executionTenant),
        EXECUTION("Execution with id %s does not exist", Kind::executionTenant);

        private final String notFound;
        private final BiFunction<CommandContext, String, Tenant> find;

        Kind(String notFound, BiFunction<CommandContext, String, Tenant> find) {
            this.notFound = notFound;
            this.find = find;
        }

        static Kind of(String pathSegment) {
            return valueOf(pathSegment.replace('-', '_').toUpperCase(Locale.ROOT));
        }

        private static Tenant executionTenant(CommandContext context, String id) {
            return tenantOf(context.getExecutionManager().findExecutionById(id), ExecutionEntity::getTenantId);
        }

        private static <T> Tenant tenantOf(T object, Function<T, String> tenantId) {
            return object == null ? null : new Tenant(tenantId.apply(object));
        }
    }

    /** The tenant of an object that exists; {@code id} is null for an object of no gemeente. */
    private record Tenant(String id) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Matcher object = OBJECT_PATH.matcher(request.getUriInfo().getPath());
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        if (object.matches() && object.group(2).equals(id)) {
            Kind kind = Kind.of(object.group(1));
            String engineName = request.getUriInfo().getPathParameters().getFirst("name");
            if (!visible(engineName, kind, id)) {
                request.abortWith(ExceptionHandlerHelper.getInstance().getResponse(new InvalidRequestException(
                        Response.Status.NOT_FOUND, kind.notFound.formatted(id))));
            }
        }
    }

    /** The engine's own tenant check, as its commands make it, but before the command instead of after. */
    private static boolean visible(String engineName, Kind kind, String id) {
        var engine = (ProcessEngineConfigurationImpl) EngineUtil.lookupProcessEngine(engineName)
                .getProcessEngineConfiguration();
        return engine.getCommandExecutorTxRequired().execute(context -> {
            Tenant tenant = kind.find.apply(context, id);
            return tenant != null && context.getTenantManager().isAuthenticatedTenant(tenant.id());
        });
    }
}
