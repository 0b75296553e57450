package nl.inburgeringsregie.duo;

/**
 * DUO refused a message, or one of DUO's rules (README of the M2M specification) refuses it before it is
 * sent. Sending it again unchanged will not help: the step stops with an incident carrying the reason.
 */
public class DuoRejectedException extends RuntimeException {

    public DuoRejectedException(String reason) {
        super(reason);
    }

    public DuoRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
