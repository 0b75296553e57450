package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.zaak.Doelgroep;

/**
 * The JSON API behind /regie: the KPI arithmetic on known data in a year no other test writes to; the
 * deadline list with a PIP that is late after moving the clock; filters, sorting and bad input; CSV;
 * and who may see what (a consulent 403, a coordinator only their gemeenten, nobody anonymous).
 */
class RegieApiTest extends ScenarioTest {

    /** Medemblik: in the coordinator's Westfriesland, used by no scenario test. */
    private static final String MEDEMBLIK = "GM0420";
    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate CLOSED = LocalDate.of(2025, 1, 1);

    private RegieData data;

    @BeforeEach
    void regieData() {
        data = new RegieData(jdbc);
    }

    @Test
    void kpisOnKnownData() throws Exception {
        // brede intake: 3 of 4 due in 2024 met in time; a cancelled one and one due in 2023 do not count
        for (int day : new int[] {10, 20, 30}) {
            deadline("BREDE_INTAKE", JAN_2024.plusDays(day), "MET", JAN_2024.plusDays(day - 2));
        }
        deadline("BREDE_INTAKE", LocalDate.of(2024, 5, 1), "MET", LocalDate.of(2024, 5, 9));
        deadline("BREDE_INTAKE", LocalDate.of(2024, 6, 1), "CANCELLED", null);
        deadline("BREDE_INTAKE", LocalDate.of(2023, 12, 1), "MET", LocalDate.of(2023, 12, 20));
        // PIP: one in time (March), one still open after its due day (March)
        deadline("PIP", LocalDate.of(2024, 3, 5), "MET", LocalDate.of(2024, 3, 1));
        deadline("PIP", LocalDate.of(2024, 3, 20), "OPEN", null);
        // two progress talks in the last year: 1 of the 2 cases open at the end with a PIP of a year or older
        long twoTalks = closedCase(null);
        data.milestone(twoTalks, "PIP_ISSUED", LocalDate.of(2023, 6, 1));
        data.report(twoTalks, "VOORTGANGSGESPREK", LocalDate.of(2024, 2, 1), "{}");
        data.report(twoTalks, "VOORTGANGSGESPREK", LocalDate.of(2024, 8, 1), "{}");
        long oneTalk = closedCase(null);
        data.milestone(oneTalk, "PIP_ISSUED", LocalDate.of(2023, 6, 1));
        data.report(oneTalk, "VOORTGANGSGESPREK", LocalDate.of(2024, 2, 1), "{}");
        long closedEarlier = data.newCase(MEDEMBLIK, "ASIELMIGRANT", "B1_ROUTE", "consulent", LocalDate.of(2024, 6, 1));
        data.milestone(closedEarlier, "PIP_ISSUED", LocalDate.of(2023, 6, 1));
        // ontzorgen: 3 of 4 self-reliant
        for (boolean selfReliant : new boolean[] {true, true, true, false}) {
            data.ontzorgen(closedCase(null), LocalDate.of(2024, 4, 1), selfReliant);
        }
        // contact with work in year 1: registered in 2023, one reported contact in that year, one did not
        long work = closedCase(null);
        data.milestone(work, "BRP_REGISTERED", LocalDate.of(2023, 3, 1));
        data.report(work, "VOORTGANGSGESPREK", LocalDate.of(2023, 9, 1), "{\"werkContact\":\"ja\"}");
        long noWork = closedCase(null);
        data.milestone(noWork, "BRP_REGISTERED", LocalDate.of(2023, 3, 1));
        data.report(noWork, "VOORTGANGSGESPREK", LocalDate.of(2023, 9, 1), "{\"werkContact\":\"nee\"}");
        data.report(noWork, "VOORTGANGSGESPREK", LocalDate.of(2024, 4, 1), "{\"werkContact\":\"ja\"}");
        // obligation met within the term (B1): one of two
        long inTerm = closedCase("B1_ROUTE");
        data.termEnds(inTerm, LocalDate.of(2024, 12, 1));
        data.milestone(inTerm, "OBLIGATION_MET", LocalDate.of(2024, 10, 1));
        long afterTerm = closedCase("B1_ROUTE");
        data.termEnds(afterTerm, LocalDate.of(2024, 5, 1));
        data.milestone(afterTerm, "OBLIGATION_MET", LocalDate.of(2024, 10, 1));
        // outflow of the Z-route cohort whose term started in 2021, three years before 2024 [seed 001 §6.2]: one
        // to work, one to nothing; route mix of the PIPs of 2024
        for (String outcome : new String[] {"BETAALD_WERK", "GEEN"}) {
            long zRoute = closedCase("Z_ROUTE");
            data.term(zRoute, LocalDate.of(2021, 6, 1), null);
            data.outflow(zRoute, outcome, LocalDate.of(2024, 11, 1));
        }
        data.milestone(closedCase("Z_ROUTE"), "PIP_ISSUED", LocalDate.of(2024, 2, 1));
        data.milestone(closedCase("B1_ROUTE"), "PIP_ISSUED", LocalDate.of(2024, 2, 1));
        data.milestone(closedCase("B1_ROUTE"), "PIP_ISSUED", LocalDate.of(2024, 3, 1));

        JsonNode report = getJson("coordinator", "/api/regie/kpis?gemeente=" + MEDEMBLIK + "&van=2024-01-01&tot=2024-12-31");
        assertThat(report).hasSize(1);
        JsonNode medemblik = report.get(0);
        assertThat(medemblik.get("gemeente").asText()).isEqualTo(MEDEMBLIK);
        assertKpi(medemblik, "INTAKE_BINNEN_NORM", 3, 4, 75.0, false);
        assertKpi(medemblik, "PIP_BINNEN_NORM", 1, 2, 50.0, false);
        assertKpi(medemblik, "TWEE_VOORTGANGSGESPREKKEN", 1, 2, 50.0, false);
        assertKpi(medemblik, "FINANCIEEL_ZELFREDZAAM", 3, 4, 75.0, true);
        assertKpi(medemblik, "CONTACT_MET_WERK_JAAR_1", 1, 2, 50.0, false);
        assertKpi(medemblik, "PLICHT_BINNEN_TERMIJN_B1", 1, 2, 50.0, false);
        assertKpi(medemblik, "UITSTROOM_WERK_ONDERWIJS_Z", 1, 2, 50.0, false);
        assertKpi(medemblik, "PLICHT_BINNEN_TERMIJN_Z", 0, 0, null, null);
        assertThat(json.convertValue(medemblik.get("routeverdeling"), Map.class))
                .isEqualTo(Map.of("B1_ROUTE", 2, "Z_ROUTE", 1));
        assertThat(json.convertValue(medemblik.get("uitstroom"), Map.class)).isEqualTo(Map.of("BETAALD_WERK", 1, "GEEN", 1));
        JsonNode march = medemblik.get("pipTrend").get(2);
        assertThat(march.get("maand").asText()).isEqualTo("2024-03");
        assertThat(march.get("totaal").asInt()).isEqualTo(2);
        assertThat(march.get("binnenNorm").asInt()).isEqualTo(1);
        assertThat(medemblik.get("pipTrend")).hasSize(12);

        String csv = rest.withBasicAuth("coordinator", "demo")
                .getForObject("/api/regie/kpis.csv?gemeente=" + MEDEMBLIK + "&van=2024-01-01&tot=2024-12-31", String.class);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFgemeente;gemeenteNaam;van;tot;code");
        assertThat(csv).contains(";INTAKE_BINNEN_NORM;Brede intake binnen de norm;3;4;75.0;");
    }

    @Test
    void aPipLateAfterMovingTheClockIsInTheListForItsCoordinatorOnly() throws Exception {
        aGezinsmigrantWhosePipIsAWeekLate();

        JsonNode list = getJson("coordinator", "/api/regie/termijnen?norm=PIP&stand=TE_LAAT&grootte=500");
        JsonNode row = find(list.get("regels"), driver.caseNumber());
        assertThat(row).as("the late PIP of %s", driver.caseNumber()).isNotNull();
        assertThat(row.get("stand").asText()).isEqualTo("TE_LAAT");
        assertThat(row.get("dagenOver").asLong()).isEqualTo(-7);
        assertThat(row.get("normOmschrijving").asText()).isEqualTo("PIP vastgesteld");
        assertThat(list.get("teLaat").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(list.get("totaal").asLong())
                .as("every open norm is late, due soon, on track or paused")
                .isEqualTo(list.get("teLaat").asLong() + list.get("binnenkort").asLong() + list.get("opSchema").asLong()
                        + list.get("gepauzeerd").asLong());
        for (JsonNode any : list.get("regels")) {
            assertThat(any.get("stand").asText()).isEqualTo("TE_LAAT");
            assertThat(any.get("norm").asText()).isEqualTo("PIP");
        }
        JsonNode onTrack = getJson("coordinator", "/api/regie/termijnen?norm=PIP&stand=OP_SCHEMA&grootte=500");
        assertThat(find(onTrack.get("regels"), driver.caseNumber())).as("filtered out").isNull();

        JsonNode sorted = getJson("coordinator", "/api/regie/termijnen?sorteer=vervaldatum&richting=af&grootte=20");
        List<String> dates = sorted.get("regels").findValuesAsText("vervaldatum");
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        JsonNode page = getJson("coordinator", "/api/regie/zaken/" + driver.caseNumber());
        assertThat(page.get("klokken").findValuesAsText("norm")).contains("PIP");
        assertThat(page.get("openTaken").findValuesAsText("naam")).isNotEmpty();
        assertThat(page.get("tijdlijn").findValuesAsText("omschrijving")).contains("Ingeschreven in de BRP");
        // who has a task and who sent a message, in words: a person's or group's name, never an id or code
        for (JsonNode task : page.get("openTaken")) {
            String who = task.get("toegewezenAanNaam").isNull() ? task.get("groepNaam").asText()
                    : task.get("toegewezenAanNaam").asText();
            assertThat(who).as(task.get("naam").asText()).isIn("Anna de Vries", "Coördinatoren", "Consulenten");
        }
        assertThat(page.get("tijdlijn").findValuesAsText("soort")).doesNotContain("Bericht van GEMEENTE");
        assertThat(page.get("tijdlijn").findValuesAsText("omschrijving"))
                .noneMatch(text -> text.matches(".*(AANMELDING|[A-Z]+_[A-Z]+|\\d{4}-\\d{2}-\\d{2}).*"));

        String csv = rest.withBasicAuth("coordinator", "demo").getForObject("/api/regie/termijnen.csv?norm=PIP&stand=TE_LAAT",
                String.class);
        assertThat(csv).contains(driver.caseNumber() + ";").contains(";TE_LAAT;");

        // Het Hogeland's consulent's coordinator does not exist in the demo; Westfriesland's coordinator sees
        // no case of Het Hogeland, and the case page of one answers 404
        var hogeland = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT, "GM1966"));
        assertThat(rest.withBasicAuth("coordinator", "demo")
                .getForEntity("/api/regie/zaken/" + hogeland.caseNumber(), String.class).getStatusCode().value())
                .isEqualTo(404);
        JsonNode all = getJson("coordinator", "/api/regie/termijnen?grootte=500&gemeente=GM1966");
        assertThat(all.get("totaal").asLong()).as("not one of the coordinator's gemeenten").isZero();
    }

    /**
     * The standard "all a user sees is Dutch, in words, not codes": each code of the case page, the list,
     * its CSV and the filter choices comes with its word — the gemeente's name (table gemeente, seed
     * V1000__demo_gemeenten: GM0405 is Hoorn), the label of the enumeration that owns the concept, the
     * consulent's name from the identity service (demo user consulent is Anna de Vries) — and dates inside
     * texts read dd-mm-jjjj. The codes stay beside them for programs and spreadsheets.
     */
    @Test
    void codesComeWithTheWordsAUserReads() throws Exception {
        long caseId = data.newCase(Aanmeldingen.HOORN, "GEZINSMIGRANT", "B1_ROUTE", "consulent", null);
        jdbc.sql("UPDATE integration_case SET phase = 'BREDE_INTAKE' WHERE id = ?").param(caseId).update();
        LocalDate due = TestDates.today().minusDays(2);
        data.deadline(caseId, "PIP", 1, due, "OPEN", null);
        data.approvedPip(caseId, "B1_ROUTE", "B1", TestDates.today(), "consulent", "coordinator");
        String caseNumber = data.caseNumber(caseId);

        JsonNode page = getJson("coordinator", "/api/regie/zaken/" + caseNumber);
        JsonNode pip = page.get("pipVersies").get(0);
        assertThat(pip.get("statusOmschrijving").asText()).isEqualTo("Vastgesteld");
        assertThat(pip.get("leerrouteOmschrijving").asText()).isEqualTo("B1-route");
        assertThat(pip.get("opgesteldDoorNaam").asText()).isEqualTo("Anna de Vries");
        assertThat(pip.get("beoordeeldDoorNaam").asText()).as("demo user coordinator").isEqualTo("Carla Jansen");
        assertThat(page.get("tijdlijn").findValuesAsText("doorNaam")).contains("Carla Jansen");
        assertThat(page.get("gemeente").asText()).isEqualTo("GM0405");
        assertThat(page.get("gemeenteNaam").asText()).isEqualTo("Hoorn");
        assertThat(page.get("doelgroepOmschrijving").asText()).isEqualTo("Gezinsmigrant");
        assertThat(page.get("faseOmschrijving").asText()).isEqualTo("Brede intake");
        assertThat(page.get("consulent").asText()).isEqualTo("consulent");
        assertThat(page.get("consulentNaam").asText()).isEqualTo("Anna de Vries");
        assertThat(page.get("leerrouteOmschrijving").asText()).isEqualTo("B1-route");
        assertThat(page.get("tijdlijn").findValuesAsText("omschrijving"))
                .contains("PIP vastgesteld: termijn loopt tot " + DutchDate.format(due));

        JsonNode list = getJson("coordinator", "/api/regie/termijnen?gemeente=GM0405&grootte=500");
        JsonNode row = find(list.get("regels"), caseNumber);
        assertThat(row.get("consulentNaam").asText()).isEqualTo("Anna de Vries");
        assertThat(row.get("doelgroepOmschrijving").asText()).isEqualTo("Gezinsmigrant");
        assertThat(row.get("leerrouteOmschrijving").asText()).isEqualTo("B1-route");
        assertThat(row.get("standOmschrijving").asText()).isEqualTo("te laat");

        String csv = rest.withBasicAuth("coordinator", "demo")
                .getForObject("/api/regie/termijnen.csv?gemeente=GM0405&consulent=consulent", String.class);
        assertThat(csv.lines().findFirst().orElseThrow()).contains(
                "stand;standOmschrijving;consulent;consulentNaam;doelgroep;doelgroepOmschrijving;leerroute;leerrouteOmschrijving");
        assertThat(csv.lines().filter(line -> line.startsWith(caseNumber + ";")).findFirst().orElseThrow())
                .contains(";Hoorn;PIP;PIP vastgesteld;")
                .endsWith(";TE_LAAT;te laat;consulent;Anna de Vries;GEZINSMIGRANT;Gezinsmigrant;B1_ROUTE;B1-route;0");

        JsonNode choices = getJson("coordinator", "/api/regie/keuzes");
        assertThat(choices.get("consulenten").toString()).as("the ids, as before").contains("\"consulent\"");
        assertThat(pairs(choices.get("consulentKeuzes"))).containsEntry("consulent", "Anna de Vries");
        assertThat(pairs(choices.get("gemeenten"))).containsEntry("GM0405", "Hoorn");
        assertThat(pairs(choices.get("doelgroepen"))).containsEntry("GEZINSMIGRANT", "Gezinsmigrant");
        assertThat(pairs(choices.get("leerroutes"))).containsEntry("B1_ROUTE", "B1-route");
        assertThat(pairs(choices.get("normen"))).containsEntry("PIP", "PIP vastgesteld");
        assertThat(pairs(choices.get("uitstroom"))).containsEntry("BETAALD_WERK", "Betaald werk");
        // the filters keep taking codes
        assertThat(find(getJson("coordinator", "/api/regie/termijnen?doelgroep=GEZINSMIGRANT&consulent=consulent"
                + "&leerroute=B1_ROUTE&grootte=500").get("regels"), caseNumber)).isNotNull();
    }

    private static Map<String, String> pairs(JsonNode choices) {
        var pairs = new java.util.LinkedHashMap<String, String>();
        choices.forEach(choice -> pairs.put(choice.get("code").asText(), choice.get("naam").asText()));
        return pairs;
    }

    /**
     * A name typed as a spreadsheet formula (OWASP, "CSV Injection") reaches the CSV as text: a single quote
     * before it; the days late the application computes stay a negative number.
     */
    @Test
    void aFormulaInANameIsTextInTheCsv() throws Exception {
        var body = Aanmeldingen.json(TestBsn.next());
        body.put("voornamen", "=HYPERLINK(\"http://x\",\"klik\")");
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        var created = rest.withBasicAuth("consulent", "demo").postForEntity("/api/aanmeldingen",
                new org.springframework.http.HttpEntity<>(body, headers), String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String caseNumber = json.readTree(created.getBody()).get("zaaknummer").asText();
        long caseId = jdbc.sql("SELECT id FROM integration_case WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single();
        data.deadline(caseId, "NAZORG", 1, TestDates.today().minusDays(3), "OPEN", null);

        String csv = rest.withBasicAuth("coordinator", "demo").getForObject("/api/regie/termijnen.csv?stand=TE_LAAT",
                String.class);
        String row = csv.lines().filter(line -> line.startsWith(caseNumber + ";")).findFirst().orElseThrow();
        assertThat(row).contains(";\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\") Testpersoon\";")
                .contains(";-3;TE_LAAT;");
    }

    @Test
    void onlyCoordinatorsAndNeverAnonymously() throws Exception {
        assertThat(rest.withBasicAuth("consulent", "demo").getForEntity("/api/regie/termijnen", String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(rest.withBasicAuth("analist", "demo").getForEntity("/api/regie/kpis", String.class)
                .getStatusCode().value()).isEqualTo(403);
        var anonymous = rest.getForEntity("/api/regie/termijnen", String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getBody()).contains("Niet aangemeld");
        for (String page : List.of("/regie/", "/regie/index.html", "/regie/zaak?nummer=x", "/webjars/chart.js/dist/chart.umd.js")) {
            var answer = anonymously(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/regie/inloggen");
        }
        assertThat(rest.getForEntity("/regie/inloggen", String.class).getBody()).contains("Gebruikersnaam")
                .contains("name=\"_csrf\"");
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/webjars/chart.js/dist/chart.umd.js",
                String.class).getStatusCode().value()).isEqualTo(200);
    }

    /** Issue 16, point 11: the pages run only the application's own scripts, whatever a name holds. */
    @Test
    void everyRegiePageCarriesAContentSecurityPolicy() {
        for (String page : List.of("/regie/inloggen", "/regie/", "/regie/zaak?nummer=x", "/api/regie/termijnen")) {
            var answer = rest.withBasicAuth("coordinator", "demo").getForEntity(page, String.class);
            assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).as(page)
                    .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
        }
    }

    @Test
    void badFiltersGetADutchMessagePerField() throws Exception {
        for (var bad : Map.of("stand=LAAT", "stand", "sorteer=naam", "sorteer", "grootte=0", "grootte",
                "pagina=-1", "pagina", "richting=omhoog", "richting", "pagina=twee", "pagina",
                "grootte=\uFF12\uFF10", "grootte").entrySet()) {
            var answer = rest.withBasicAuth("coordinator", "demo").getForEntity("/api/regie/termijnen?" + bad.getKey(),
                    String.class);
            assertThat(answer.getStatusCode().value()).as(bad.getKey()).isEqualTo(400);
            assertThat(json.readTree(answer.getBody()).get("velden").has(bad.getValue())).as(bad.getKey()).isTrue();
        }
        var period = rest.withBasicAuth("coordinator", "demo").getForEntity("/api/regie/kpis?van=2024-12-31&tot=2024-01-01",
                String.class);
        assertThat(period.getStatusCode().value()).isEqualTo(400);
        assertThat(period.getBody()).contains("De begindatum ligt na de einddatum");
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/api/regie/kpis?van=gisteren", String.class)
                .getBody()).contains("typ de datum als dd-mm-jjjj");
    }

    /** A request without login that does not follow redirects. */
    private java.net.http.HttpResponse<String> anonymously(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(rest.getRootUri() + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private long closedCase(String leerroute) {
        return data.newCase(MEDEMBLIK, "ASIELMIGRANT", leerroute, "consulent", CLOSED);
    }

    /** A norm of a case of its own; an open norm is one of an open case (termijn.CaseClockChanges). */
    private void deadline(String norm, LocalDate due, String status, LocalDate metOn) {
        long caseId = status.equals("OPEN") ? data.newCase(MEDEMBLIK, "ASIELMIGRANT", null, "consulent", null)
                : closedCase(null);
        data.deadline(caseId, norm, 1, due, status, metOn);
    }

    private void assertKpi(JsonNode report, String code, long part, long all, Double percentage, Boolean met) {
        JsonNode kpi = null;
        for (JsonNode candidate : report.get("kpis")) {
            if (candidate.get("code").asText().equals(code)) {
                kpi = candidate;
            }
        }
        assertThat(kpi).as(code).isNotNull();
        assertThat(kpi.get("teller").asLong()).as(code + " teller").isEqualTo(part);
        assertThat(kpi.get("noemer").asLong()).as(code + " noemer").isEqualTo(all);
        assertThat(kpi.get("percentage").isNull() ? null : kpi.get("percentage").asDouble()).as(code).isEqualTo(percentage);
        assertThat(kpi.get("gehaald").isNull() ? null : kpi.get("gehaald").asBoolean()).as(code + " gehaald").isEqualTo(met);
    }

    private static JsonNode find(JsonNode rows, String caseNumber) {
        for (JsonNode row : rows) {
            if (row.get("zaaknummer").asText().equals(caseNumber)) {
                return row;
            }
        }
        return null;
    }

    /** The deadline list finds a case by its number or part of a surname, as Mijn zaken does; a search too long is refused. */
    @Test
    void theDeadlineListFindsACaseByNumberOrSurname() throws Exception {
        var data = new RegieData(jdbc);
        long aCase = data.newCase("GM0405", "GEZINSMIGRANT", null, "consulent", null);
        data.deadline(aCase, "PIP", 1, TestDates.today().plusDays(20), "OPEN", null);
        String number = data.caseNumber(aCase);

        JsonNode byNumber = getJson("coordinator", "/api/regie/termijnen?zoek=" + number);
        assertThat(byNumber.get("totaal").asLong()).isEqualTo(1);
        assertThat(byNumber.get("regels").get(0).get("zaaknummer").asText()).isEqualTo(number);
        assertThat(getJson("coordinator", "/api/regie/termijnen?grootte=500&zoek=REGI").get("regels").findValuesAsText("zaaknummer"))
                .as("part of the surname, in any case").contains(number);
        assertThat(getJson("coordinator", "/api/regie/termijnen?zoek=%25").get("totaal").asLong())
                .as("a wildcard is a character, not a pattern").isZero();
        var tooLong = rest.withBasicAuth("coordinator", "demo").getForEntity("/api/regie/termijnen?zoek=" + "x".repeat(101),
                String.class);
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(tooLong.getBody()).path("velden").path("zoek").asText()).contains("ten hoogste 100 tekens");
    }
}
