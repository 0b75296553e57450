package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Port to DUO's M2M APIs (implemented over HTTP by {@link HttpDuoApi}). Every call carries the gemeente's
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

    /**
     * DUO's Inburgeringstermijn, with its first and last day. DUO's {@code einddatum} is exclusive
     * (duo-m2m/API/Inburgeringstermijn/openapi.yml, Periode: "De datum die het einde van de periode aangeeft
     * (exclusief)"), so the term's last day, the day the case counts as the term's end, is the day before it
     * [Norm.INBURGERINGSTERMIJN: a term from 2026-11-24 ends on 2029-11-23].
     */
    record Termijn(LocalDate startdatum, LocalDate lastDay, String verlengingsgrond) {

        /** From DUO's answer: the exclusive einddatum becomes the last day of the term. */
        static Termijn fromDuo(LocalDate startdatum, LocalDate einddatumExclusief, String verlengingsgrond) {
            return new Termijn(startdatum, einddatumExclusief == null ? null : einddatumExclusief.minusDays(1),
                    verlengingsgrond);
        }
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
     * A temporary exemption as DUO registered it (Vrijstelling API, schema TijdelijkeVrijstelling): DUO's judgement
     * (Toekenning or Afwijzing), its reason, the day DUO decided, and the period (both days inclusive).
     */
    record TijdelijkeVrijstelling(String oordeel, String reden, LocalDate datumOordeel, LocalDate startdatum,
            LocalDate einddatum) {

        public boolean granted() {
            return "Toekenning".equals(oordeel);
        }
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

    /**
     * A partial exemption DUO granted (oordeel Toekenning): a gedeeltelijke vrijstelling (Vrijstelling API: reden,
     * examenonderdeel LE/LU/SC/SP, examenniveau A2/B1) or a gedeeltelijke ontheffing (Ontheffing API: grond,
     * examenonderdeel KNM/LE/LU/SC/SP, uren belastbaarheid participatie).
     *
     * @param soort "Vrijstelling" or "Ontheffing"
     */
    record GedeeltelijkeVrijstelling(String soort, String examenonderdeel, String examenniveau, LocalDate datumOordeel,
            String grond) {
    }

    /** DUO's doelgroep (Inburgeringsplicht API, Doelgroep): indeling, its begindatum and the detailed group. */
    record Doelgroep(String indeling, LocalDate begindatum, String gedetailleerdeDoelgroep) {
    }
}
