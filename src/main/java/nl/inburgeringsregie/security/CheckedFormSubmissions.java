package nl.inburgeringsregie.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.task.CompleteTaskDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.platform.camunda.DutchFormRefusals;
import nl.inburgeringsregie.platform.camunda.forms.FormSubmissions;

/**
 * A task's form is submitted only as the form allows: every call that completes or resolves a task with
 * variables ({@code task/{id}/submit-form}, {@code …/complete}, {@code …/resolve}: the resource methods taking
 * Camunda's {@code CompleteTaskDto}) is checked against the task's deployed form first
 * ({@link FormSubmissions}). A key the form has no input field for — a process variable such as {@code naam},
 * {@code zaaknummer} or {@code onderdelen} — is refused, and so is every value that breaks its field's rules; all
 * problems in one 400 in Camunda's error shape, which Tasklist shows, and nothing is written. Security probe
 * M2 and M3.
 * <p>
 * Registered by {@link EngineApiGuards} in every Camunda JAX-RS application ({@code /engine-rest} and Tasklist's
 * {@code /camunda/api/engine}), and run after {@link OtherGemeentenNotFound}, so a task of another gemeente stays a
 * 404. It runs after Jersey matched the request to its resource method, so no spelling of the path passes it by.
 */
@Priority(Priorities.USER + 100)
public final class CheckedFormSubmissions implements ContainerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        var method = resource.getResourceMethod();
        if (method == null || Arrays.stream(method.getParameterTypes()).noneMatch(CompleteTaskDto.class::equals)) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        JsonNode variables;
        try {
            variables = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body).path("variables");
        } catch (JsonProcessingException e) {
            refuse(request, DutchFormRefusals.DUTCH_OPENING + "het verzoek is geen geldige JSON");
            return;
        }
        if (variables.isMissingNode() || variables.isNull()) {
            variables = JSON.createObjectNode();
        } else if (!variables.isObject()) {
            refuse(request, DutchFormRefusals.DUTCH_OPENING + "'variables' moet de velden van het formulier bevatten");
            return;
        }
        var uri = request.getUriInfo().getPathParameters();
        var engine = (ProcessEngineConfigurationImpl) EngineUtil.lookupProcessEngine(uri.getFirst("name"))
                .getProcessEngineConfiguration();
        var problems = FormSubmissions.problems(engine, uri.getFirst("id"), variables);
        if (!problems.isEmpty()) {
            refuse(request, DutchFormRefusals.DUTCH_OPENING + String.join("; ", problems.values()));
        }
    }

    private static void refuse(ContainerRequestContext request, String message) {
        request.abortWith(ExceptionHandlerHelper.getInstance().getResponse(
                new InvalidRequestException(Response.Status.BAD_REQUEST, message)));
    }
}
