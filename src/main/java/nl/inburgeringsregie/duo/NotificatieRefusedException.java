package nl.inburgeringsregie.duo;

/** A notification DUO's specification makes us refuse, with the HTTP status and DUO's fouttekst. */
public class NotificatieRefusedException extends RuntimeException {

    private final int status;

    public NotificatieRefusedException(int status, String fouttekst) {
        super(fouttekst);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
