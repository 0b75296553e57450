package nl.inburgeringsregie.models.migration;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The report of a migration as the analist sees it ({@code GET /api/modellen/migraties/{id}}): the plan, the
 * dry run's outcome per case and, once confirmed, the migration's — counts and cases of the gemeenten the
 * analist works for.
 */
public record MigrationReport(long id, String proces, Versie van, Versie naar, String status, String toelichting,
        boolean gebeurtenissenBijwerken, List<String> gemeenten, String aangevraagdDoor, OffsetDateTime aangevraagdOp, String bevestigdDoor,
        OffsetDateTime bevestigdOp, OffsetDateTime afgerondOp, List<Koppeling> koppelingen,
        List<Activiteit> nieuwInVersie, List<Activiteit> nietGekoppeld, List<Wachtend> wachtend, Telling proef,
        Telling migratie, List<Zaak> zaken, int pagina, int aantal) {

    public record Versie(int versie, String definitieId) {
    }

    /** An activity of the old version and the one it becomes; {@code gebeurtenisBijwerken} as in the request. */
    public record Koppeling(String van, String vanNaam, String naar, String naarNaam, boolean gebeurtenisBijwerken) {
    }

    public record Activiteit(String id, String naam, String soort) {
    }

    /** How many instances wait at an activity of the old version, and whether it is coupled. */
    public record Wachtend(String activiteit, String naam, long zaken, boolean gekoppeld) {
    }

    /**
     * Counts of one phase: dry run (gelukt = can be migrated) or migration (gelukt = migrated); overgeslagen =
     * no longer on the old version when its turn came (ended, or migrated otherwise).
     */
    public record Telling(long zaken, long gelukt, long nietGelukt, long overgeslagen) {
    }

    /**
     * One case (process instance): its case number, where it waits, and the outcome of the dry run and the
     * migration ({@code KAN}/{@code KAN_NIET}, {@code GEMIGREERD}/{@code MISLUKT}/{@code OVERGESLAGEN}) with the
     * reason.
     */
    public record Zaak(String zaaknummer, String procesinstantie, String gemeente, List<String> wachtOp, String proef,
            String proefMelding,
            String migratie, String migratieMelding) {
    }
}
