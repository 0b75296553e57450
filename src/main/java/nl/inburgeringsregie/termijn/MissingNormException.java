package nl.inburgeringsregie.termijn;

/** The gemeente has not configured a norm the model needs: a configuration error, shown as an incident. */
public class MissingNormException extends RuntimeException {

    public MissingNormException(String message) {
        super(message);
    }
}
