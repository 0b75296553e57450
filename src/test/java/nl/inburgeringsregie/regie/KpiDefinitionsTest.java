package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;

/**
 * Issue 18, error 11: the KPIs a coordinator reports to the council, on a data set where every edge occurs
 * (met in time, met late, not met, term extended, closed early, moved away, after-care, two outflow moments),
 * each KPI as DOMAIN.md "KPI definitions" defines it and with the targets the seeds give per gemeente
 * (Westfriesland [seed 001] §6.1/6.2, Het Hogeland [seed 004] "Concrete meetbare doelen"). Each gemeente and
 * year here is written to by no other test: Opmeer in 2022 (a Westfriesland gemeente the coordinator sees),
 * Het Hogeland's closing talks in 2022, and a test gemeente of its own.
 */
class KpiDefinitionsTest extends ScenarioTest {

    /** Opmeer: in the coordinator's Westfriesland, used by no other test. */
    private static final String OPMEER = "GM0431";
    private static final String HET_HOGELAND = "GM1966";
    private static final String PERIOD = "van=2022-01-01&tot=2022-12-31";

    @Autowired
    private KpiReport kpiReport;

    private RegieData data;

    @BeforeEach
    void regieData() {
        data = new RegieData(jdbc);
    }

    /**
     * DOMAIN.md: "cases in schakel 4 during the whole 12 months before the period's end"; seed 004: "Met alle
     * statushouders wordt minimaal 2x per jaar een uitgebreid voortgangsgesprek … gehouden". A case in
     * completion or after-care (DUO decided the obligation is met) has no progress talks and is not counted,
     * nor one that moved away or got its PIP during the year.
     */
    @Test
    void twoProgressTalksCountOnlyCasesInSchakel4TheWholeYear() throws Exception {
        long twoTalks = openCase(null);
        data.milestone(twoTalks, "PIP_ISSUED", LocalDate.of(2021, 6, 1));
        data.report(twoTalks, "VOORTGANGSGESPREK", LocalDate.of(2022, 3, 1), "{}");
        data.report(twoTalks, "VOORTGANGSGESPREK", LocalDate.of(2022, 9, 1), "{}");
        long oneTalk = openCase(null);
        data.milestone(oneTalk, "PIP_ISSUED", LocalDate.of(2021, 6, 1));
        data.report(oneTalk, "VOORTGANGSGESPREK", LocalDate.of(2022, 3, 1), "{}");
        long inAftercare = openCase(null);
        data.milestone(inAftercare, "PIP_ISSUED", LocalDate.of(2020, 1, 1));
        data.milestone(inAftercare, "OBLIGATION_MET", LocalDate.of(2021, 11, 1));
        data.phase(inAftercare, "NAZORG", null);
        long metDuringTheYear = openCase(null);
        data.milestone(metDuringTheYear, "PIP_ISSUED", LocalDate.of(2021, 1, 1));
        data.milestone(metDuringTheYear, "OBLIGATION_MET", LocalDate.of(2022, 5, 1));
        data.report(metDuringTheYear, "VOORTGANGSGESPREK", LocalDate.of(2022, 2, 1), "{}");
        data.phase(metDuringTheYear, "AFRONDEN", null);
        long movedAway = data.newCase(OPMEER, "ASIELMIGRANT", null, "consulent", LocalDate.of(2022, 6, 1));
        data.milestone(movedAway, "PIP_ISSUED", LocalDate.of(2021, 6, 1));
        data.milestone(movedAway, "MOVED_AWAY", LocalDate.of(2022, 6, 1));
        data.phase(movedAway, "CLOSED", "VERHUISD");
        long pipDuringTheYear = openCase(null);
        data.milestone(pipDuringTheYear, "PIP_ISSUED", LocalDate.of(2022, 2, 1));

        assertKpi(opmeer(), "TWEE_VOORTGANGSGESPREKKEN", 1, 2, 50.0);
    }

    /**
     * Seed 001 §6.2: "75% van de inburgeraars heeft voldaan aan hun inburgeringsplicht binnen de wettelijke
     * termijn" (B1-route) — the share of all inburgeraars whose term (with DUO's extension, SS103/SS104) ended
     * in the period: met in time, met late and not met alike. Who moved away before the end (the new gemeente
     * continues the case, SS121) or whose obligation ended otherwise (SS109–SS111) has no term ending here.
     */
    @Test
    void obligationMetWithinTheTermCountsEveryCaseWhoseTermEndedInThePeriod() throws Exception {
        term(LocalDate.of(2022, 3, 1), "OBLIGATION_MET", LocalDate.of(2022, 1, 15));  // met in time
        term(LocalDate.of(2022, 4, 1), "OBLIGATION_MET", LocalDate.of(2022, 6, 1));   // met late
        term(LocalDate.of(2022, 5, 1), null, null);                                   // not met
        term(LocalDate.of(2022, 10, 1), null, null);                                  // not met
        term(LocalDate.of(2022, 9, 1), "OBLIGATION_MET", LocalDate.of(2021, 5, 1));   // met early, in time
        long extended = term(LocalDate.of(2022, 2, 1), "OBLIGATION_MET", LocalDate.of(2022, 8, 1));
        data.milestone(extended, "TERM_EXTENDED", LocalDate.of(2023, 2, 1));          // ends in 2023 now
        term(LocalDate.of(2023, 6, 1), "OBLIGATION_MET", LocalDate.of(2022, 7, 1));   // term ends in 2023
        term(LocalDate.of(2022, 7, 1), "MOVED_AWAY", LocalDate.of(2022, 3, 1));       // moved away first
        term(LocalDate.of(2022, 8, 1), "OBLIGATION_ENDED", LocalDate.of(2021, 10, 1)); // closed early (SS110)

        assertKpi(opmeer(), "PLICHT_BINNEN_TERMIJN_B1", 2, 5, 40.0);
    }

    /**
     * Seed 001 §6.2: "Bij de Z-route: tenminste 65% van de inburgeraars is na 3 jaar uitgestroomd naar
     * werk/onderwijs" — the cohort whose term started 36–48 months before the period's end (DOMAIN.md), each
     * person once, by the latest outflow recorded (at completion or at the end of after-care).
     */
    @Test
    void outflowCountsEachPersonOnceInTheCohortWhoseTermStartedThreeYearsBefore() throws Exception {
        long twice = zRoute(LocalDate.of(2019, 2, 1));
        data.outflow(twice, "AFRONDING", "BETAALD_WERK", LocalDate.of(2022, 2, 1));
        data.outflow(twice, "EINDE_NAZORG", "BETAALD_WERK", LocalDate.of(2022, 10, 1));
        data.outflow(zRoute(LocalDate.of(2019, 5, 1)), "AFRONDING", "GEEN", LocalDate.of(2022, 3, 1));
        zRoute(LocalDate.of(2019, 6, 1));                                            // no outflow yet
        data.outflow(zRoute(LocalDate.of(2020, 6, 1)), "AFRONDING", "ONDERWIJS", LocalDate.of(2022, 6, 1));
        long movedAway = zRoute(LocalDate.of(2019, 7, 1));
        data.milestone(movedAway, "MOVED_AWAY", LocalDate.of(2020, 5, 1));

        JsonNode opmeer = opmeer();
        assertKpi(opmeer, "UITSTROOM_WERK_ONDERWIJS_Z", 1, 3, 33.3);
        assertThat(json.convertValue(opmeer.get("uitstroom"), Map.class)).as("once per person")
                .isEqualTo(Map.of("BETAALD_WERK", 1, "GEEN", 1, "ONDERWIJS", 1));
    }

    /**
     * Seed 001 §6.2: "Gedurende het eerste jaar komt 80% van de inburgeraars in aanraking met werk". The talk
     * after the first year asks about contact "sinds het vorige gesprek"; its date of contact decides, not
     * the talk's. Who moved away within the first year is the new gemeente's.
     */
    @Test
    void workContactInYear1CountsTheDayOfTheContactNotOfTheTalk() throws Exception {
        long atTheTalk = brp(LocalDate.of(2021, 2, 1));
        data.report(atTheTalk, "VOORTGANGSGESPREK", LocalDate.of(2021, 10, 1), "{\"werkContact\":\"ja\"}");
        long toldLater = brp(LocalDate.of(2021, 2, 1));
        data.report(toldLater, "VOORTGANGSGESPREK", LocalDate.of(2021, 10, 1), "{\"werkContact\":\"nee\"}");
        data.report(toldLater, "VOORTGANGSGESPREK", LocalDate.of(2022, 4, 1),
                "{\"werkContact\":\"ja\",\"werkContactDatum\":\"2021-12-15\"}");
        long inYear2 = brp(LocalDate.of(2021, 2, 1));
        data.report(inYear2, "VOORTGANGSGESPREK", LocalDate.of(2022, 4, 1),
                "{\"werkContact\":\"ja\",\"werkContactDatum\":\"2022-03-01\"}");
        long movedAway = brp(LocalDate.of(2021, 3, 1));
        data.milestone(movedAway, "MOVED_AWAY", LocalDate.of(2021, 8, 1));
        brp(LocalDate.of(2020, 6, 1));                                              // registered before the cohort

        assertKpi(opmeer(), "CONTACT_MET_WERK_JAAR_1", 2, 3, 66.7);
    }

    /**
     * The talk after the first year reports contact "sinds het vorige gesprek": the form asks the day of that contact
     * (werkContactDatum, typed dd-mm-jjjj) and the case file keeps it as a date, for the KPI above.
     */
    @Test
    void theProgressTalkRecordsTheDayOfTheWorkContact() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        LocalDate talk = TODAY.plusMonths(6).minusDays(3);
        driver.travelTo(talk, 9);
        LocalDate contact = talk.minusMonths(2);
        driver.consulent(InburgerenProcess.TASK_VOORTGANGSGESPREK_VOEREN, "voortgangsgesprekDatum", DutchDate.format(talk),
                "voortgangTaal", "Gaat goed", "voortgangParticipatie", "Stage", "werkContact", "ja",
                "werkContactDatum", DutchDate.format(contact), "voortgangAfspraken", "Examens plannen",
                "pipWijzigingNodig", "nee", "verplichtingenVerwijtbaarNietNagekomen", "nee");

        assertThat(report("VOORTGANGSGESPREK")).singleElement().asString()
                .contains("\"werkContact\":\"ja\"", "\"werkContactDatum\":\"" + contact + "\"");
    }

    /**
     * Targets are gemeente configuration (table gemeente_kpi_target; demo V1007): Westfriesland expects 75 % to be
     * financially self-reliant [001: "Na 6 maanden is 75% van de inburgeraars in staat om hun financiën te
     * beheren"], Het Hogeland 80 % [004: "Op basis van de huidige groep is de verwachting dat dit 80% zal
     * zijn"]; Het Hogeland sets no target for the routes, so none is shown. The week norms' labels read the
     * gemeente's own periods (gemeente_norm).
     */
    @Test
    void targetsAndNormLabelsAreTheGemeentesConfiguration() throws Exception {
        for (boolean selfReliant : new boolean[] {true, true, true, false}) {
            data.ontzorgen(data.newCase(HET_HOGELAND, "ASIELMIGRANT", null, "consulent", null), LocalDate.of(2022, 4, 1),
                    selfReliant);
            data.ontzorgen(openCase(null), LocalDate.of(2022, 4, 1), selfReliant);
        }
        JsonNode opmeer = opmeer();
        assertKpi(opmeer, "FINANCIEEL_ZELFREDZAAM", 3, 4, 75.0);
        assertThat(kpi(opmeer, "FINANCIEEL_ZELFREDZAAM").get("gehaald").asBoolean()).isTrue();
        assertThat(kpi(opmeer, "FINANCIEEL_ZELFREDZAAM").get("normPercentage").asDouble()).isEqualTo(75.0);

        var hogeland = kpiReport.report(Set.of(HET_HOGELAND), HET_HOGELAND, LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31)).get(0);
        var selfReliance = find(hogeland, "FINANCIEEL_ZELFREDZAAM");
        assertThat(selfReliance.percentage()).isEqualTo(75.0);
        assertThat(selfReliance.normPercentage()).isEqualTo(80.0);
        assertThat(selfReliance.norm()).isEqualTo("80 %");
        assertThat(selfReliance.gehaald()).isFalse();
        var routeTarget = find(hogeland, "PLICHT_BINNEN_TERMIJN_B1");
        assertThat(routeTarget.normPercentage()).isNull();
        assertThat(routeTarget.norm()).isEqualTo("geen streefwaarde vastgesteld");
        assertThat(routeTarget.gehaald()).isNull();

        jdbc.sql("INSERT INTO gemeente (code, name) VALUES ('GM9996', 'Kpi-testgemeente')").update();
        jdbc.sql("INSERT INTO gemeente_norm (gemeente_code, norm, period) VALUES ('GM9996', 'BREDE_INTAKE', 'P3W')").update();
        jdbc.sql("INSERT INTO gemeente_norm (gemeente_code, norm, period) VALUES ('GM9996', 'PIP', 'P2M')").update();
        var own = kpiReport.report(Set.of("GM9996"), null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)).get(0);
        assertThat(find(own, "INTAKE_BINNEN_NORM").norm()).isEqualTo("binnen 3 weken na inschrijving in de BRP");
        assertThat(find(own, "PIP_BINNEN_NORM").norm()).isEqualTo("binnen 2 maanden na BRP-inschrijving of melding DUO");
        assertThat(find(own, "INTAKE_BINNEN_NORM").normPercentage()).as("no target configured").isNull();
    }

    /**
     * A case suspended by a temporary exemption stands still [issue 18, error 1; DUO's Gebeurtenissen.md, SS109 under
     * "Intrekken Inburgeringsplicht"; DOMAIN.md "We keep such a case suspended (clocks paused …)"]: its open PIP norm
     * is paused, not due, so it is not in the PIP KPI while the case stands still; a case suspended during the 12
     * months was not in schakel 4 the whole year, so it is not in the progress-talk KPI (docs/coordinator.md).
     */
    @Test
    void aSuspendedCaseIsNotCountedWhileItsClocksStandStill() {
        jdbc.sql("INSERT INTO gemeente (code, name) VALUES ('GM9995', 'Vrijstelling-testgemeente')").update();
        jdbc.sql("INSERT INTO gemeente_norm (gemeente_code, norm, period) VALUES ('GM9995', 'BREDE_INTAKE', 'P4W')").update();
        jdbc.sql("INSERT INTO gemeente_norm (gemeente_code, norm, period) VALUES ('GM9995', 'PIP', 'P10W')").update();
        long running = data.newCase("GM9995", "ASIELMIGRANT", null, "consulent", null);
        data.deadline(running, "PIP", 1, LocalDate.of(2023, 4, 1), "MET", LocalDate.of(2023, 3, 20));
        data.milestone(running, "PIP_ISSUED", LocalDate.of(2022, 1, 1));
        data.report(running, "VOORTGANGSGESPREK", LocalDate.of(2023, 3, 1), "{}");
        data.report(running, "VOORTGANGSGESPREK", LocalDate.of(2023, 9, 1), "{}");
        long suspended = data.newCase("GM9995", "ASIELMIGRANT", null, "consulent", null);
        data.deadline(suspended, "PIP", 1, LocalDate.of(2023, 5, 1), "OPEN", null);
        data.suspension(suspended, LocalDate.of(2023, 3, 1), null);
        long suspendedInTheYear = data.newCase("GM9995", "ASIELMIGRANT", null, "consulent", null);
        data.milestone(suspendedInTheYear, "PIP_ISSUED", LocalDate.of(2022, 1, 1));
        data.suspension(suspendedInTheYear, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 1));

        var report = kpiReport.report(Set.of("GM9995"), null, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).get(0);

        assertThat(find(report, "PIP_BINNEN_NORM").noemer()).as("the paused PIP norm is not due").isEqualTo(1);
        assertThat(find(report, "PIP_BINNEN_NORM").teller()).isEqualTo(1);
        assertThat(find(report, "TWEE_VOORTGANGSGESPREKKEN").noemer()).as("only the case in schakel 4 all year")
                .isEqualTo(1);
        assertThat(find(report, "TWEE_VOORTGANGSGESPREKKEN").teller()).isEqualTo(1);
    }

    /** Issue 18, 11: every KPI states its numerator, denominator and period, in the API and in the CSV. */
    @Test
    void everyKpiStatesItsNumeratorDenominatorAndPeriod() throws Exception {
        JsonNode opmeer = opmeer();
        for (JsonNode kpi : opmeer.get("kpis")) {
            String code = kpi.get("code").asText();
            assertThat(kpi.get("tellerOmschrijving").asText()).as(code).isNotBlank();
            assertThat(kpi.get("noemerOmschrijving").asText()).as(code).isNotBlank();
            assertThat(kpi.get("periodeOmschrijving").asText()).as(code).matches(".*\\d{2}-\\d{2}-\\d{4} t/m \\d{2}-\\d{2}-\\d{4}.*");
            assertThat(kpi.get("periodeVan").asText()).as(code).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        JsonNode outflow = kpi(opmeer, "UITSTROOM_WERK_ONDERWIJS_Z");
        assertThat(outflow.get("periodeVan").asText()).isEqualTo("2019-01-01");
        assertThat(outflow.get("periodeTot").asText()).isEqualTo("2019-12-31");
        assertThat(outflow.get("periodeOmschrijving").asText())
                .isEqualTo("inburgeringstermijn gestart van 01-01-2019 t/m 31-12-2019");
        JsonNode talks = kpi(opmeer, "TWEE_VOORTGANGSGESPREKKEN");
        assertThat(talks.get("periodeVan").asText()).isEqualTo("2022-01-01");
        assertThat(kpi(opmeer, "CONTACT_MET_WERK_JAAR_1").get("periodeOmschrijving").asText())
                .isEqualTo("ingeschreven in de BRP van 01-01-2021 t/m 31-12-2021");

        String csv = rest.withBasicAuth("coordinator", "demo")
                .getForObject("/api/regie/kpis.csv?gemeente=" + OPMEER + "&" + PERIOD, String.class);
        assertThat(csv.lines().findFirst().orElseThrow()).contains(
                ";teller;noemer;percentage;norm;gehaald;tellerOmschrijving;noemerOmschrijving;periodeVan;periodeTot;periodeOmschrijving");
        assertThat(csv).contains(";2019-01-01;2019-12-31;inburgeringstermijn gestart van 01-01-2019 t/m 31-12-2019");
    }

    private JsonNode opmeer() throws Exception {
        JsonNode report = getJson("coordinator", "/api/regie/kpis?gemeente=" + OPMEER + "&" + PERIOD);
        assertThat(report).hasSize(1);
        return report.get(0);
    }

    private long openCase(String leerroute) {
        return data.newCase(OPMEER, "ASIELMIGRANT", leerroute, "consulent", null);
    }

    /** A B1-route case whose term ends on the day given, with a milestone (what DUO decided, a move) or none. */
    private long term(LocalDate end, String milestone, LocalDate on) {
        boolean closes = "MOVED_AWAY".equals(milestone) || "OBLIGATION_ENDED".equals(milestone);
        long caseId = data.newCase(OPMEER, "ASIELMIGRANT", "B1_ROUTE", "consulent", closes ? on : null);
        data.term(caseId, end.minusYears(3), end);
        if (milestone != null) {
            data.milestone(caseId, milestone, on);
        }
        if (closes) {
            data.phase(caseId, "CLOSED", "MOVED_AWAY".equals(milestone) ? "VERHUISD" : "INGETROKKEN");
        }
        return caseId;
    }

    private long zRoute(LocalDate termStart) {
        long caseId = openCase("Z_ROUTE");
        data.term(caseId, termStart, null);
        return caseId;
    }

    private long brp(LocalDate on) {
        long caseId = openCase(null);
        data.milestone(caseId, "BRP_REGISTERED", on);
        return caseId;
    }

    private static KpiReport.Kpi find(KpiReport.GemeenteKpis report, String code) {
        return report.kpis().stream().filter(kpi -> kpi.code().equals(code)).findFirst().orElseThrow();
    }

    private static JsonNode kpi(JsonNode report, String code) {
        for (JsonNode candidate : report.get("kpis")) {
            if (candidate.get("code").asText().equals(code)) {
                return candidate;
            }
        }
        throw new AssertionError("no KPI " + code);
    }

    private static void assertKpi(JsonNode report, String code, long part, long all, Double percentage) {
        JsonNode kpi = kpi(report, code);
        assertThat(kpi.get("teller").asLong()).as(code + " teller").isEqualTo(part);
        assertThat(kpi.get("noemer").asLong()).as(code + " noemer").isEqualTo(all);
        assertThat(kpi.get("percentage").isNull() ? null : kpi.get("percentage").asDouble()).as(code).isEqualTo(percentage);
    }
}
