package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.inburgeren.ExamPart;
import nl.inburgeringsregie.shared.DutchDate;

/**
 * What DUO knows of a case's person, read on request from the case page (issue 20, point 5): one part per read,
 * each in words beside DUO's codes, each on its own (a part DUO refuses says so, the others still show). The
 * mapping from DUO's answers follows the OpenAPI files under {@code duo-m2m/API}: Inburgeringsplicht (schemas
 * Inburgeringsplicht, Inburgeringsplichthistorie, Doelgroep, Doelgroephistorie), Inburgeringstermijn (Inburgeringstermijn,
 * Inburgeringstermijnhistorie), Vrijstelling (Vrijstelling), Ontheffing (Ontheffing) and Examen (GratisPogingTegoed).
 */
public record DuoGegevens(String zaaknummer, OffsetDateTime opgevraagdOp, List<Onderdeel> onderdelen) {

    /** What became of one read. */
    public enum Status { OPGEVRAAGD, GEEN_GEGEVENS, GEWEIGERD, NIET_BEREIKBAAR }

    /** DUO has nothing on it: its 404 (every file: "Niet gevonden") or an empty list. */
    static final String NO_DATA = "DUO heeft hierover geen gegevens.";
    static final String REFUSED = "DUO geeft dit niet: ";
    static final String UNAVAILABLE = "DUO is niet bereikbaar, probeer het later opnieuw.";

    /**
     * One part: the read's kind (the DUO operation), its title, what became of it, a Dutch message when it gave no
     * data, and the lines DUO gave.
     */
    public record Onderdeel(String soort, String titel, Status status, String melding, List<Regel> regels) {

        static Onderdeel read(DuoOperation operation, List<Regel> regels) {
            return regels.isEmpty() ? new Onderdeel(operation.name(), DuoGegevens.titel(operation), Status.GEEN_GEGEVENS, NO_DATA,
                    List.of()) : new Onderdeel(operation.name(), DuoGegevens.titel(operation), Status.OPGEVRAAGD, null, regels);
        }

        static Onderdeel noData(DuoOperation operation) {
            return read(operation, List.of());
        }

        static Onderdeel refused(DuoOperation operation, String reason) {
            return new Onderdeel(operation.name(), DuoGegevens.titel(operation), Status.GEWEIGERD, REFUSED + reason, List.of());
        }

        static Onderdeel unavailable(DuoOperation operation) {
            return new Onderdeel(operation.name(), DuoGegevens.titel(operation), Status.NIET_BEREIKBAAR, UNAVAILABLE, List.of());
        }
    }

    /**
     * One line: what it is, its value in words, DUO's code where DUO gives one, and the date (ISO in JSON, like every
     * date of the API) where the line is a date.
     */
    public record Regel(String omschrijving, String waarde, String code, LocalDate datum) {

        static Regel text(String omschrijving, String waarde) {
            return new Regel(omschrijving, waarde, null, null);
        }

        static Regel date(String omschrijving, LocalDate datum) {
            return new Regel(omschrijving, null, null, datum);
        }
    }

    /** The reads of the case page, in the order the page shows them. */
    static final List<DuoOperation> READS = List.of(DuoOperation.INBURGERINGSPLICHT_OPVRAGEN,
            DuoOperation.INBURGERINGSPLICHT_HISTORIE_OPVRAGEN, DuoOperation.DOELGROEP_OPVRAGEN,
            DuoOperation.DOELGROEP_HISTORIE_OPVRAGEN, DuoOperation.TERMIJN_OPVRAGEN,
            DuoOperation.TERMIJN_HISTORIE_OPVRAGEN, DuoOperation.VRIJSTELLINGEN_OPVRAGEN,
            DuoOperation.ONTHEFFINGEN_OPVRAGEN, DuoOperation.GRATISPOGINGEN_OPVRAGEN);

    private static final Map<DuoOperation, String> TITELS = Map.of(
            DuoOperation.INBURGERINGSPLICHT_OPVRAGEN, "Inburgeringsplicht",
            DuoOperation.INBURGERINGSPLICHT_HISTORIE_OPVRAGEN, "Historie van de inburgeringsplicht",
            DuoOperation.DOELGROEP_OPVRAGEN, "Doelgroep",
            DuoOperation.DOELGROEP_HISTORIE_OPVRAGEN, "Historie van de doelgroep",
            DuoOperation.TERMIJN_OPVRAGEN, "Inburgeringstermijn",
            DuoOperation.TERMIJN_HISTORIE_OPVRAGEN, "Historie van de inburgeringstermijn",
            DuoOperation.VRIJSTELLINGEN_OPVRAGEN, "Vrijstellingen",
            DuoOperation.ONTHEFFINGEN_OPVRAGEN, "Ontheffingen",
            DuoOperation.GRATISPOGINGEN_OPVRAGEN, "Gratis examenpogingen");

    static String titel(DuoOperation operation) {
        return TITELS.getOrDefault(operation, operation.label());
    }

    /**
     * Vrijstelling API, RedenVrijstellingInburgeringsplichtDescription (x-enum order AVI, DIP, DOC, GED, INB, INS, OPL),
     * shortened.
     */
    static final Map<String, String> REDENEN_VRIJSTELLING = Map.of(
            "AVI", "Aantoonbaar voldoende ingeburgerd (Besluit inburgering art. 2.3)",
            "DIP", "Vrijstellend diploma uit het DUO-register (Regeling inburgering art. 2.1 lid c)",
            "DOC", "Vrijstellend document, door DUO beoordeeld (Regeling inburgering art. 2.1)",
            "GED", "Taalonderdeel op minimaal B1 behaald (Regeling inburgering art. 3.12)",
            "INB", "Inburgeringsdiploma Wet inburgering 2013 met taal op minimaal B1 (Regeling inburgering art. 2.1 lid b)",
            "INS", "Bewijs van inschrijving bij een opleiding, door DUO beoordeeld",
            "OPL", "Inschrijving bij een vervolgopleiding, ambtshalve door DUO");

    /** Ontheffing API, OntheffingsgrondInburgeringDescription. */
    static final Map<String, String> GRONDEN_ONTHEFFING = Map.of("BIO", "Bijzondere individuele omstandigheden",
            "MED", "Medisch");

    /** Vrijstelling and Ontheffing API, AanvraagOordeel. */
    static final Map<String, String> OORDELEN = Map.of("Toekenning", "Toegekend", "Afwijzing", "Afgewezen");

    /** The lines of DUO's answer to one of {@link #READS}. */
    static List<Regel> regels(DuoOperation operation, JsonNode answer) {
        return switch (operation) {
            case INBURGERINGSPLICHT_OPVRAGEN -> plicht(answer);
            case INBURGERINGSPLICHT_HISTORIE_OPVRAGEN -> items(answer).stream().map(item -> periode(
                    item.path("indicatorInburgeringsplicht").asBoolean() ? "Inburgeringsplichtig" : "Niet inburgeringsplichtig",
                    date(item, "begindatum"), date(item, "einddatum"))).toList();
            case DOELGROEP_OPVRAGEN -> doelgroep(answer);
            case DOELGROEP_HISTORIE_OPVRAGEN -> items(answer).stream()
                    .map(item -> periode(text(item, "indeling"), date(item, "begindatum"), date(item, "einddatum"))).toList();
            case TERMIJN_OPVRAGEN -> termijn(answer);
            case TERMIJN_HISTORIE_OPVRAGEN -> items(answer).stream().map(DuoGegevens::termijnMutatie).toList();
            case VRIJSTELLINGEN_OPVRAGEN -> items(answer).stream().map(DuoGegevens::vrijstelling).toList();
            case ONTHEFFINGEN_OPVRAGEN -> items(answer).stream().map(DuoGegevens::ontheffing).toList();
            case GRATISPOGINGEN_OPVRAGEN -> items(answer).stream().map(DuoGegevens::gratisPogingen).toList();
            default -> throw new IllegalArgumentException("Geen leesvraag van de zaakpagina: " + operation);
        };
    }

    private static List<Regel> plicht(JsonNode answer) {
        var regels = new ArrayList<Regel>();
        boolean plichtig = answer.path("indicatorInburgeringsplicht").asBoolean();
        regels.add(Regel.text("Inburgeringsplichtig", plichtig ? "Ja" : "Nee"));
        addDate(regels, "Begindatum", date(answer, "begindatum"));
        // Inburgeringsplicht: einddatum "De datum die het einde van de periode aangeeft (inclusief)"
        addDate(regels, "Einddatum", date(answer, "einddatum"));
        addText(regels, "Reden geen inburgeringsplicht", text(answer, "redenGeenInburgeringsplicht"));
        addDate(regels, "Kennisgeving verstuurd op", date(answer, "datumKennisgevingInburgeringsplicht"));
        addDate(regels, "Laatst gewijzigd op", date(answer, "wijzigingsdatum"));
        return regels;
    }

    private static List<Regel> doelgroep(JsonNode answer) {
        var regels = new ArrayList<Regel>();
        addText(regels, "Doelgroep", text(answer, "indeling"));
        addDate(regels, "Sinds", date(answer, "begindatum"));
        addText(regels, "Gedetailleerde doelgroep", text(answer, "gedetailleerdeDoelgroep"));
        addText(regels, "Rechten na wijziging verblijfsdoel", text(answer, "asielrechtenWijzigingVerblijfsdoel"));
        return regels;
    }

    /**
     * The term: DUO's einddatum is exclusive (Inburgeringstermijn: "De datum die het einde van de periode aangeeft
     * (exclusief)"), so the page shows the last day, as the case does ({@link DuoApi.Termijn#fromDuo}).
     */
    private static List<Regel> termijn(JsonNode answer) {
        var termijn = DuoApi.Termijn.fromDuo(date(answer, "startdatum"), date(answer, "einddatum"), null);
        var regels = new ArrayList<Regel>();
        addDate(regels, "Startdatum", termijn.startdatum());
        addDate(regels, "Laatste dag", termijn.lastDay());
        String grond = text(answer, "verlengingsgrondomschrijving");
        String code = text(answer, "verlengingsgrondcode");
        if (grond != null || code != null) {
            regels.add(new Regel("Verlengingsgrond", grond == null ? code : grond, code, null));
        }
        addDate(regels, "Laatst gewijzigd op", date(answer, "wijzigingsdatum"));
        return regels;
    }

    /** One change of the term (Inburgeringstermijnhistorie: einddatum exclusive, wijzigingsdatum, verlengingsgrond). */
    private static Regel termijnMutatie(JsonNode item) {
        LocalDate lastDay = DuoApi.Termijn.fromDuo(null, date(item, "einddatum"), null).lastDay();
        LocalDate changed = date(item, "wijzigingsdatum");
        String grond = text(item, "verlengingsgrondomschrijving");
        String waarde = (lastDay == null ? "Laatste dag onbekend" : "Laatste dag " + DutchDate.format(lastDay))
                + (changed == null ? "" : ", gewijzigd op " + DutchDate.format(changed))
                + (grond == null ? "" : ", verlengingsgrond: " + grond);
        return new Regel("Termijn", waarde, text(item, "verlengingsgrondcode"), lastDay);
    }

    /** Vrijstelling: an object with one of GeheleVrijstelling, TijdelijkeVrijstelling, GedeeltelijkeVrijstelling. */
    private static Regel vrijstelling(JsonNode item) {
        for (var kind : List.of(Map.entry("GeheleVrijstelling", "Gehele vrijstelling"),
                Map.entry("TijdelijkeVrijstelling", "Tijdelijke vrijstelling"),
                Map.entry("GedeeltelijkeVrijstelling", "Gedeeltelijke vrijstelling"))) {
            JsonNode decision = item.get(kind.getKey());
            if (decision != null && decision.isObject()) {
                String reden = text(decision, "reden");
                return new Regel(kind.getValue(), besluit(decision, REDENEN_VRIJSTELLING.getOrDefault(reden, reden)),
                        reden, date(decision, "datumOordeel"));
            }
        }
        return Regel.text("Vrijstelling", "Onbekende soort vrijstelling");
    }

    /** Ontheffing: an object with GeheleOntheffing or GedeeltelijkeOntheffing. */
    private static Regel ontheffing(JsonNode item) {
        for (var kind : List.of(Map.entry("GeheleOntheffing", "Gehele ontheffing"),
                Map.entry("GedeeltelijkeOntheffing", "Gedeeltelijke ontheffing"))) {
            JsonNode decision = item.get(kind.getKey());
            if (decision != null && decision.isObject()) {
                String grond = text(decision, "grond");
                String waarde = besluit(decision, GRONDEN_ONTHEFFING.getOrDefault(grond, grond));
                if (decision.hasNonNull("urenBelastbaarheidParticipatieactiviteit")) {
                    waarde += ", belastbaar voor participatie: "
                            + decision.get("urenBelastbaarheidParticipatieactiviteit").asInt() + " uur";
                }
                return new Regel(kind.getValue(), waarde, grond, date(decision, "datumOordeel"));
            }
        }
        return Regel.text("Ontheffing", "Onbekende soort ontheffing");
    }

    /** "Toegekend: reason, Lezen op B1, van … t/m …, besluit van …". */
    private static String besluit(JsonNode decision, String reason) {
        var parts = new ArrayList<String>();
        parts.add(reason);
        String onderdeel = text(decision, "examenonderdeel");
        if (onderdeel != null) {
            String niveau = text(decision, "examenniveau");
            parts.add(examenonderdeel(onderdeel) + (niveau == null ? "" : " op " + niveau));
        }
        LocalDate start = date(decision, "startdatum");
        if (start != null) {
            LocalDate end = date(decision, "einddatum");
            parts.add("van " + DutchDate.format(start) + (end == null ? "" : " t/m " + DutchDate.format(end)));
        }
        LocalDate decided = date(decision, "datumOordeel");
        if (decided != null) {
            parts.add("besluit van " + DutchDate.format(decided));
        }
        String oordeel = text(decision, "oordeel");
        return OORDELEN.getOrDefault(oordeel, oordeel) + ": " + String.join(", ", parts);
    }

    /** GratisPogingTegoed: onderdeel (KNM, LE, LU, SC, SP) and gratisPogingenTegoed (0..99). */
    private static Regel gratisPogingen(JsonNode item) {
        String onderdeel = text(item, "onderdeel");
        int tegoed = item.path("gratisPogingenTegoed").asInt();
        String waarde = tegoed == 0 ? "Geen gratis pogingen meer" : tegoed == 1 ? "1 gratis poging" : tegoed + " gratis pogingen";
        return new Regel(examenonderdeel(onderdeel), waarde, onderdeel, null);
    }

    /** DUO's exam part code in words (Examen API, ExamenonderdeelWI2021Inburgering; {@link ExamPart}). */
    static String examenonderdeel(String code) {
        for (ExamPart part : ExamPart.values()) {
            if (part.name().equals(code)) {
                return part.label();
            }
        }
        return code;
    }

    private static Regel periode(String omschrijving, LocalDate begin, LocalDate end) {
        String waarde = (begin == null ? "" : "van " + DutchDate.format(begin))
                + (end == null ? "" : (begin == null ? "" : " ") + "t/m " + DutchDate.format(end));
        return new Regel(omschrijving, waarde.isEmpty() ? "Periode onbekend" : waarde, null, begin);
    }

    private static void addDate(List<Regel> regels, String omschrijving, LocalDate date) {
        if (date != null) {
            regels.add(Regel.date(omschrijving, date));
        }
    }

    private static void addText(List<Regel> regels, String omschrijving, String value) {
        if (value != null) {
            regels.add(Regel.text(omschrijving, value));
        }
    }

    private static List<JsonNode> items(JsonNode array) {
        return array == null || !array.isArray() ? List.of()
                : StreamSupport.stream(array.spliterator(), false).toList();
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
