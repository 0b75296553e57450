package nl.inburgeringsregie.security;

import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.sub.task.impl.LocalTaskVariablesResource;
import org.camunda.bpm.engine.rest.sub.task.impl.TaskResourceImpl;
import org.camunda.bpm.engine.rest.sub.task.impl.TaskVariablesResource;
import org.camunda.bpm.engine.rest.util.EngineUtil;

import nl.inburgeringsregie.shared.Groups;

/**
 * Casework goes through the task's form ({@code submit-form}, {@code complete}) only, where the model's
 * listeners validate the fields and record the milestones. Camunda's REST API has other ways to end or change a
 * task that anyone with work rights on it may use, and that skip all of that (security probe, H1):
 * <ul>
 * <li>{@code task/{id}/bpmnError} and {@code bpmnEscalation} end the user task ("deleted") and its branch without
 * form, validation or milestone — our models never throw an error or escalation from a user task;</li>
 * <li>{@code task/{id}/identity-links} (add, and {@code …/delete}) changes who may work the task — a coordinator
 * made himself candidate of a consulent task this way; who does the work is the model's choice, and a
 * coordinator hands work to a consulent by assigning it;</li>
 * <li>writing {@code task/{id}/variables} and {@code localVariables} (PUT, POST, DELETE, binary data) writes case
 * data past the form's checks.</li>
 * </ul>
 * These are refused with 403 and a Dutch message in Camunda's error shape ({@code AuthorizationException}), for
 * everyone but the group camunda-admin (repairs). Reading stays as Camunda's authorizations allow. Decided on the
 * JAX-RS resource method that Jersey matched, not on the path text, so no spelling of the path gets past it.
 * Registered by {@link EngineApiGuards}, after {@link OtherGemeentenNotFound}.
 */
@Priority(Priorities.AUTHORIZATION + 10)
public final class CaseworkThroughFormsOnly implements ContainerRequestFilter {

    private static final String ENDS_TASK = "Een taak wordt afgerond met het formulier van de taak, niet met een "
            + "BPMN-fout of -escalatie. Alleen een beheerder mag dat.";
    private static final String CHANGES_CANDIDATES = "Wie een taak mag oppakken, staat in het model. Alleen een "
            + "beheerder mag dat wijzigen; een coördinator wijst de taak toe aan een consulent.";
    private static final String WRITES_VARIABLES = "Gegevens van een taak worden vastgelegd met het formulier van "
            + "de taak. Alleen een beheerder mag ze op een andere manier wijzigen.";

    /** The refused methods of Camunda's task resource, with the reason a user reads. */
    private static final Map<String, String> REFUSED_TASK_METHODS = Map.of(
            "handleBpmnError", ENDS_TASK,
            "handleEscalation", ENDS_TASK,
            "addIdentityLink", CHANGES_CANDIDATES,
            "deleteIdentityLink", CHANGES_CANDIDATES,
            // Resolving a delegated task writes its variables without the form's checks; our work is not delegated
            "resolve", WRITES_VARIABLES);
    private static final Set<Class<?>> TASK_VARIABLES = Set.of(TaskVariablesResource.class,
            LocalTaskVariablesResource.class);
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String refusal = refusal(request.getMethod());
        if (refusal != null && !isAdministrator(request.getUriInfo().getPathParameters().getFirst("name"))) {
            request.abortWith(ExceptionHandlerHelper.getInstance().getResponse(new AuthorizationException(refusal)));
        }
    }

    private String refusal(String httpMethod) {
        Class<?> resourceClass = resource.getResourceClass();
        if (resourceClass == null) {
            return null;
        }
        if (TaskResourceImpl.class.isAssignableFrom(resourceClass)) {
            return REFUSED_TASK_METHODS.get(resource.getResourceMethod().getName());
        }
        boolean taskVariables = TASK_VARIABLES.stream().anyMatch(type -> type.isAssignableFrom(resourceClass));
        return taskVariables && !READS.contains(httpMethod) ? WRITES_VARIABLES : null;
    }

    private static boolean isAdministrator(String engineName) {
        var authentication = EngineUtil.lookupProcessEngine(engineName).getIdentityService()
                .getCurrentAuthentication();
        return authentication != null && authentication.getGroupIds() != null
                && authentication.getGroupIds().contains(Groups.ADMIN);
    }
}
