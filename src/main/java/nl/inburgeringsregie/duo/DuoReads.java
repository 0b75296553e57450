package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.duo.DuoApi.Examenresultaat;
import nl.inburgeringsregie.duo.DuoApi.GedeeltelijkeVrijstelling;
import nl.inburgeringsregie.duo.DuoApi.GevolgdeUren;
import nl.inburgeringsregie.duo.DuoApi.Inburgeringsplicht;
import nl.inburgeringsregie.duo.DuoApi.LbtResultaat;
import nl.inburgeringsregie.duo.DuoApi.Pip;
import nl.inburgeringsregie.duo.DuoApi.Termijn;

/**
 * DUO's read APIs with their answers parsed into what the application uses: obligation, doelgroep,
 * term, PIP, exam results and leerbaarheidstoets results. The signalling pattern of the
 * exchange: a notification says that something changed; these reads say what.
 */
@Service
public class DuoReads {

    private final DuoApi api;
    private final ObjectMapper json;
    private final DuoRequestCheck check;

    DuoReads(DuoApi api, ObjectMapper json, DuoRequestCheck check) {
        this.api = api;
        this.json = json;
        this.check = check;
    }

    public Optional<Inburgeringsplicht> inburgeringsplicht(String bsn, String bron) {
        return read(DuoOperation.INBURGERINGSPLICHT_OPVRAGEN, bsn, bron).map(node -> new Inburgeringsplicht(
                node.path("indicatorInburgeringsplicht").asBoolean(), date(node, "begindatum"),
                date(node, "einddatum"), text(node, "redenGeenInburgeringsplicht")));
    }

    /** DUO's indeling: "Asielstatushouder" or "Gezinsmigrant en overige migrant". */
    public Optional<String> doelgroep(String bsn, String bron) {
        return read(DuoOperation.DOELGROEP_OPVRAGEN, bsn, bron).map(node -> text(node, "indeling"));
    }

    /** DUO's doelgroep with its begindatum and gedetailleerdeDoelgroep (SS124/SS125). */
    public Optional<DuoApi.Doelgroep> doelgroepIndeling(String bsn, String bron) {
        return read(DuoOperation.DOELGROEP_OPVRAGEN, bsn, bron).map(node -> new DuoApi.Doelgroep(text(node, "indeling"),
                date(node, "begindatum"), text(node, "gedetailleerdeDoelgroep")));
    }

    public Optional<Termijn> termijn(String bsn, String bron) {
        return read(DuoOperation.TERMIJN_OPVRAGEN, bsn, bron).map(node -> Termijn.fromDuo(date(node, "startdatum"),
                date(node, "einddatum"), text(node, "verlengingsgrondomschrijving")));
    }

    /** The current PIP; for SS121 the one of the previous gemeente. */
    public Optional<Pip> pip(String bsn, String bron) {
        return read(DuoOperation.PIP_OPVRAGEN, bsn, bron).map(node -> new Pip("GM" + text(node, "gemeentecode"),
                date(node.path("pip"), "dagtekeningPip"), text(node.path("pip"), "leerroute"),
                text(node.path("pip"), "niveau")));
    }

    public List<Examenresultaat> examenresultaten(String bsn, String bron) {
        return read(DuoOperation.EXAMENRESULTATEN_OPVRAGEN, bsn, bron).map(node -> stream(node)
                .map(result -> new Examenresultaat(text(result, "onderdeel"), text(result, "niveau"),
                        date(result, "examendatum"), text(result, "resultaat")))
                .toList()).orElse(List.of());
    }

    /** The temporary exemptions DUO registered for the person (Vrijstelling API); empty when DUO knows none. */
    public List<DuoApi.TijdelijkeVrijstelling> tijdelijkeVrijstellingen(String bsn, String bron) {
        return read(DuoOperation.VRIJSTELLINGEN_OPVRAGEN, bsn, bron).map(node -> stream(node)
                .map(vrijstelling -> vrijstelling.path("TijdelijkeVrijstelling"))
                .filter(JsonNode::isObject)
                .map(tijdelijk -> new DuoApi.TijdelijkeVrijstelling(text(tijdelijk, "oordeel"), text(tijdelijk, "reden"),
                        date(tijdelijk, "datumOordeel"), date(tijdelijk, "startdatum"), date(tijdelijk, "einddatum")))
                .toList()).orElse(List.of());
    }

    /**
     * The granted gedeeltelijke vrijstellingen (Vrijstelling API, {@code getVrijstellingenByBsn}: items with
     * {@code GedeeltelijkeVrijstelling}) with an examenonderdeel; a refused one (oordeel Afwijzing) is left out.
     */
    public List<GedeeltelijkeVrijstelling> gedeeltelijkeVrijstellingen(String bsn, String bron) {
        return granted(DuoOperation.VRIJSTELLINGEN_OPVRAGEN, "GedeeltelijkeVrijstelling", "Vrijstelling", "reden", bsn, bron);
    }

    /**
     * The granted gedeeltelijke ontheffingen (Ontheffing API, {@code getOntheffingenByBsn}: items with
     * {@code GedeeltelijkeOntheffing}) with an examenonderdeel; a refused one is left out.
     */
    public List<GedeeltelijkeVrijstelling> gedeeltelijkeOntheffingen(String bsn, String bron) {
        return granted(DuoOperation.ONTHEFFINGEN_OPVRAGEN, "GedeeltelijkeOntheffing", "Ontheffing", "grond", bsn, bron);
    }

    private List<GedeeltelijkeVrijstelling> granted(DuoOperation operation, String property, String soort,
            String groundField, String bsn, String bron) {
        return read(operation, bsn, bron).map(node -> stream(node)
                .map(item -> item.path(property))
                .filter(decision -> "Toekenning".equals(text(decision, "oordeel")) && text(decision, "examenonderdeel") != null)
                .map(decision -> new GedeeltelijkeVrijstelling(soort, text(decision, "examenonderdeel"),
                        text(decision, "examenniveau"), date(decision, "datumOordeel"), text(decision, groundField)))
                .toList()).orElse(List.of());
    }

    /** The date of the eindgesprek MAP DUO registered (MAP-PVT-Zroute API, DatumMap), if any. */
    public Optional<LocalDate> mapEindgesprek(String bsn, String bron) {
        return read(DuoOperation.MAP_OPVRAGEN, bsn, bron).map(node -> date(node, "datumEindgesprekMap"));
    }

    /** The date the participatieverklaring was signed as DUO registered it (MAP-PVT-Zroute API, DatumPvt), if any. */
    public Optional<LocalDate> pvtOndertekening(String bsn, String bron) {
        return read(DuoOperation.PVT_OPVRAGEN, bsn, bron).map(node -> date(node, "datumOndertekeningPvt"));
    }

    /** The hours each gemeente reported for the person (GevolgdeUren API); empty when DUO has none. */
    public List<GevolgdeUren> gevolgdeUren(String bsn, String bron) {
        return read(DuoOperation.UREN_OPVRAGEN, bsn, bron).map(node -> stream(node)
                .map(gemeente -> new GevolgdeUren(text(gemeente, "gemeentecode"), date(gemeente, "bekendTot"),
                        hours(gemeente, "ParticipatieAlsTaalles"), hours(gemeente, "ParticipatieactiviteitenBredeIntake"),
                        hours(gemeente, "TaallesEnKnmBredeIntake")))
                .toList()).orElse(List.of());
    }

    private static Integer hours(JsonNode gemeente, String total) {
        JsonNode uren = gemeente.path(total).get("uren");
        return uren == null || uren.isNull() ? null : uren.asInt();
    }

    public List<LbtResultaat> lbtResultaten(String bsn, String bron) {
        return read(DuoOperation.LBT_RESULTATEN_OPVRAGEN, bsn, bron).map(node -> stream(node)
                .map(result -> new LbtResultaat(text(result, "resultaat"), date(result, "datumAfname")))
                .toList()).orElse(List.of());
    }

    private Optional<JsonNode> read(DuoOperation operation, String bsn, String bron) {
        var call = new DuoApi.Call(operation, Map.of("bsn", bsn), bron, UUID.randomUUID().toString(), null);
        check.refusal(call).ifPresent(reason -> {
            throw new DuoRejectedException(reason);
        });
        return api.read(call).map(this::parse);
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new DuoRejectedException("Het antwoord van DUO is geen geldige JSON: " + e.getOriginalMessage());
        }
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
