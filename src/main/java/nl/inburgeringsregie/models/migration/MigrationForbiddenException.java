package nl.inburgeringsregie.models.migration;

/** The analist may not do this with this migration (HTTP 403). */
public class MigrationForbiddenException extends RuntimeException {

    MigrationForbiddenException(String message) {
        super(message);
    }
}
