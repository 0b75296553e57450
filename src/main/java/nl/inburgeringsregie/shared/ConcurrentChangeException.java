package nl.inburgeringsregie.shared;

/**
 * Something else changed the same case at the same moment (a timer that fell due, a DUO notification, a colleague),
 * and the change asked for could not be retried: the whole transaction was rolled back, nothing of it was stored.
 * The user is told so in Dutch and may simply try again (409, see shared.api.ApiExceptionHandler). Raised at the
 * seam with the engine (platform.camunda.ConcurrentChangeRetry) in place of the engine's optimistic-locking
 * conflict (issue 24, point 2).
 */
public class ConcurrentChangeException extends RuntimeException {

    /** What the user reads, wherever the conflict surfaces (our API, Tasklist). */
    public static final String DUTCH_MESSAGE = "Er is tegelijk iets anders aan deze zaak gewijzigd; er is niets "
            + "opgeslagen. Probeer het opnieuw.";

    public ConcurrentChangeException(Throwable cause) {
        super(DUTCH_MESSAGE, cause);
    }
}
