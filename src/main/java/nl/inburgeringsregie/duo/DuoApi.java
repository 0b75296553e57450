package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Port to DUO's M2M APIs (implemented over HTTP in {@code duoapi}). Every call carries the gemeente's
 * OIN as Bron, DUO's OIN as Doel and a new BerichtId.
 *
 * @throws DuoRejectedException when DUO refuses the request (4xx): retrying will not help
 * @throws DuoUnavailableException when DUO cannot be reached or fails (5xx): retry later
 */
public interface DuoApi {

    /** Sends a message that changes DUO's registration; returns DUO's answer (HTTP status and body, if any). */
    Answer send(Call call);

    /** DUO's answer to a message sent: the HTTP status and the JSON body (null when DUO gives none). */
    record Answer(int status, String body) {
    }

    /** Reads from DUO; empty when DUO answers 404 (no such registration). */
    Optional<String> read(Call call);

    /** One request: the operation, the BSN and other path values, the gemeente's OIN and the body. */
    record Call(DuoOperation operation, Map<String, String> pathValues, String bron, String berichtId, String body) {

        public String path() {
            String path = operation.path();
            for (var value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            return path;
        }
    }

    /** DUO's Inburgeringsplicht (Inburgeringsplicht API). */
    record Inburgeringsplicht(boolean plichtig, LocalDate begindatum, LocalDate einddatum, String redenGeenPlicht) {
    }

    /** DUO's Inburgeringstermijn. */
    record Termijn(LocalDate startdatum, LocalDate einddatum, String verlengingsgrond) {
    }

    /** One exam result (Examen API). */
    record Examenresultaat(String onderdeel, String niveau, LocalDate examendatum, String resultaat) {
    }

    /**
     * The PIP DUO knows for a person (PIP API), also one of a previous gemeente: that gemeente's CBS
     * code (GM + DUO's four digits), dagtekening, DUO's route code (B, O or Z) and the level.
     */
    record Pip(String gemeente, LocalDate dagtekening, String leerroute, String niveau) {
    }

    /**
     * The hours one gemeente reported to DUO (GevolgdeUren API, schema Gemeente): known until {@code bekendTot}
     * (exclusive); taalles and KNM in the leerroute (brede intake hours excluded), participation activities (brede
     * intake hours included, Besluit art. 3.14) and the language hours of the brede intake. A total DUO does not
     * have is null.
     */
    record GevolgdeUren(String gemeente, LocalDate bekendTot, Integer taalles, Integer participatie,
            Integer taalBredeIntake) {
    }

    /** One result of the leerbaarheidstoets. */
    record LbtResultaat(String resultaat, LocalDate datumAfname) {
    }
}
