package nl.inburgeringsregie.security;

import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.web.context.support.WebApplicationContextUtils;

import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;

/**
 * A task form showing a person's data is a read of that person (AVG verwerkingenlogging, issue 21 point 3): the
 * models give every task of a case the variable {@code naam} (the person's name) and the forms show it. Tasklist
 * loads a form's values with {@code GET task/{id}/form-variables} (other clients with {@code GET task/{id}/variables}
 * or one variable of it); each answered with 200 records one processing action for the task's case (its process's
 * business key), by the engine's current user. Registered like the other guards by {@link EngineApiGuards}, in
 * {@code /engine-rest} and Tasklist's {@code /camunda/api/engine}.
 */
@Priority(Priorities.USER + 200)
public final class FormReadsRecorded implements ContainerResponseFilter {

    private static final Set<String> VALUES = Set.of("form-variables", "variables");

    @Context
    private ServletContext servlet;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        var segments = request.getUriInfo().getPathSegments();
        for (int i = 0; i + 2 < segments.size(); i++) {
            if ("task".equals(segments.get(i).getPath()) && VALUES.contains(segments.get(i + 2).getPath())) {
                record(request, segments.get(i + 1).getPath());
                return;
            }
        }
    }

    private void record(ContainerRequestContext request, String taskId) {
        String engineName = request.getUriInfo().getPathParameters().getFirst("name");
        ProcessEngine engine = EngineUtil.lookupProcessEngine(engineName);
        var authentication = engine.getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return;
        }
        var task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return;
        }
        var instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        if (instance != null && instance.getBusinessKey() != null) {
            WebApplicationContextUtils.getRequiredWebApplicationContext(servlet).getBean(ProcessingLog.class)
                    .readCases(Processing.FORMULIER_INZIEN, authentication.getUserId(),
                            List.of(instance.getBusinessKey()));
        }
    }
}
