package nl.inburgeringsregie.models.migration;

/** Where a migration stands. */
enum MigrationStatus {
    /** The dry run is going through the instances. */
    PROEF_BEZIG,
    /** The dry run is done; the analist may confirm. */
    PROEF_GEREED,
    /** Confirmed: the instances are being migrated. */
    MIGRATIE_BEZIG,
    /** Every instance has its outcome. */
    GEREED,
    /** The run stopped on an unexpected error (see the explanation). */
    AFGEBROKEN,
    /** A finished dry run that a newer request for the same version replaced; it cannot be confirmed. */
    VERVANGEN,
    /** A run that stopped writing progress: the application stopped during it; confirm again to go on. */
    ONDERBROKEN
}
