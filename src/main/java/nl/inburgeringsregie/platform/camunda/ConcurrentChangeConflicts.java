package nl.inburgeringsregie.platform.camunda;

import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;

import nl.inburgeringsregie.shared.ConcurrentChangeException;

/**
 * Camunda's REST API answers an optimistic-locking conflict with 500 and English ({@code "code":1}); one that is still
 * there after {@link ConcurrentChangeRetry}'s attempts becomes a 409 that tells the consulent in Dutch that nothing was
 * saved and to try again (issue 24, point 2). Registered in every Camunda JAX-RS application through Jersey's
 * auto-discovery, as {@link DutchFormRefusals}.
 */
public final class ConcurrentChangeConflicts implements ContainerResponseFilter, AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(ConcurrentChangeConflicts.class)) {
            context.register(ConcurrentChangeConflicts.class);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == Response.Status.INTERNAL_SERVER_ERROR.getStatusCode()
                && response.getEntity() instanceof ExceptionDto failure && isConflict(failure)) {
            response.setStatus(Response.Status.CONFLICT.getStatusCode());
            failure.setMessage(ConcurrentChangeException.DUTCH_MESSAGE);
        }
    }

    /** Camunda's code of an optimistic-locking conflict. */
    static boolean isConflict(ExceptionDto failure) {
        return Integer.valueOf(BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode()).equals(failure.getCode());
    }
}
