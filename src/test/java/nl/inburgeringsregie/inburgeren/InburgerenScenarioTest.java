package nl.inburgeringsregie.inburgeren;

import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;

import nl.inburgeringsregie.afronding.process.AfrondenEnNazorgProcess;

import nl.inburgeringsregie.inburgeren.process.InburgerenVariables;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.afronding.Outflow;
import nl.inburgeringsregie.afronding.OutflowService;
import nl.inburgeringsregie.zaak.CaseRepository;
import nl.inburgeringsregie.zaak.ClosureReason;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.MilestoneRepository;
import nl.inburgeringsregie.zaak.RecordedMilestone;
import nl.inburgeringsregie.termijn.Deadline;
import nl.inburgeringsregie.termijn.DeadlineService;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.termijn.NormBreach;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.handhaving.SanctionService;
import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipService;
import nl.inburgeringsregie.pip.PipStatus;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.CaseRecords;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;

/**
 * Schakels 4 and 5 through the real models with clock travel: each route for three years (B1 with exams
 * from DUO and the consulent, Z with hours and the eindgesprek, onderwijsroute with the taalschakeltraject),
 * progress talks every six months with reminder and escalation, MAP and PVT to DUO, PIP changes (A2 after
 * 600 hours, a route switch that restarts the route, never a new term), enforcement with the asielmigrant
 * exception, the term clock moved by DUO's extension, and DUO's decisions that complete or close the case.
 */
@IntegrationTest
class InburgerenScenarioTest {

    private static final LocalDate TODAY = TestDates.today();
    private static final LocalDate BRP = TODAY.minusDays(2);

    @Autowired
    ProcessEngine engine;
    @Autowired
    AanmeldingService aanmeldingen;
    @Autowired
    CaseRepository cases;
    @Autowired
    MilestoneRepository milestones;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    PipService pips;
    @Autowired
    SanctionService sanctions;
    @Autowired
    OutflowService outflow;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate rest;

    private CaseDriver driver;

    private CaseRecords records;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        records = new CaseRecords(cases, milestones, jdbc);
    }

    @AfterEach
    void reset() {
        CaseDriver.resetClock();
        BpmnAwareTests.reset();
    }

    /** Persona 3 (Syrian doctor): the B1-route from the PIP to completion and after-care, three years and more. */
    @Test
    void b1RouteFromPipToCompletionAndAfterCare() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        assertThat(schakel4()).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN, TASK_EXAMENUITSLAG_VASTLEGGEN, TASK_EINDGESPREK_MAP, TASK_PVT_VASTLEGGEN);
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).isEqualTo(TODAY.plusMonths(6));
        assertThat(deadline(Norm.INBURGERINGSTERMIJN).dueOn()).as("three years from the day after the PIP")
                .isEqualTo(TODAY.plusYears(3));

        // exam results: two from DUO (SS199), three entered by the consulent
        driver.correlate(MESSAGE_DUO_EXAMENUITSLAG, "examenOnderdeel", "LE", "examenNiveau", "B1", "examenDatum", TODAY.toString(),
                "examenResultaat", "Geslaagd");
        driver.correlate(MESSAGE_DUO_EXAMENUITSLAG, "examenOnderdeel", "LU", "examenNiveau", "A2", "examenDatum", TODAY.toString(),
                "examenResultaat", "Geslaagd");
        assertThat(schakel4()).as("A2 is below the PIP's B1").isWaitingAt(TASK_EXAMENUITSLAG_VASTLEGGEN);
        for (String part : List.of("LU", "SC", "SP")) {
            driver.recordExam(part, "B1", "Geslaagd");
        }
        assertThat(schakel4()).isWaitingAt(TASK_EXAMENUITSLAG_VASTLEGGEN);
        driver.recordExam("KNM", null, "Geslaagd");
        assertThat(schakel4()).hasPassed(END_EVENT_EXAMENS_BEHAALD);
        assertThat(recorded()).containsKey(Milestone.EXAMS_PASSED);

        // MAP and PVT, their dates to DUO: not before the term starts (the day after the PIP), and within
        // the term without "verwijtbaar" (DUO's rule)
        assertThatThrownBy(() -> driver.consulent(TASK_EINDGESPREK_MAP, "mapEindgesprekDatum", TODAY.toString(),
                "mapVerwijtbaarTeLaat", "nee")).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("vóór de start van de inburgeringstermijn");
        LocalDate termStart = TODAY.plusDays(1);
        driver.travelTo(termStart, 8);
        driver.consulent(TASK_EINDGESPREK_MAP, "mapEindgesprekDatum", termStart.toString(), "mapVerwijtbaarTeLaat", "nee");
        driver.consulent(TASK_PVT_VASTLEGGEN, "pvtUren", 14L, "pvtOndertekendOp", termStart.toString(), "pvtVerwijtbaarTeLaat", "nee");
        driver.runAsyncSteps();
        assertThat(outbox("MAP_REGISTREREN")).singleElement().asString()
                .contains("\"datumEindgesprekMap\":\"" + termStart + "\"").doesNotContain("verwijtbaar");
        assertThat(outbox("PVT_REGISTREREN")).singleElement().asString().contains("\"datumOndertekeningPvt\"");

        // progress talk 1: reminder two weeks ahead, held in time
        driver.travelTo(TODAY.plusMonths(6).minusWeeks(2), 8);
        assertThat(driver.hasTask(InburgerenProcess.TASK_HERINNERING_VOORTGANGSGESPREK)).isTrue();
        driver.holdProgressTalk("nee", "nee", null);
        assertThat(report("VOORTGANGSGESPREK")).as("the talk's report in the case file")
                .singleElement().asString().contains("\"voortgangTaal\":\"Gaat goed\"")
                .contains("\"pipWijzigingNodig\":\"nee\"");
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).as("round 2: twelve months after the PIP")
                .isEqualTo(TODAY.plusMonths(12));
        // progress talk 2 is missed: breach recorded and escalated, then held a day late
        driver.travelTo(TODAY.plusMonths(12).plusDays(1), 8);
        assertThat(driver.hasTask(InburgerenProcess.TASK_ESCALATIE_VOORTGANGSGESPREK)).isTrue();
        driver.holdProgressTalk("nee", "nee", null);
        var breach = deadlines.findBreaches(driver.caseNumber()).stream()
                .filter(b -> b.norm() == Norm.VOORTGANGSGESPREK).findFirst().orElseThrow();
        assertThat(breach.daysLate()).isEqualTo(1);

        // three months before the term ends the consulent is reminded
        driver.travelTo(TODAY.plusYears(3).minusMonths(3), 8);
        assertThat(driver.hasTask(InburgerenProcess.TASK_HERINNERING_INBURGERINGSTERMIJN)).isTrue();

        // DUO: diploma (SS106) → completion → after-care until five years after BRP
        driver.correlate(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "duoGebeurtenis", "SS106", "duoBesluitDatum",
                CaseDriver.today().toString());
        assertThat(driver.instance(PROCESS_ID)).as("schakel 4 ended by DUO's decision").isNull();
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.INBURGERINGSTERMIJN).orElseThrow().status())
                .isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.VOORTGANGSGESPREK).orElseThrow().status())
                .isEqualTo(DeadlineStatus.CANCELLED);
        driver.consulent(AfrondenEnNazorgProcess.TASK_INBURGERING_AFRONDEN, "uitstroom", "BETAALD_WERK", "uitstroomToelichting", "Arts in opleiding");
        assertThat(driver.instance(AfrondenEnNazorgProcess.PROCESS_ID)).isWaitingAt(AfrondenEnNazorgProcess.TIMER_CATCH_EINDE_NAZORG_NADERT);
        assertThat(driver.timer(AfrondenEnNazorgProcess.TIMER_CATCH_EINDE_NAZORG_NADERT).getDuedate().toInstant())
                .isEqualTo(BRP.plusYears(5).minusMonths(1).atTime(7, 0).atZone(CaseDriver.NL).toInstant());
        driver.travelTo(BRP.plusYears(5).minusMonths(1), 8);
        driver.consulent(AfrondenEnNazorgProcess.TASK_NAZORG_AFRONDEN, "uitstroom", "BETAALD_WERK");
        assertThat(driver.main()).isNull();
        IntegrationCase closed = aCase();
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.closedReason()).isEqualTo(ClosureReason.DIPLOMA);
        assertThat(outflow.findByCase(driver.caseNumber())).extracting(OutflowService.Recorded::moment)
                .containsExactly(Outflow.Moment.AFRONDING, Outflow.Moment.EINDE_NAZORG);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.NAZORG).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
    }

    /** Persona 1 (Eritrean woman, illiterate): the Z-route's hours, then the eindgesprek after MAP and PVT. */
    @Test
    void zRouteNeedsBothHourTotalsAndMapAndPvtBeforeTheEindgesprek() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "Z_ROUTE");
        assertThat(schakel4()).isWaitingAt(TASK_UREN_REGISTREREN);
        driver.recordHours(500, 300);
        driver.runAsyncSteps();
        assertThat(outbox("UREN_TAAL_REGISTREREN")).singleElement().asString().contains("\"uren\":500");
        assertThatThrownBy(() -> driver.recordHours(450, 300)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("niet lager");
        driver.recordHours(820, 700);
        assertThat(schakel4()).as("an asielmigrant also needs 800 hours of participation").isWaitingAt(TASK_UREN_REGISTREREN);
        driver.recordHours(820, 810);
        driver.runAsyncSteps();
        assertThat(schakel4()).isWaitingAt(TASK_EINDGESPREK_ZROUTE);
        assertThatThrownBy(() -> zRouteTalk()).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("eindgesprek MAP");
        driver.travelTo(TODAY.plusDays(1), 8);
        driver.consulent(TASK_EINDGESPREK_MAP, "mapEindgesprekDatum", TODAY.plusDays(1).toString(), "mapVerwijtbaarTeLaat", "ja");
        driver.consulent(TASK_PVT_VASTLEGGEN, "pvtUren", 12L, "pvtOndertekendOp", TODAY.plusDays(1).toString(), "pvtVerwijtbaarTeLaat", "nee");
        zRouteTalk();
        driver.runAsyncSteps();
        assertThat(schakel4()).hasPassed(END_EVENT_ZROUTE_AFGEROND);
        assertThat(report("EINDGESPREK_Z_ROUTE")).singleElement().asString()
                .contains("Zelfredzaam in winkel en bij de huisarts");
        assertThat(outbox("ZROUTE_REGISTREREN")).singleElement().asString()
                .contains("\"datumAfrondingZroute\":\"" + TODAY.plusDays(1) + "\"");
        assertThat(outbox("MAP_REGISTREREN")).singleElement().asString()
                .as("within the term DUO takes no 'verwijtbaar'").doesNotContain("verwijtbaar");
    }

    /** Persona 6 (young Eritrean man): the onderwijsroute has no MAP and ends with outflow to education. */
    @Test
    void onderwijsrouteHasNoMapAndRecordsTheOutflowToEducation() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "ONDERWIJSROUTE");
        assertThat(schakel4()).hasPassed(END_EVENT_GEEN_MAP).isWaitingAt(TASK_TAALSCHAKELTRAJECT_STARTEN, TASK_PVT_VASTLEGGEN);
        driver.consulent(TASK_TAALSCHAKELTRAJECT_STARTEN, "taalschakelStartdatum", TODAY.toString(), "taalschakelOnderwijsinstelling",
                "Hogeschool Inholland");
        driver.travelTo(TODAY.plusMonths(18), 8);
        assertThatThrownBy(() -> driver.consulent(TASK_TAALSCHAKELTRAJECT_AFRONDEN, "taalschakelEinddatum",
                CaseDriver.today().toString(), "taalschakelUitstroom", "HBO"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("vervolgopleiding");
        driver.consulent(TASK_TAALSCHAKELTRAJECT_AFRONDEN, "taalschakelEinddatum", CaseDriver.today().toString(),
                "taalschakelUitstroom", "HBO", "taalschakelOpleiding", "Verpleegkunde");
        assertThat(recorded().get(Milestone.TAALSCHAKEL_ENDED).note()).isEqualTo("HBO: Verpleegkunde");
    }

    /** A changed PIP: A2 on parts only after 600 hours; a route switch restarts the route; the term stays. */
    @Test
    void pipChangeScalesToA2AfterSixHundredHoursAndARouteSwitchRestartsTheRoute() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        LocalDate termStart = aCase().termStartsOn();
        driver.holdProgressTalk("ja", "nee", 500L);
        assertThat(schakel4()).isWaitingAt(TASK_PIP_WIJZIGEN, TASK_EXAMENUITSLAG_VASTLEGGEN);
        assertThatThrownBy(() -> driver.consulent(TASK_PIP_WIJZIGEN, "nieuweLeerroute", "B1_ROUTE", "niveau", "A2", "a2Schrijven", true,
                "wijzigingReden", "Schrijven blijft achter")).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("600 uur");
        driver.consulent(TASK_PIP_WIJZIGEN, "nieuweLeerroute", "Z_ROUTE", "wijzigingReden", "Leert te langzaam voor B1");
        assertThatThrownBy(() -> driver.complete(TASK_GEWIJZIGD_PIP_BEOORDELEN, "consulent", "coordinatoren",
                CaseDriver.vars("pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString())))
                .as("four eyes").isInstanceOf(FormFieldValidationException.class);
        driver.coordinator(TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        driver.runAsyncSteps();
        assertThat(schakel4()).as("the route restarts as Z-route").hasPassed(BOUNDARY_LEERROUTE_GEWIJZIGD).isWaitingAt(TASK_UREN_REGISTREREN);
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().version()).isEqualTo(2);
        assertThat(aCase().termStartsOn()).as("a changed PIP never moves the term").isEqualTo(termStart);
        assertThat(aCase().leerroute()).isEqualTo("Z_ROUTE");
        assertThat(outbox("PIP_REGISTREREN")).hasSize(2);
    }

    /** A change of the PIP at any moment, asked for by the consulent through the API: one at a time, four eyes. */
    @Test
    void aPipChangeCanBeAskedForAtAnyMomentBesideTheProgressTalks() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        var accepted = askPipChange("consulent", "{\"aanleiding\": \"Ziek geworden; B1 is niet meer haalbaar\"}");
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        assertThat(schakel4()).isWaitingAt(TASK_PIP_WIJZIGEN, TASK_VOORTGANGSGESPREK_VOEREN, TASK_EXAMENUITSLAG_VASTLEGGEN);
        assertThat(engine.getTaskService().getVariable(driver.task(TASK_PIP_WIJZIGEN).getId(), InburgerenVariables.VAR_PIP_CHANGE_REASON))
                .isEqualTo("Ziek geworden; B1 is niet meer haalbaar");
        var twice = askPipChange("consulent", "{\"aanleiding\": \"Nog een keer\"}");
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
        assertThat(twice.getBody()).contains("Er loopt al een wijziging van het PIP");

        driver.consulent(TASK_PIP_WIJZIGEN, "nieuweLeerroute", "Z_ROUTE", "wijzigingReden", "Langdurig ziek, Z-route past beter");
        driver.coordinator(TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        driver.runAsyncSteps();
        assertThat(schakel4()).hasPassed(END_EVENT_PIP_GEWIJZIGD, BOUNDARY_LEERROUTE_GEWIJZIGD).isWaitingAt(TASK_UREN_REGISTREREN, TASK_VOORTGANGSGESPREK_VOEREN);
        assertThat(outbox("PIP_REGISTREREN")).hasSize(2);
        assertThat(jdbc.sql("SELECT recorded_by FROM case_report WHERE case_id = ? AND kind = 'PIP_WIJZIGING_GEVRAAGD'")
                .param(aCase().id()).query(String.class).list()).containsExactly("consulent");

        // a progress talk that finds another change needed starts the same change
        driver.holdProgressTalk("ja", "nee", null);
        assertThat(schakel4()).isWaitingAt(TASK_PIP_WIJZIGEN, TASK_VOORTGANGSGESPREK_VOEREN);
        assertThat(engine.getTaskService().getVariable(driver.task(TASK_PIP_WIJZIGEN).getId(), InburgerenVariables.VAR_PIP_CHANGE_REASON))
                .asString().startsWith("Voortgangsgesprek van " + TODAY);
    }

    @Test
    void aPipChangeRequestIsRefusedWithoutReasonRoleGemeenteOrPipInForce() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        var noPip = askPipChange("consulent", "{\"aanleiding\": \"Andere route\"}");
        assertThat(noPip.getStatusCode().value()).isEqualTo(409);
        assertThat(noPip.getBody()).contains("geen vastgesteld PIP");

        driver.completeWarmeOverdracht(BRP, false);
        driver.completeBredeIntakeEnPip("B1_ROUTE");
        var empty = askPipChange("consulent", "{\"aanleiding\": \" \"}");
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody()).contains("\"aanleiding\":\"Schrijf op waarom het PIP moet worden gewijzigd\"");
        assertThat(askPipChange("consulent", "").getStatusCode().value()).isEqualTo(400);
        assertThat(askPipChange("coordinator", "{\"aanleiding\": \"Andere route\"}").getStatusCode().value())
                .as("the consulent asks, the coordinator reviews").isEqualTo(403);
        assertThat(askPipChange("consulenthogeland", "{\"aanleiding\": \"Andere route\"}").getStatusCode().value())
                .as("another gemeente's case does not exist for Het Hogeland").isEqualTo(404);
        assertThat(rest.postForEntity("/api/zaken/" + driver.caseNumber() + "/pip/wijzigingsverzoeken",
                json("{\"aanleiding\": \"x\"}"), String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(driver.hasTask(TASK_PIP_WIJZIGEN)).as("nothing started by a refused request").isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_report WHERE case_id = ? AND kind = 'PIP_WIJZIGING_GEVRAAGD'")
                .param(aCase().id()).query(Integer.class).single()).isZero();
    }

    private org.springframework.http.ResponseEntity<String> askPipChange(String user, String body) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/zaken/" + driver.caseNumber()
                + "/pip/wijzigingsverzoeken", json(body), String.class);
    }

    private static org.springframework.http.HttpEntity<String> json(String body) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return new org.springframework.http.HttpEntity<>(body, headers);
    }

    @Test
    void scalingToA2OnPartsKeepsTheB1RouteRunning() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.holdProgressTalk("ja", "nee", 650L);
        driver.consulent(TASK_PIP_WIJZIGEN, "nieuweLeerroute", "B1_ROUTE", "niveau", "A2", "a2Schrijven", true, "a2Spreken", true,
                "wijzigingReden", "Schrijven en spreken blijven achter na 650 uur");
        driver.coordinator(TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        var pip = pips.inForce(driver.caseNumber()).orElseThrow();
        assertThat(pip.niveau()).isEqualTo("A2");
        assertThat(pip.a2Parts()).isEqualTo("SC,SP");
        assertThat(schakel4()).as("same route: not restarted").isWaitingAt(TASK_EXAMENUITSLAG_VASTLEGGEN).hasNotPassed(BOUNDARY_LEERROUTE_GEWIJZIGD);
        for (String part : List.of("LE", "LU")) {
            driver.recordExam(part, "B1", "Geslaagd");
        }
        driver.recordExam("SC", "A2", "Geslaagd");
        driver.recordExam("SP", "A2", "Geslaagd");
        driver.recordExam("KNM", null, "Geslaagd");
        assertThat(schakel4()).hasPassed(END_EVENT_EXAMENS_BEHAALD);
    }

    /** Enforcement: warning first, then a fine of at most €800; on an asielmigrant only with an exceptional reason. */
    @Test
    void culpableBreachOfThePipLeadsToWarningThenAFineWithTheAsielmigrantException() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.holdProgressTalk("nee", "ja", null);
        driver.consulent(TASK_WAARSCHUWING_PIP, "waarschuwingVerstuurdOp", TODAY.toString(), "waarschuwingToelichting",
                "U bent drie keer niet naar de taalles gegaan");
        assertThat(schakel4()).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN);
        driver.holdProgressTalk("nee", "ja", null);
        assertThatThrownBy(() -> driver.consulent(TASK_BOETEVOORSTEL_PIP, "boeteBedrag", 900L, "boeteMotivering", "Herhaald verzuim"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("800");
        driver.consulent(TASK_BOETEVOORSTEL_PIP, "boeteBedrag", 500L, "boeteMotivering", "Herhaald verzuim na waarschuwing");
        assertThatThrownBy(() -> driver.coordinator(TASK_BOETEVOORSTEL_PIP_BEOORDELEN, "boeteBesluit", "GOEDKEUREN", "boeteBesluitMotivering",
                "Verwijtbaar")).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("uitzonderlijk");
        driver.coordinator(TASK_BOETEVOORSTEL_PIP_BEOORDELEN, "boeteBesluit", "GOEDKEUREN", "boeteBesluitMotivering", "Verwijtbaar",
                "boeteUitzonderingAsielmigrant", "Weigert elke deelname ondanks hulp; geen belemmeringen");
        String exception = jdbc.sql("SELECT exception_reason FROM sanction WHERE kind = 'BOETE' AND case_id = ?")
                .param(aCase().id()).query(String.class).single();
        assertThat(exception).startsWith("Weigert");
        assertThat(schakel4()).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN);
    }

    /** DUO extends the term (SS104): the term clock moves; when it passes without a decision it escalates. */
    @Test
    void termExtendedByDuoMovesTheTermClockWhichEscalatesWhenItPasses() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        LocalDate extended = TODAY.plusYears(3).plusMonths(6);
        driver.correlate(InburgeringProcess.MESSAGE_DUO_TERMIJN_VERLENGD, "duoGebeurtenis", "SS104", "termijnEinddatum",
                extended.toString());
        assertThat(deadline(Norm.INBURGERINGSTERMIJN).dueOn()).isEqualTo(extended);
        assertThat(aCase().termEndsOn()).isEqualTo(extended);
        assertThat(driver.timer(InburgerenProcess.TIMER_START_VERLOPEN_INBURGERINGSTERMIJN).getDuedate().toInstant())
                .isEqualTo(extended.plusDays(1).atStartOfDay(CaseDriver.NL).toInstant());
        driver.travelTo(extended.plusDays(1), 8);
        assertThat(driver.hasTask(InburgerenProcess.TASK_ESCALATIE_INBURGERINGSTERMIJN)).isTrue();
        assertThat(deadlines.findBreaches(driver.caseNumber())).extracting(b -> b.norm())
                .contains(Norm.INBURGERINGSTERMIJN);
    }

    @Test
    void deathEndsTheObligationAndClosesTheCaseWithEveryClockStopped() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.correlate(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD, "duoGebeurtenis", "SS111", "duoBesluitDatum",
                TODAY.toString());
        assertThat(driver.main()).isNull();
        assertThat(aCase().closedReason()).isEqualTo(ClosureReason.OVERLEDEN);
        assertThat(deadlines.findByCase(driver.caseNumber())).extracting(Deadline::status)
                .doesNotContain(DeadlineStatus.OPEN);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(driver.caseNumber()).count()).isZero();
    }

    @Test
    void movingToAnotherGemeenteHandsTheCaseOverAndClosesIt() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.correlate(InburgeringProcess.MESSAGE_VERHUISD_NAAR_ANDERE_GEMEENTE);
        assertThat(driver.main()).isWaitingAt(InburgeringProcess.TASK_ZAAK_OVERDRAGEN);
        driver.consulent(InburgeringProcess.TASK_ZAAK_OVERDRAGEN, "nieuweGemeente", "GM0363", "verhuisdatum", TODAY.toString(),
                "overdrachtNotitie", "B1-route loopt, examens gepland");
        assertThat(driver.main()).isNull();
        assertThat(aCase().closedReason()).isEqualTo(ClosureReason.VERHUISD);
        assertThat(recorded().get(Milestone.MOVED_AWAY).note()).isEqualTo("Naar GM0363");
    }

    @Test
    void theProgressTalkReminderClosedByTheConsulentLeavesTheTalkToBeHeldInTime() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        LocalDate due = TODAY.plusMonths(6);
        driver.travelTo(due.minusWeeks(2), 8);
        var reminder = driver.task(InburgerenProcess.TASK_HERINNERING_VOORTGANGSGESPREK);
        assertThat(reminder.getAssignee()).isEqualTo("consulent");
        assertThat(engine.getTaskService().getVariable(reminder.getId(), "termijnVervaldatum")).isEqualTo(dutch(due));

        driver.consulent(InburgerenProcess.TASK_HERINNERING_VOORTGANGSGESPREK, "herinneringNotitie", "Gesprek ingepland");

        assertThat(schakel4()).hasPassed(InburgerenProcess.END_EVENT_HERINNERING_VOORTGANGSGESPREK).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN);
        assertThat(driver.hasTask(InburgerenProcess.TASK_HERINNERING_VOORTGANGSGESPREK)).isFalse();
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).isEqualTo(due);
        assertThat(driver.hasTimer(InburgerenProcess.TIMER_START_VERLOPEN_VOORTGANGSGESPREK)).as("the breach still watched").isTrue();

        driver.travelTo(due.minusDays(3), 9);
        driver.holdProgressTalk("nee", "nee", null);
        assertThat(deadlines.findBreaches(driver.caseNumber())).isEmpty();
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).as("round 2").isEqualTo(TODAY.plusMonths(12));
        assertThat(deadlines.findByCase(driver.caseNumber())).filteredOn(d -> d.norm() == Norm.VOORTGANGSGESPREK)
                .extracting(Deadline::status).containsExactlyInAnyOrder(DeadlineStatus.MET, DeadlineStatus.OPEN);
    }

    @Test
    void theCoordinatorsMeasureOnAMissedProgressTalkIsRecordedAndTheLateTalkCountsTheDaysLate() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        LocalDate due = TODAY.plusMonths(6);
        driver.travelTo(due.plusDays(1), 8);
        var escalation = driver.task(InburgerenProcess.TASK_ESCALATIE_VOORTGANGSGESPREK);
        assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
                .anyMatch(link -> "coordinatoren".equals(link.getGroupId()));
        assertThat(engine.getTaskService().getVariable(escalation.getId(), "termijnConsulent")).isEqualTo("consulent");

        driver.coordinator(InburgerenProcess.TASK_ESCALATIE_VOORTGANGSGESPREK, "escalatieMaatregel", "CONSULENT_AANGESPROKEN",
                "escalatieToelichting", "Gesprek binnen een week");

        NormBreach breach = breach(Norm.VOORTGANGSGESPREK);
        assertThat(breach.dueOn()).isEqualTo(due);
        assertThat(breach.action()).isEqualTo("CONSULENT_AANGESPROKEN");
        assertThat(breach.actionBy()).isEqualTo("coordinator");
        assertThat(breach.daysLate()).isNull();
        assertThat(schakel4()).hasPassed(InburgerenProcess.END_EVENT_ESCALATIE_VOORTGANGSGESPREK).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN);
        assertThat(driver.hasTask(InburgerenProcess.TASK_ESCALATIE_VOORTGANGSGESPREK)).isFalse();

        driver.travelTo(due.plusDays(3), 9);
        driver.holdProgressTalk("nee", "nee", null);
        NormBreach resolved = breach(Norm.VOORTGANGSGESPREK);
        assertThat(resolved.daysLate()).isEqualTo(3);
        assertThat(resolved.action()).isEqualTo("CONSULENT_AANGESPROKEN");
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).as("the next round counts from the PIP, not the late talk")
                .isEqualTo(TODAY.plusMonths(12));
    }

    @Test
    void theTermReminderClosedByTheConsulentLeavesTheTermRunningUntilDuoDecides() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        LocalDate end = aCase().termEndsOn();
        driver.travelTo(end.minusMonths(3), 8);
        var reminder = driver.task(InburgerenProcess.TASK_HERINNERING_INBURGERINGSTERMIJN);
        assertThat(reminder.getAssignee()).isEqualTo("consulent");
        assertThat(engine.getTaskService().getVariable(reminder.getId(), "termijnNaam"))
                .isEqualTo(Norm.INBURGERINGSTERMIJN.label());
        assertThat(engine.getTaskService().getVariable(reminder.getId(), "termijnVervaldatum")).isEqualTo(dutch(end));

        driver.consulent(InburgerenProcess.TASK_HERINNERING_INBURGERINGSTERMIJN, "herinneringNotitie", "Examens KNM en SP nog open");

        assertThat(schakel4()).hasPassed(InburgerenProcess.END_EVENT_HERINNERING_INBURGERINGSTERMIJN).isWaitingAt(TASK_EXAMENUITSLAG_VASTLEGGEN);
        assertThat(driver.hasTask(InburgerenProcess.TASK_HERINNERING_INBURGERINGSTERMIJN)).isFalse();
        assertThat(deadline(Norm.INBURGERINGSTERMIJN).dueOn()).isEqualTo(end);
        assertThat(driver.hasTimer(InburgerenProcess.TIMER_START_VERLOPEN_INBURGERINGSTERMIJN)).isTrue();

        driver.travelTo(end.minusMonths(1), 9);
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.INBURGERINGSTERMIJN).orElseThrow().status())
                .isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.findBreaches(driver.caseNumber())).extracting(NormBreach::norm)
                .doesNotContain(Norm.INBURGERINGSTERMIJN);
        assertThat(driver.instance(AfrondenEnNazorgProcess.PROCESS_ID)).isWaitingAt(AfrondenEnNazorgProcess.TASK_INBURGERING_AFRONDEN);
    }

    @Test
    void aTermPassedWithoutDuosDecisionIsEscalatedAndTheDecisionAfterwardsCountsTheDaysLate() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        LocalDate end = aCase().termEndsOn();
        driver.travelTo(end.plusDays(1), 8);
        var escalation = driver.task(InburgerenProcess.TASK_ESCALATIE_INBURGERINGSTERMIJN);
        assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
                .anyMatch(link -> "coordinatoren".equals(link.getGroupId()));
        assertThat(engine.getTaskService().getVariable(escalation.getId(), "termijnVervaldatum")).isEqualTo(dutch(end));

        assertThatThrownBy(() -> driver.coordinator(InburgerenProcess.TASK_ESCALATIE_INBURGERINGSTERMIJN, "escalatieToelichting",
                "Geen besluit van DUO")).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Kies een maatregel");
        driver.coordinator(InburgerenProcess.TASK_ESCALATIE_INBURGERINGSTERMIJN, "escalatieMaatregel", "ANDERS",
                "escalatieToelichting", "Verlenging bij DUO aangevraagd");

        NormBreach breach = breach(Norm.INBURGERINGSTERMIJN);
        assertThat(breach.dueOn()).isEqualTo(end);
        assertThat(breach.action()).isEqualTo("ANDERS");
        assertThat(breach.actionNote()).isEqualTo("Verlenging bij DUO aangevraagd");
        assertThat(schakel4()).as("the case goes on: only DUO ends the obligation")
                .hasPassed(InburgerenProcess.END_EVENT_ESCALATIE_INBURGERINGSTERMIJN).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN, TASK_EXAMENUITSLAG_VASTLEGGEN);
        assertThat(driver.hasTask(InburgerenProcess.TASK_ESCALATIE_INBURGERINGSTERMIJN)).isFalse();
        assertThat(deadline(Norm.INBURGERINGSTERMIJN).status()).isEqualTo(DeadlineStatus.OPEN);

        driver.travelTo(end.plusDays(10), 9);
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        NormBreach resolved = breach(Norm.INBURGERINGSTERMIJN);
        assertThat(resolved.metOn()).isEqualTo(end.plusDays(10));
        assertThat(resolved.daysLate()).isEqualTo(10);
        assertThat(driver.instance(PROCESS_ID)).isNull();
    }

    @Test
    void afterCareNotClosedByItsEndEscalatesToTheCoordinatorsAndTheLateClosureCountsTheDaysLate() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        driver.completeInburgering("BETAALD_WERK", "Werkt in de zorg");
        ProcessInstance afronden = driver.instance(AfrondenEnNazorgProcess.PROCESS_ID);
        LocalDate due = BRP.plusYears(5);
        assertThat(deadline(Norm.NAZORG).dueOn()).isEqualTo(due);
        assertThat(driver.timer(AfrondenEnNazorgProcess.TIMER_START_VERLOPEN_NAZORG).getDuedate().toInstant())
                .isEqualTo(due.plusDays(1).atStartOfDay(CaseDriver.NL).toInstant());

        driver.travelTo(due.minusMonths(1), 8);
        assertThat(afronden).isWaitingAt(AfrondenEnNazorgProcess.TASK_NAZORG_AFRONDEN);
        driver.travelTo(due, 23);
        assertThat(driver.hasTask(AfrondenEnNazorgProcess.TASK_ESCALATIE_NAZORG)).as("not late on the due day itself").isFalse();
        driver.travelTo(due.plusDays(1), 9);

        var escalation = driver.task(AfrondenEnNazorgProcess.TASK_ESCALATIE_NAZORG);
        assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
                .anyMatch(link -> "coordinatoren".equals(link.getGroupId()));
        assertThat(engine.getTaskService().getVariable(escalation.getId(), "termijnNaam")).isEqualTo(Norm.NAZORG.label());
        assertThat(engine.getTaskService().getVariable(escalation.getId(), "termijnVervaldatum")).isEqualTo(dutch(due));
        assertThat(engine.getTaskService().getVariable(escalation.getId(), "termijnConsulent")).isEqualTo("consulent");
        NormBreach breach = breach(Norm.NAZORG);
        assertThat(breach.dueOn()).isEqualTo(due);
        assertThat(breach.daysLate()).isNull();
        assertThat(afronden).hasPassed(AfrondenEnNazorgProcess.SERVICE_TASK_OVERSCHRIJDING_NAZORG).isWaitingAt(AfrondenEnNazorgProcess.TASK_NAZORG_AFRONDEN);

        driver.coordinator(AfrondenEnNazorgProcess.TASK_ESCALATIE_NAZORG, "escalatieMaatregel", "OVERMACHT",
                "escalatieToelichting", "Consulent langdurig ziek");
        assertThat(breach(Norm.NAZORG).action()).isEqualTo("OVERMACHT");
        assertThat(breach(Norm.NAZORG).actionBy()).isEqualTo("coordinator");
        assertThat(afronden).hasPassed(AfrondenEnNazorgProcess.END_EVENT_ESCALATIE_NAZORG).isWaitingAt(AfrondenEnNazorgProcess.TASK_NAZORG_AFRONDEN);
        assertThat(aCase().closedAt()).as("the breach does not close the case").isNull();

        driver.travelTo(due.plusDays(3), 10);
        driver.consulent(AfrondenEnNazorgProcess.TASK_NAZORG_AFRONDEN, "uitstroom", "BETAALD_WERK");
        assertThat(afronden).isEnded();
        assertThat(aCase().closedReason()).isEqualTo(ClosureReason.DIPLOMA);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.NAZORG).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
        assertThat(breach(Norm.NAZORG).daysLate()).isEqualTo(3);
        assertThat(outflow.findByCase(driver.caseNumber())).extracting(OutflowService.Recorded::moment)
                .containsExactly(Outflow.Moment.AFRONDING, Outflow.Moment.EINDE_NAZORG);
    }

    @Test
    void aChangedPipSentBackByTheCoordinatorGoesBackToTheConsulentAndThePipInForceStays() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.holdProgressTalk("ja", "nee", null);
        driver.consulent(TASK_PIP_WIJZIGEN, "nieuweLeerroute", "Z_ROUTE", "wijzigingReden", "Leert te langzaam voor B1");
        driver.coordinator(TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "TERUGSTUREN", "pipOpmerkingen",
                "Eerst de uren van de taalaanbieder opvragen");

        assertThat(schakel4()).isWaitingAt(TASK_PIP_WIJZIGEN, TASK_EXAMENUITSLAG_VASTLEGGEN).hasNotPassed(END_EVENT_PIP_GEWIJZIGD, BOUNDARY_LEERROUTE_GEWIJZIGD);
        assertThat(engine.getTaskService().getVariable(driver.task(TASK_PIP_WIJZIGEN).getId(), "pipOpmerkingen"))
                .isEqualTo("Eerst de uren van de taalaanbieder opvragen");
        assertThat(pips.versions(driver.caseNumber())).extracting(Pip::status)
                .containsExactly(PipStatus.VASTGESTELD, PipStatus.TERUGGESTUURD);
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().version()).as("the first PIP stays in force")
                .isEqualTo(1);
        assertThat(aCase().leerroute()).isEqualTo("B1_ROUTE");
        driver.runAsyncSteps();
        assertThat(outbox("PIP_REGISTREREN")).as("nothing to DUO for a PIP sent back").hasSize(1);

        driver.consulent(TASK_PIP_WIJZIGEN, "nieuweLeerroute", "Z_ROUTE", "wijzigingReden",
                "Na 400 uur nog op A1; Z-route past beter");
        driver.coordinator(TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        driver.runAsyncSteps();

        assertThat(pips.versions(driver.caseNumber())).extracting(Pip::status)
                .containsExactly(PipStatus.VASTGESTELD, PipStatus.TERUGGESTUURD, PipStatus.VASTGESTELD);
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().version()).isEqualTo(3);
        assertThat(schakel4()).hasPassed(END_EVENT_PIP_GEWIJZIGD, BOUNDARY_LEERROUTE_GEWIJZIGD).isWaitingAt(TASK_UREN_REGISTREREN);
        assertThat(outbox("PIP_REGISTREREN")).hasSize(2);
    }

    private void toSchakel4(nl.inburgeringsregie.aanmelding.AanmeldingRequest request, String route) {
        driver = CaseDriver.register(engine, aanmeldingen, request);
        driver.completeWarmeOverdracht(BRP, false);
        driver.completeBredeIntakeEnPip(route);
    }

    private void zRouteTalk() {
        driver.consulent(TASK_EINDGESPREK_ZROUTE, "zrouteEindgesprekDatum", nl.inburgeringsregie.support.CaseDriver.today().toString(), "zrouteVerslagAanbieder",
                "Zelfredzaam in winkel en bij de huisarts");
    }

    private ProcessInstance schakel4() {
        return driver.instance(PROCESS_ID);
    }

    private Deadline deadline(Norm norm) {
        return deadlines.findOpen(driver.caseNumber(), norm).orElseThrow();
    }

    private IntegrationCase aCase() {
        return records.caseOf(driver.caseNumber());
    }

    private java.util.Map<Milestone, RecordedMilestone> recorded() {
        return records.milestones(driver.caseNumber());
    }

    private List<String> report(String kind) {
        return jdbc.sql("SELECT content FROM case_report WHERE case_id = ? AND kind = ? ORDER BY id")
                .params(aCase().id(), kind).query(String.class).list();
    }

    private NormBreach breach(Norm norm) {
        var breaches = deadlines.findBreaches(driver.caseNumber()).stream().filter(b -> b.norm() == norm).toList();
        assertThat(breaches).as("breaches of %s", norm).hasSize(1);
        return breaches.get(0);
    }

    private static String dutch(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }

    private List<String> outbox(String operation) {
        return records.outbox(driver.caseNumber(), operation);
    }
}
