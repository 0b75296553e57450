package nl.inburgeringsregie.models.migration;

/** The migration is not in a state that allows this now (HTTP 409). */
public class MigrationStateException extends RuntimeException {

    MigrationStateException(String message) {
        super(message);
    }
}
