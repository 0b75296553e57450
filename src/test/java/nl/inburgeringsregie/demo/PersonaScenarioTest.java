package nl.inburgeringsregie.demo;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.aanmelding.Requester;
import nl.inburgeringsregie.afronding.Outflow;
import nl.inburgeringsregie.afronding.OutflowService;
import nl.inburgeringsregie.afronding.process.AfrondenEnNazorgProcess;
import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.ontzorgen.process.FinancieelOntzorgenProcess;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver.Intake;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.HoursTestProviders;
import nl.inburgeringsregie.termijn.Deadline;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.zaak.ClosureReason;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.Opleidingsniveau;
import nl.inburgeringsregie.zaak.RecordedMilestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * The six personas of DOMAIN.md (seed 001 §3.3), registered with the demo's own aanmelding data (new BSNs
 * and households, as the demo registered the originals already), each taken from aanmelding to the closed
 * case by clock travel along the parts of their target group and route. Each ends with the whole story on
 * record: the target-group decision in history, every clock met or stopped, the key dates, the outflow.
 */
class PersonaScenarioTest extends ScenarioTest {

    private static final List<AanmeldingRequest> PERSONAS = DemoPersonas.personas(TODAY);

    @Autowired
    OutflowService outflow;

    /**
     * Persona 1: an Eritrean couple in one household. He (primary school) takes the B1-route, is on bijstand
     * with ontzorgen until he finds work, and has his PIP scaled to A2 for writing and speaking after 650
     * hours. She (illiterate) takes the Z-route: 800 hours of language and of participation, MAP, PVT and the
     * eindgesprek, then DUO's ontheffing. Both have after-care until five years after housing.
     */
    @AfterEach
    void forgetProviders() {
        HoursTestProviders.clear(jdbc);
    }

    @Test
    void persona1TheEritreanCoupleEachFollowTheirOwnRouteInOneHousehold() {
        String household = "HH-P1-" + TestBsn.next();
        CaseDriver tesfay = register(persona(0, household));
        CaseDriver selam = register(persona(1, household));
        assertThat(householdOf(tesfay)).isEqualTo(householdOf(selam)).isNotNull();

        tesfay.completeWarmeOverdracht(BRP, true);
        selam.completeWarmeOverdracht(BRP, false);
        tesfay.consulent(FinancieelOntzorgenProcess.TASK_ONTZORGEN_STARTEN, "ontzorgenUitzondering", "nee",
                "bijstandStartdatum", BRP.toString(), "machtigingDatum", TODAY.toString());
        tesfay.completeBredeIntakeEnPip(new Intake("B1-route haalbaar", "GEALFABETISEERD", 6, "nee"), "B1_ROUTE");
        selam.completeBredeIntakeEnPip(new Intake("B1-route niet haalbaar", "ANALFABEET", 0, "nee"), "Z_ROUTE");
        assertThat(advice(tesfay)).isEqualTo("B1_ROUTE");
        assertThat(advice(selam)).isEqualTo("Z_ROUTE");

        // he finds work after two months: bijstand and ontzorgen end
        travel(TODAY.plusMonths(2), tesfay, selam);
        tesfay.correlate(FinancieelOntzorgenProcess.MESSAGE_BIJSTAND_BEEINDIGD, "bijstandEinddatum",
                CaseDriver.today().minusDays(1).toString());
        tesfay.consulent(FinancieelOntzorgenProcess.TASK_ONTZORGEN_AFRONDEN, "ontzorgenEindgesprekOp", CaseDriver.today().toString(),
                "financieelZelfredzaam", "ja");
        assertThat(tesfay.main()).hasPassed(InburgeringProcess.END_EVENT_ONTZORGEN_AFGEROND);

        // first year: two progress talks each; her hours grow
        travel(TODAY.plusMonths(6).minusDays(7), tesfay, selam);
        tesfay.holdProgressTalk("nee", "nee", null);
        // his provider's reports, per month: 110 hours a month at a school with the Blik op Werk keurmerk
        HoursTestProviders.contractAll(jdbc);
        for (int month = 0; month < 6; month++) {
            LocalDate followed = TODAY.plusMonths(month);
            tesfay.recordMonthHours(TASK_UREN_BIJHOUDEN, HoursTestProviders.BOW,
                    String.format("%02d-%d", followed.getMonthValue(), followed.getYear()), 110, null);
        }
        selam.holdProgressTalk("nee", "nee", null);
        selam.recordHours(300, 350);
        travel(TODAY.plusMonths(12).minusDays(7), tesfay, selam);
        tesfay.holdProgressTalk("ja", "nee", null);
        tesfay.consulent(TASK_PIP_WIJZIGEN, "nieuweLeerroute", "B1_ROUTE", "niveau", "A2", "a2Schrijven", true, "a2Spreken", true,
                "wijzigingReden", "Schrijven en spreken blijven achter na 660 uur les");
        tesfay.coordinator(TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", CaseDriver.today().toString());
        tesfay.runAsyncSteps();
        selam.holdProgressTalk("nee", "nee", null);
        selam.recordHours(600, 650);

        // second year: his exams (two results from DUO), her 800 hours, MAP and PVT for both, her eindgesprek
        travel(TODAY.plusMonths(18).minusDays(7), tesfay, selam);
        tesfay.holdProgressTalk("nee", "nee", null);
        selam.holdProgressTalk("nee", "nee", null);
        tesfay.correlate(MESSAGE_DUO_EXAMENUITSLAG, "examenOnderdeel", "LE", "examenNiveau", "B1", "examenDatum",
                CaseDriver.today().toString(), "examenResultaat", "Geslaagd");
        tesfay.correlate(MESSAGE_DUO_EXAMENUITSLAG, "examenOnderdeel", "LU", "examenNiveau", "B1", "examenDatum",
                CaseDriver.today().toString(), "examenResultaat", "Geslaagd");
        tesfay.recordExam("SC", "A2", "Geslaagd");
        tesfay.recordExam("SP", "A2", "Geslaagd");
        tesfay.recordExam("KNM", null, "Geslaagd");
        tesfay.holdMapTalk();
        tesfay.signPvt(14);
        selam.recordHours(820, 800);
        selam.holdMapTalk();
        selam.signPvt(12);
        selam.consulent(TASK_EINDGESPREK_ZROUTE, "zrouteEindgesprekDatum", CaseDriver.today().toString(), "zrouteVerslagAanbieder",
                "Doet zelf boodschappen, maakt afspraken bij de huisarts met hulp van een app");
        selam.runAsyncSteps();
        assertThat(tesfay.instance(PROCESS_ID)).hasPassed(END_EVENT_EXAMENS_BEHAALD);
        assertThat(selam.instance(PROCESS_ID)).hasPassed(END_EVENT_ZROUTE_AFGEROND);
        assertThat(pips.inForce(tesfay.caseNumber()).orElseThrow().a2Parts()).isEqualTo("SC,SP");

        travel(TODAY.plusMonths(20), tesfay, selam);
        tesfay.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        selam.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS108");
        tesfay.completeInburgering("BETAALD_WERK", "Magazijnmedewerker");
        selam.completeInburgering("VRIJWILLIGERSWERK", "Naaiatelier in de wijk");
        endAfterCare(tesfay, "BETAALD_WERK");
        endAfterCare(selam, "VRIJWILLIGERSWERK");

        assertOnRecord(tesfay, ClosureReason.DIPLOMA, Norm.BREDE_INTAKE, Norm.PIP, Norm.VOORTGANGSGESPREK,
                Norm.FINANCIEEL_ONTZORGEN, Norm.INBURGERINGSTERMIJN, Norm.NAZORG);
        assertOnRecord(selam, ClosureReason.ONTHEFFING, Norm.BREDE_INTAKE, Norm.PIP, Norm.VOORTGANGSGESPREK,
                Norm.INBURGERINGSTERMIJN, Norm.NAZORG);
        assertThat(recorded(selam)).containsKeys(Milestone.Z_ROUTE_FINISHED, Milestone.MAP_FINISHED, Milestone.PVT_SIGNED);
    }

    /** Persona 2: an Australian gezinsmigrant with a university degree, working in his field; no after-care. */
    @Test
    void persona2TheAustralianGezinsmigrantPassesTheB1RouteAtHisOwnCost() {
        CaseDriver james = register(persona(2, null));
        assertThat(james.main()).isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN)
                .hasNotPassed(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        james.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());
        james.completeBredeIntakeEnPip(new Intake("B1-route haalbaar", "GEALFABETISEERD", 18, "nee"), "B1_ROUTE");

        travel(TODAY.plusMonths(4), james);
        james.passExams("B1");
        james.holdMapTalk();
        james.signPvt(12);
        travel(TODAY.plusMonths(6).minusDays(10), james);
        james.holdProgressTalk("nee", "nee", null);
        travel(TODAY.plusMonths(7), james);
        james.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        james.completeInburgering("BETAALD_WERK", "Werkt als ingenieur");

        assertOnRecord(james, ClosureReason.DIPLOMA, Norm.BREDE_INTAKE, Norm.PIP, Norm.VOORTGANGSGESPREK,
                Norm.INBURGERINGSTERMIJN);
        assertThat(deadlines.findLatest(james.caseNumber(), Norm.NAZORG)).isEmpty();
        assertThat(deadlines.findLatest(james.caseNumber(), Norm.FINANCIEEL_ONTZORGEN)).isEmpty();
    }

    /** Persona 3: a Syrian doctor on the B1-route, her exam results all from DUO; after-care until she works as a doctor. */
    @Test
    void persona3TheSyrianDoctorPassesWithDuosResultsAndGoesOnToWorkAsADoctor() {
        CaseDriver rima = register(persona(3, "HH-P3-" + TestBsn.next()));
        rima.completeWarmeOverdracht(BRP, false);
        rima.completeBredeIntakeEnPip(new Intake("B1-route haalbaar", "GEALFABETISEERD", 18, "nee"), "B1_ROUTE");
        assertThat(advice(rima)).isEqualTo("B1_ROUTE");

        travel(TODAY.plusMonths(6).minusDays(3), rima);
        rima.holdProgressTalk("nee", "nee", null);
        travel(TODAY.plusMonths(9), rima);
        for (String part : List.of("LE", "LU", "SC", "SP", "KNM")) {
            rima.correlate(MESSAGE_DUO_EXAMENUITSLAG, "examenOnderdeel", part, "examenNiveau", "KNM".equals(part) ? null : "B1",
                    "examenDatum", CaseDriver.today().toString(), "examenResultaat", "Geslaagd");
        }
        rima.holdMapTalk();
        rima.signPvt(12);
        travel(TODAY.plusMonths(11), rima);
        rima.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        rima.completeInburgering("ONDERWIJS", "Traject BIG-registratie");
        endAfterCare(rima, "BETAALD_WERK");

        assertOnRecord(rima, ClosureReason.DIPLOMA, Norm.BREDE_INTAKE, Norm.PIP, Norm.VOORTGANGSGESPREK,
                Norm.INBURGERINGSTERMIJN, Norm.NAZORG);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM exam_result WHERE case_id = ?").param(caseOf(rima).id())
                .query(Integer.class).single()).isEqualTo(5);
    }

    /**
     * Persona 4: a Syrian man living alone, whose wife follows as a nareiziger with her own case in his
     * household (the children are not inburgeringsplichtig). He misses lessons (a warning), fails speaking
     * once, then passes.
     */
    @Test
    void persona4TheSyrianManIsJoinedByHisWifeAsANareizigerAndPassesAfterAWarning() {
        String household = "HH-P4-" + TestBsn.next();
        CaseDriver omar = register(persona(4, household));
        omar.completeWarmeOverdracht(BRP, false);
        omar.completeBredeIntakeEnPip(new Intake("B1-route haalbaar", "GEALFABETISEERD", 11, "nee"), "B1_ROUTE");

        travel(TODAY.plusMonths(4), omar);
        CaseDriver wife = register(Aanmeldingen.nareiziger(TestBsn.next(), Doelgroep.ASIELMIGRANT, household,
                Aanmeldingen.HOORN));
        var child = Aanmeldingen.nareiziger(TestBsn.next(), Doelgroep.ASIELMIGRANT, household, Aanmeldingen.HOORN);
        var tenYearOld = new AanmeldingRequest("Sami", "Haddad", child.bsn(), TODAY.minusYears(10), "SYR",
                Doelgroep.ASIELMIGRANT, Aanmeldingen.HOORN, household, "Arabisch", true, Opleidingsniveau.BASISONDERWIJS, null,
                null, true, null);
        assertThatThrownBy(() -> aanmeldingen.register(tenYearOld, new Requester("test", java.util.Set.of("GM0405"), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsEntry("geboortedatum", "Iemand jonger dan 16 jaar is niet inburgeringsplichtig"));
        assertThat(householdOf(wife)).isEqualTo(householdOf(omar));
        assertThat(wife.main()).isWaitingAt(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN)
                .hasNotPassed(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        wife.consulent(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, "begeleidingAanbieder", "Vluchtelingenwerk",
                "begeleidingVerwezenOp", CaseDriver.today().toString());
        wife.consulent(InburgeringProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN, "bijstandAangevraagd", "nee", "redenGeenBijstand",
                "Inkomen van haar man");
        assertThat(wife.main()).isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN);
        wife.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", CaseDriver.today().minusDays(1).toString());
        wife.completeBredeIntakeEnPip(new Intake("B1-route haalbaar", "GEALFABETISEERD", 9, "nee"), "B1_ROUTE");
        assertThat(wife.instance(PROCESS_ID)).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN, TASK_EXAMENUITSLAG_VASTLEGGEN, TASK_EINDGESPREK_MAP, TASK_PVT_VASTLEGGEN);

        travel(TODAY.plusMonths(6).minusDays(5), omar);
        omar.holdProgressTalk("nee", "ja", null);
        omar.consulent(TASK_WAARSCHUWING_PIP, "waarschuwingVerstuurdOp", CaseDriver.today().toString(), "waarschuwingToelichting",
                "Vier lessen niet gevolgd zonder bericht");
        travel(TODAY.plusMonths(12).minusDays(5), omar);
        omar.holdProgressTalk("nee", "nee", null);
        for (String part : List.of("LE", "LU", "SC")) {
            omar.recordExam(part, "B1", "Geslaagd");
        }
        omar.recordExam("SP", "B1", "Gezakt");
        omar.recordExam("KNM", null, "Geslaagd");
        assertThat(omar.instance(PROCESS_ID)).as("speaking not yet passed").isWaitingAt(TASK_EXAMENUITSLAG_VASTLEGGEN);
        travel(TODAY.plusMonths(15), omar);
        omar.recordExam("SP", "B1", "Geslaagd");
        omar.holdMapTalk();
        omar.signPvt(12);
        travel(TODAY.plusMonths(16), omar);
        omar.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        omar.completeInburgering("BETAALD_WERK", "Monteur");
        endAfterCare(omar, "BETAALD_WERK");

        assertOnRecord(omar, ClosureReason.DIPLOMA, Norm.BREDE_INTAKE, Norm.PIP, Norm.VOORTGANGSGESPREK,
                Norm.INBURGERINGSTERMIJN, Norm.NAZORG);
        assertThat(jdbc.sql("SELECT kind FROM sanction WHERE case_id = ?").param(caseOf(omar).id())
                .query(String.class).list()).containsExactly("WAARSCHUWING");
        assertThat(caseOf(wife).closedAt()).as("her case runs on").isNull();
    }

    /**
     * Persona 5: a Russian gezinsmigrant on her partner's farm. DUO extends her term (SS104); she passes after
     * three years, within the extension, so the term clock is met and never breached.
     */
    @Test
    void persona5TheRussianGezinsmigrantPassesWithinTheTermDuoExtended() {
        CaseDriver olga = register(persona(5, null));
        olga.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());
        olga.completeBredeIntakeEnPip(new Intake("B1-route haalbaar", "GEALFABETISEERD", 11, "nee"), "B1_ROUTE");
        LocalDate termEnd = caseOf(olga).termEndsOn();
        assertThat(termEnd).isEqualTo(TODAY.plusYears(3));

        for (int talk = 1; talk <= 6; talk++) {
            travel(TODAY.plusMonths(6L * talk).minusDays(10), olga);
            olga.holdProgressTalk("nee", "nee", null);
        }
        olga.recordExam("KNM", null, "Geslaagd");
        olga.holdMapTalk();
        olga.signPvt(12);
        travel(termEnd.minusMonths(3), olga);
        assertThat(olga.hasTask(InburgerenProcess.TASK_HERINNERING_INBURGERINGSTERMIJN)).isTrue();
        LocalDate extended = termEnd.plusMonths(6);
        olga.correlate(InburgeringProcess.MESSAGE_DUO_TERMIJN_VERLENGD, "duoGebeurtenis", "SS104", "termijnEinddatum",
                extended.toString());
        travel(termEnd.plusMonths(2), olga);
        for (String part : List.of("LE", "LU", "SC", "SP")) {
            olga.recordExam(part, "B1", "Geslaagd");
        }
        olga.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        olga.completeInburgering("BETAALD_WERK", "Meewerkend op het akkerbouwbedrijf");

        assertOnRecord(olga, ClosureReason.DIPLOMA, Norm.BREDE_INTAKE, Norm.PIP, Norm.VOORTGANGSGESPREK,
                Norm.INBURGERINGSTERMIJN);
        assertThat(recorded(olga).get(Milestone.TERM_EXTENDED).occurredOn()).isEqualTo(extended);
        assertThat(deadlines.findBreaches(olga.caseNumber())).as("every talk and the extended term in time").isEmpty();
    }

    /** Persona 6: an Eritrean 18-year-old, former AMV, wants to study: the onderwijsroute to MBO. */
    @Test
    void persona6TheYoungEritreanTakesTheOnderwijsrouteIntoFurtherEducation() {
        CaseDriver yonas = register(persona(6, "HH-P6-" + TestBsn.next()));
        yonas.completeWarmeOverdracht(BRP, false);
        yonas.completeBredeIntakeEnPip(new Intake("B1-route haalbaar", "GEALFABETISEERD", 12, "ja"), "ONDERWIJSROUTE");
        assertThat(advice(yonas)).isEqualTo("ONDERWIJSROUTE");
        assertThat(yonas.instance(PROCESS_ID)).hasPassed(END_EVENT_GEEN_MAP);

        travel(TODAY.plusMonths(2), yonas);
        yonas.consulent(TASK_TAALSCHAKELTRAJECT_STARTEN, "taalschakelStartdatum", CaseDriver.today().toString(),
                "taalschakelOnderwijsinstelling", "Clusius College");
        for (int talk = 1; talk <= 2; talk++) {
            travel(TODAY.plusMonths(6L * talk).minusDays(10), yonas);
            yonas.holdProgressTalk("nee", "nee", null);
        }
        yonas.signPvt(12);
        travel(TODAY.plusMonths(14), yonas);
        yonas.consulent(TASK_TAALSCHAKELTRAJECT_AFRONDEN, "taalschakelEinddatum", CaseDriver.today().toString(), "taalschakelUitstroom",
                "MBO", "taalschakelOpleiding", "Mbo 4 Technicus");
        travel(TODAY.plusMonths(15), yonas);
        yonas.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        yonas.completeInburgering("ONDERWIJS", "Mbo 4 Technicus");
        endAfterCare(yonas, "ONDERWIJS");

        assertOnRecord(yonas, ClosureReason.DIPLOMA, Norm.BREDE_INTAKE, Norm.PIP, Norm.VOORTGANGSGESPREK,
                Norm.INBURGERINGSTERMIJN, Norm.NAZORG);
        assertThat(pips.inForce(yonas.caseNumber()).orElseThrow().leerroute()).isEqualTo(Leerroute.ONDERWIJSROUTE);
        assertThat(recorded(yonas).get(Milestone.TAALSCHAKEL_ENDED).note()).isEqualTo("MBO: Mbo 4 Technicus");
    }

    private AanmeldingRequest persona(int index, String household) {
        return Aanmeldingen.withIdentity(PERSONAS.get(index), TestBsn.next(), household);
    }

    private CaseDriver register(AanmeldingRequest request) {
        return CaseDriver.register(engine, aanmeldingen, request);
    }

    /** Moves the one engine clock and fires what became due in each of the cases. */
    private static void travel(LocalDate day, CaseDriver... drivers) {
        Arrays.stream(drivers).forEach(driver -> driver.travelTo(day, 9));
    }

    /** After-care until its end (five years after housing, a month's warning), then the case closes. */
    private void endAfterCare(CaseDriver driver, String uitstroom) {
        assertThat(driver.instance(AfrondenEnNazorgProcess.PROCESS_ID)).isWaitingAt(AfrondenEnNazorgProcess.TIMER_CATCH_EINDE_NAZORG_NADERT);
        LocalDate housed = recorded(driver).get(Milestone.BRP_REGISTERED).occurredOn();
        driver.travelTo(housed.plusYears(5).minusMonths(1), 9);
        driver.consulent(AfrondenEnNazorgProcess.TASK_NAZORG_AFRONDEN, "uitstroom", uitstroom, "uitstroomToelichting", "Na vijf jaar");
    }

    /**
     * The case is closed with the reason, nothing is left open (task, clock), each norm given was met at
     * least once, the target-group decision is in the engine's history with its inputs, and the outflow
     * is recorded at completion (and at the end of after-care where it ran).
     */
    private void assertOnRecord(CaseDriver driver, ClosureReason reason, Norm... metNorms) {
        IntegrationCase closed = caseOf(driver);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.closedReason()).isEqualTo(reason);
        assertThat(driver.main()).isNull();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(driver.caseNumber()).count())
                .as("no task left").isZero();
        List<Deadline> clocks = deadlines.findByCase(driver.caseNumber());
        assertThat(clocks).extracting(Deadline::status).as("no clock left running").doesNotContain(DeadlineStatus.OPEN);
        for (Norm norm : metNorms) {
            assertThat(clocks).filteredOn(clock -> clock.norm() == norm).extracting(Deadline::status)
                    .as("norm %s", norm).contains(DeadlineStatus.MET);
        }
        var decision = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(InburgeringProcess.DECISION_ONDERDELEN_PER_DOELGROEP).processInstanceId(closed.processInstanceId())
                .includeInputs().singleResult();
        assertThat(decision.getInputs()).extracting(HistoricDecisionInputInstance::getValue)
                .contains(closed.doelgroep().name());
        assertThat(recorded(driver)).containsKeys(Milestone.BRP_REGISTERED, Milestone.PIP_ISSUED, Milestone.TERM_STARTED,
                Milestone.OBLIGATION_MET, Milestone.COMPLETED);
        boolean afterCare = clocks.stream().anyMatch(clock -> clock.norm() == Norm.NAZORG);
        assertThat(outflow.findByCase(driver.caseNumber())).extracting(OutflowService.Recorded::moment)
                .containsExactlyElementsOf(afterCare ? List.of(Outflow.Moment.AFRONDING, Outflow.Moment.EINDE_NAZORG)
                        : List.of(Outflow.Moment.AFRONDING));
    }

    private String advice(CaseDriver driver) {
        var history = engine.getHistoryService();
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(driver.caseNumber()).list().stream()
                .flatMap(instance -> history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(BredeIntakeEnPipProcess.DECISION_LEERROUTE_ADVIES)
                        .processInstanceId(instance.getId()).includeOutputs().list().stream())
                .flatMap(decision -> decision.getOutputs().stream())
                .filter(output -> "adviesLeerroute".equals(output.getVariableName()))
                .map(output -> String.valueOf(output.getValue())).findFirst().orElseThrow();
    }

    private IntegrationCase caseOf(CaseDriver driver) {
        return records.caseOf(driver.caseNumber());
    }

    private java.util.Map<Milestone, RecordedMilestone> recorded(CaseDriver driver) {
        return records.milestones(driver.caseNumber());
    }

    private Long householdOf(CaseDriver driver) {
        return records.householdOf(driver.caseNumber());
    }
}
