package nl.inburgeringsregie.platform.camunda;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;

/**
 * Camunda's REST API prefixes a form refused by a rule of the process ({@code FormFieldValidationException}) with
 * English and the task's id: "Cannot submit task form 048f8a69-…: Het bedrag …", which Tasklist shows as it is.
 * This filter gives the consulent the same Dutch opening as every other refusal of a form ("Het formulier is niet
 * opgeslagen: …", see security.CheckedFormSubmissions), and keeps Camunda's own text for everything else
 * (issue 19, point 3). Registered in every Camunda JAX-RS application through Jersey's auto-discovery.
 */
public final class DutchFormRefusals implements ContainerResponseFilter, AutoDiscoverable {

    /** How every refusal of a form opens, whichever check refused it. */
    public static final String DUTCH_OPENING = "Het formulier is niet opgeslagen: ";

    private static final Pattern CAMUNDA_OPENING = Pattern.compile(
            "^Cannot (submit task form|complete task|resolve task) [0-9a-fA-F-]+: ");

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(DutchFormRefusals.class)) {
            context.register(DutchFormRefusals.class);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == Response.Status.BAD_REQUEST.getStatusCode()
                && response.getEntity() instanceof ExceptionDto refusal && refusal.getMessage() != null) {
            refusal.setMessage(inDutch(refusal.getMessage()));
        }
    }

    /** Camunda's English opening with the task's id replaced by the Dutch one; any other message as it is. */
    static String inDutch(String message) {
        var opening = CAMUNDA_OPENING.matcher(message);
        return opening.find() ? DUTCH_OPENING + message.substring(opening.end()) : message;
    }
}
