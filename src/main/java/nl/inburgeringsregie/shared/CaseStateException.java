package nl.inburgeringsregie.shared;

/** The request is sound, but the case is not in a state that allows it now (HTTP 409, Dutch message). */
public class CaseStateException extends RuntimeException {

    public CaseStateException(String message) {
        super(message);
    }
}
