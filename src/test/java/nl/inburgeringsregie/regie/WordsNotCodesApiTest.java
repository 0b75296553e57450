package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestDates;

/**
 * Issue 19, point 2, "words, not codes, everywhere a person reads": the case file and its deadlines and PIP versions
 * ({@code /api/zaken/{nr}/**}, which the consulent's pages read), the coordinator's case page, the KPI charts' counts
 * and both CSV exports carry, beside every code, the words a person reads — the gemeente's name (seed
 * V1000__demo_gemeenten: GM0405 is Hoorn), the label of the enumeration that owns the concept, and a person's full
 * name from the identity service (demo users: consulent is Anna de Vries, coordinator Carla Jansen). The codes stay
 * for programs and spreadsheets; no field meant for reading holds one.
 */
class WordsNotCodesApiTest extends ScenarioTest {

    /** A code as the issue found them on screen: a CBS code, an ALL_CAPS constant, a DUO state in capitals. */
    static final Pattern CODE = Pattern.compile("\\bGM\\d{4}\\b|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b[A-Z]{5,}\\b");
    /** Login names of the demo users, which a person must never read where a name belongs. */
    static final Pattern LOGIN = Pattern.compile("^(consulent|consulent2|coordinator|coordinator2|analist|admin)$");

    private RegieData data;

    @BeforeEach
    void regieData() {
        data = new RegieData(jdbc);
    }

    @Test
    void theCaseFileItsDeadlinesAndItsPipSpeakInWords() throws Exception {
        long caseId = data.newCase(Aanmeldingen.HOORN, "GEZINSMIGRANT", "B1_ROUTE", "consulent", null);
        jdbc.sql("UPDATE integration_case SET phase = 'INBURGEREN' WHERE id = ?").param(caseId).update();
        data.approvedPip(caseId, "B1_ROUTE", "B1", TestDates.today().minusDays(30), "consulent", "coordinator");
        data.deadline(caseId, "PIP", 1, TestDates.today().minusDays(40), "MET", TestDates.today().minusDays(30));
        data.deadline(caseId, "BREDE_INTAKE", 1, TestDates.today().minusDays(50), "OPEN", null);
        String caseNumber = data.caseNumber(caseId);
        deadlines.recordBreach(caseNumber, Norm.BREDE_INTAKE);
        deadlines.recordEscalationAction(caseNumber, Norm.BREDE_INTAKE, "CONSULENT_AANGESPROKEN",
                "Afspraak over de planning", "coordinator");

        JsonNode file = getJson("consulent", "/api/zaken/" + caseNumber);
        assertThat(file.get("gemeente").asText()).isEqualTo("GM0405");
        assertThat(file.get("gemeenteNaam").asText()).isEqualTo("Hoorn");
        assertThat(file.get("doelgroep").asText()).isEqualTo("GEZINSMIGRANT");
        assertThat(file.get("doelgroepOmschrijving").asText()).isEqualTo("Gezinsmigrant");
        assertThat(file.get("faseOmschrijving").asText()).isEqualTo("Inburgeren en participeren");
        assertThat(file.get("consulent").asText()).isEqualTo("consulent");
        assertThat(file.get("consulentNaam").asText()).isEqualTo("Anna de Vries");
        assertThat(file.get("leerroute").asText()).isEqualTo("B1_ROUTE");
        assertThat(file.get("leerrouteOmschrijving").asText()).isEqualTo("B1-route");
        assertThat(wordsWithACode(file)).isEmpty();

        JsonNode clocks = getJson("consulent", "/api/zaken/" + caseNumber + "/termijnen");
        assertThat(pairs(clocks.get("termijnen"), "status", "statusOmschrijving"))
                .containsEntry("OPEN", "Loopt").containsEntry("MET", "Gehaald");
        JsonNode breach = clocks.get("overschrijdingen").get(0);
        assertThat(breach.get("normOmschrijving").asText()).isEqualTo("Brede intake afgerond");
        assertThat(breach.get("door").asText()).isEqualTo("coordinator");
        assertThat(breach.get("doorNaam").asText()).isEqualTo("Carla Jansen");
        assertThat(wordsWithACode(clocks)).isEmpty();

        // a PIP without a duration (one taken over from the previous gemeente holds none; PipDefaults) is answered
        // with duurMaanden null, no longer with a 500
        JsonNode pip = getJson("consulent", "/api/zaken/" + caseNumber + "/pip").get(0);
        assertThat(pip.get("duurMaanden").isNull()).isTrue();
        assertThat(pip.get("status").asText()).isEqualTo("VASTGESTELD");
        assertThat(pip.get("statusOmschrijving").asText()).isEqualTo("Vastgesteld");
        assertThat(pip.get("leerrouteOmschrijving").asText()).isEqualTo("B1-route");
        assertThat(pip.get("opgesteldDoorNaam").asText()).isEqualTo("Anna de Vries");
        assertThat(pip.get("beoordeeldDoorNaam").asText()).isEqualTo("Carla Jansen");
        assertThat(wordsWithACode(pip)).isEmpty();
    }

    /**
     * The case page's timeline names DUO's events by DUO's own words with the code beside them (Gebeurtenissen.md:
     * SS109 "Tijdelijke vrijstelling toegekend", SS130 "Tijdelijke vrijstelling ingetrokken, PIP al bekend"), a
     * message's state in words ("nieuwe zaak", not NIEUWE_ZAAK) and the sender in words ("DUO", "de gemeente").
     */
    @Test
    void theTimelineNamesEventsAndMessageStatesInWords() throws Exception {
        long caseId = data.newCase(Aanmeldingen.HOORN, "ASIELMIGRANT", "B1_ROUTE", "consulent", null);
        data.suspension(caseId, TestDates.today().minusDays(60), TestDates.today().minusDays(30));
        message(caseId, "DUO", "NOTIFICATIE", "NIEUWE_ZAAK");
        message(caseId, "GEMEENTE", "AANMELDING", null);
        String caseNumber = data.caseNumber(caseId);

        JsonNode timeline = getJson("coordinator", "/api/regie/zaken/" + caseNumber).get("tijdlijn");
        List<String> lines = new ArrayList<>();
        timeline.forEach(step -> lines.add(step.get("soort").asText() + " | " + step.get("omschrijving").asText()
                + " | " + step.path("toelichting").asText("")));
        assertThat(lines).contains(
                "Mijlpaal | Opgeschort: tijdelijke vrijstelling | DUO: Tijdelijke vrijstelling toegekend (SS109); de termijnen staan stil",
                "Bericht van DUO | Notificatie (nieuwe zaak) | ",
                "Bericht van de gemeente | Aanmelding | ");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("Na 30 dagen opgeschort; DUO: Tijdelijke vrijstelling ingetrokken, PIP al bekend (SS130)"));
        assertThat(wordsWithACode(timeline)).isEmpty();
    }

    /** The KPI charts' legends: each route and outflow count with its words, each month of the trend by its name. */
    @Test
    void theKpiChartsCountWithWords() throws Exception {
        // Koggenland in 2023: a year and gemeente no other test of the shared context writes KPIs for
        long pip = data.newCase("GM1598", "ASIELMIGRANT", "Z_ROUTE", "consulent", LocalDate.of(2023, 12, 1));
        data.milestone(pip, "PIP_ISSUED", LocalDate.of(2023, 3, 1));
        long outflow = data.newCase("GM1598", "ASIELMIGRANT", "B1_ROUTE", "consulent", LocalDate.of(2023, 12, 1));
        data.outflow(outflow, "BETAALD_WERK", LocalDate.of(2023, 5, 1));

        JsonNode koggenland = getJson("coordinator", "/api/regie/kpis?gemeente=GM1598&van=2023-01-01&tot=2023-12-31")
                .get(0);
        assertThat(koggenland.get("naam").asText()).isEqualTo("Koggenland");
        assertThat(counts(koggenland.get("routes"))).containsEntry("Z_ROUTE", "Z-route 1");
        assertThat(counts(koggenland.get("uitstroomSoorten"))).containsEntry("BETAALD_WERK", "Betaald werk 1");
        assertThat(koggenland.get("pipTrend").get(2).get("maand").asText()).isEqualTo("2023-03");
        assertThat(koggenland.get("pipTrend").get(2).get("omschrijving").asText()).isEqualTo("maart 2023");
        JsonNode words = koggenland.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) words).remove(List.of("routeverdeling", "uitstroom"));
        assertThat(wordsWithACode(words)).as("the maps keyed by code are for programs").isEmpty();
    }

    /**
     * Both CSV exports: every column holding a code (a CBS code, an ALL_CAPS constant, a login name) has the words
     * in the column beside it ({@code …Naam}, {@code …Omschrijving}, or {@code omschrijving} beside {@code code}).
     */
    @Test
    void everyCodeColumnOfTheCsvExportsHasItsWordsBesideIt() {
        long caseId = data.newCase(Aanmeldingen.HOORN, "GEZINSMIGRANT", "ONDERWIJSROUTE", "consulent", null);
        data.deadline(caseId, "PIP", 1, TestDates.today().plusDays(3), "OPEN", null);

        for (String export : new String[] {"/api/regie/termijnen.csv?gemeente=GM0405", "/api/regie/kpis.csv?gemeente=GM0405"}) {
            String csv = rest.withBasicAuth("coordinator", "demo").getForObject(export, String.class);
            List<String> lines = csv.replace("\uFEFF", "").lines().toList();
            String[] header = lines.get(0).split(";", -1);
            assertThat(lines).as(export).hasSizeGreaterThan(1);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(";", -1);
                for (int column = 0; column < cells.length; column++) {
                    String cell = cells[column];
                    if (CODE.matcher(cell).matches() || LOGIN.matcher(cell).matches()) {
                        assertThat(column + 1).as("%s: %s (%s) has a column beside it", export, header[column], cell)
                                .isLessThan(header.length);
                        assertThat(header[column + 1]).as("%s: the column beside %s", export, header[column])
                                .matches(header[column] + "(Naam|Omschrijving)|omschrijving");
                        assertThat(cells[column + 1]).as("%s: the words of %s", export, cell)
                                .isNotBlank().doesNotMatch(CODE).doesNotMatch(LOGIN);
                    }
                }
            }
        }
    }

    private void message(long caseId, String source, String kind, String status) {
        jdbc.sql("""
                INSERT INTO inbound_message (source, kind, payload, received_at, received_by, status, case_id)
                VALUES (?, ?, '{}', ?, 'test', ?, ?)""")
                .params(source, kind, OffsetDateTime.now(), status, caseId).update();
    }

    /**
     * Every text meant for reading — a field named omschrijving, toelichting, naam or ending in Naam or
     * Omschrijving — that holds a code or a login name, with its path.
     */
    static List<String> wordsWithACode(JsonNode node) {
        var found = new ArrayList<String>();
        collect(node, "", found);
        return found;
    }

    private static void collect(JsonNode node, String path, List<String> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                var field = fields.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (value.isTextual() && readable(name)
                        && (CODE.matcher(value.asText()).find() && !DUO_CODE_BESIDE_WORDS.matcher(value.asText()).find()
                                || LOGIN.matcher(value.asText()).matches())) {
                    found.add(path + "." + name + " = " + value.asText());
                }
                collect(value, path + "." + name, found);
            }
        }
    }

    /** DUO's event code in brackets after DUO's words, "… (SS109)", is a code beside its words. */
    private static final Pattern DUO_CODE_BESIDE_WORDS = Pattern.compile("\\(SS\\d{3}\\)");

    private static boolean readable(String field) {
        return List.of("omschrijving", "toelichting", "naam").contains(field) || field.endsWith("Naam")
                || field.endsWith("Omschrijving");
    }

    private static Map<String, String> pairs(JsonNode rows, String code, String words) {
        var pairs = new java.util.LinkedHashMap<String, String>();
        rows.forEach(row -> pairs.put(row.get(code).asText(), row.get(words).asText()));
        return pairs;
    }

    private static Map<String, String> counts(JsonNode rows) {
        var counts = new java.util.LinkedHashMap<String, String>();
        rows.forEach(row -> counts.put(row.get("code").asText(),
                row.get("omschrijving").asText() + " " + row.get("aantal").asLong()));
        return counts;
    }
}
