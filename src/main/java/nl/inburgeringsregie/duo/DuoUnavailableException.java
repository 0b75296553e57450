package nl.inburgeringsregie.duo;

/** DUO could not be reached or failed (5xx, time-out): the step is tried again on its retry cycle. */
public class DuoUnavailableException extends RuntimeException {

    public DuoUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
