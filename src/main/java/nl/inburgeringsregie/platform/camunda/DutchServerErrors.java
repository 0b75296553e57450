package nl.inburgeringsregie.platform.camunda;

import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.FeatureContext;

import nl.inburgeringsregie.shared.api.ServerErrors;

/**
 * A 5xx of Camunda's REST API (what Tasklist shows as it is) reads in Dutch with the request's correlation id instead of
 * the engine's English (issue 24, point 4); the failure itself is in the log under that id (Camunda's REST logs it,
 * each line with the id, see {@link ServerErrors}). A concurrent change is a 409 first ({@link ConcurrentChangeConflicts}).
 * Registered in every Camunda JAX-RS application through Jersey's auto-discovery.
 */
public final class DutchServerErrors implements ContainerResponseFilter, AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(DutchServerErrors.class)) {
            context.register(DutchServerErrors.class);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 500 && response.getEntity() instanceof ExceptionDto failure
                && !ConcurrentChangeConflicts.isConflict(failure)) {
            failure.setMessage(ServerErrors.dutchText(ServerErrors.currentId()));
        }
    }
}
