package nl.inburgeringsregie.models.migration;

/** No migration with this number (HTTP 404). */
public class MigrationNotFoundException extends RuntimeException {

    MigrationNotFoundException(long id) {
        super("Migratie " + id + " bestaat niet");
    }
}
