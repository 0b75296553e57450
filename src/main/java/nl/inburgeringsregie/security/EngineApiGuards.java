package nl.inburgeringsregie.security;

import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * The guards of Camunda's REST API that Camunda's authorizations cannot express: objects of another gemeente
 * are not found ({@link OtherGemeentenNotFound}), casework goes through the task's form only
 * ({@link CaseworkThroughFormsOnly}), and a form is submitted only as it allows ({@link CheckedFormSubmissions}); a
 * form's values read are recorded in the processing log ({@link FormReadsRecorded}).
 * <p>
 * Registered in every Camunda JAX-RS application — {@code /engine-rest} and the webapps' engine API under
 * {@code /camunda/api/engine} — through Jersey's auto-discovery
 * ({@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}); the authentication filters in
 * front of both have set the engine's user by then.
 */
public final class EngineApiGuards implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        for (Class<?> guard : new Class<?>[] {OtherGemeentenNotFound.class, CaseworkThroughFormsOnly.class,
                CheckedFormSubmissions.class, FormReadsRecorded.class}) {
            if (!context.getConfiguration().isRegistered(guard)) {
                context.register(guard);
            }
        }
    }
}
