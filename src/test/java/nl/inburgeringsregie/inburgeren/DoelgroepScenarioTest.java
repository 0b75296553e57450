package nl.inburgeringsregie.inburgeren;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.afronding.process.AfrondenEnNazorgProcess;
import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.termijn.Deadline;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.zaak.ClosureReason;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Each target group of DOMAIN.md's table from aanmelding to the end of its case, by clock travel, following
 * only its own parts: the gezinsmigrant without warme overdracht, ontzorgen or after-care; the asielmigrant
 * coupled before 2022 without DUO's test, route, MAP or data exchange; the ondertussengroep with only what it
 * did not do before and the Wi2013 term it has; a nareiziger's own case in the household; a move-in with
 * the previous gemeente's PIP (SS121).
 */
class DoelgroepScenarioTest extends ScenarioTest {

    @Test
    void aGezinsmigrantGetsIntakePipRouteMapAndPvtButNoWarmeOverdrachtOntzorgenOrAfterCare() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        assertThat(driver.main()).isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN)
                .hasNotPassed(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());
        assertThat(driver.main()).hasPassed(InburgeringProcess.END_EVENT_GEEN_ONTZORGEN);
        driver.completeBredeIntakeEnPip("B1_ROUTE");

        assertThat(schakel4()).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN, TASK_EXAMENUITSLAG_VASTLEGGEN, TASK_EINDGESPREK_MAP, TASK_PVT_VASTLEGGEN);
        assertThat(outbox("PIP_REGISTREREN")).as("Wi2021: the PIP goes to DUO").hasSize(1);
        driver.travelTo(TODAY.plusMonths(6).minusDays(3), 9);
        driver.holdProgressTalk("nee", "nee", null);
        driver.travelTo(TODAY.plusMonths(10), 9);
        driver.passExams("B1");
        driver.holdMapTalk();
        driver.signPvt(12);
        assertThat(schakel4()).hasPassed(END_EVENT_EXAMENS_BEHAALD, SERVICE_TASK_MAP_MELDEN, SERVICE_TASK_PVT_MELDEN);
        assertThat(outbox("MAP_REGISTREREN")).hasSize(1);

        driver.travelTo(TODAY.plusMonths(14), 9);
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        ProcessInstance afronden = driver.instance(AfrondenEnNazorgProcess.PROCESS_ID);
        driver.completeInburgering("BETAALD_WERK", "Werkt als ingenieur");

        assertThat(afronden).isEnded().hasPassed(AfrondenEnNazorgProcess.END_EVENT_GEEN_NAZORG);
        assertThat(driver.main()).isNull();
        assertThat(aCase().closedReason()).isEqualTo(ClosureReason.DIPLOMA);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.NAZORG)).as("no after-care clock").isEmpty();
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.FINANCIEEL_ONTZORGEN)).isEmpty();
        assertThat(openDeadlines()).isEmpty();
    }

    @Test
    void anAsielmigrantCoupledBefore2022HasWarmeOverdrachtIntakePvtAndAfterCareButNoDuoTestRouteOrMap() {
        driver = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.of(TestBsn.next(), Doelgroep.ASIELMIGRANT_OVERGANG));
        assertThat(aCase().koppeldatum()).isBefore(LocalDate.of(2022, 1, 1));
        driver.completeWarmeOverdracht(BRP, true);
        assertThat(driver.main()).as("on bijstand, but ontzorgen is for the new law only")
                .hasPassed(InburgeringProcess.END_EVENT_GEEN_ONTZORGEN);
        // DOMAIN.md: Wi2013 cases have no Wi2021 leerroute — the PIP has none (was drafted with B1 before issue 18)
        driver.completeBredeIntakeEnPip(null);

        assertThat(schakel4()).hasPassed(END_EVENT_GEEN_LEERROUTE, END_EVENT_GEEN_MAP).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN, TASK_PVT_VASTLEGGEN);
        assertThat(history(BredeIntakeEnPipProcess.SERVICE_TASK_TOETS_VRIJSTELLING)).as("no leerbaarheidstoets under Wi2013").isOne();
        driver.signPvt(16);
        driver.travelTo(TODAY.plusMonths(6).minusDays(1), 9);
        driver.holdProgressTalk("nee", "nee", null);
        assertThat(outboxCount()).as("Wi2013: outside DUO's exchange").isZero();

        driver.travelTo(TODAY.plusMonths(9), 9);
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        driver.completeInburgering("VRIJWILLIGERSWERK", "Taalmaatje in de bibliotheek");
        assertThat(driver.instance(AfrondenEnNazorgProcess.PROCESS_ID)).as("statushouder: after-care").isWaitingAt(AfrondenEnNazorgProcess.TIMER_CATCH_EINDE_NAZORG_NADERT);
        driver.travelTo(BRP.plusYears(5).minusMonths(1), 9);
        driver.consulent(AfrondenEnNazorgProcess.TASK_NAZORG_AFRONDEN, "uitstroom", "BETAALD_WERK", "uitstroomToelichting", "Schoonmaakbedrijf");

        assertThat(driver.main()).isNull();
        assertThat(aCase().closedReason()).isEqualTo(ClosureReason.DIPLOMA);
        assertThat(openDeadlines()).isEmpty();
    }

    @Test
    void aPipChangeUnderTheOldLawIsApprovedWithoutAnyMessageToDuo() {
        driver = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.of(TestBsn.next(), Doelgroep.ASIELMIGRANT_OVERGANG));
        driver.completeWarmeOverdracht(BRP, false);
        // DOMAIN.md: Wi2013 cases have no Wi2021 leerroute or term (before issue 18: a B1 PIP starting a term)
        driver.completeBredeIntakeEnPip(null);
        assertThat(aCase().termEndsOn()).as("no Wi2021 term").isNull();
        assertThat(schakel4()).hasPassed(END_EVENT_GEEN_LEERROUTE).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN, TASK_PVT_VASTLEGGEN);

        driver.holdProgressTalk("ja", "nee", null);
        assertThat(schakel4()).isWaitingAt(TASK_PIP_WIJZIGEN, TASK_VOORTGANGSGESPREK_VOEREN, TASK_PVT_VASTLEGGEN);
        driver.consulent(TASK_PIP_WIJZIGEN, "wijzigingReden", "Concentratieproblemen; meer begeleiding nodig");
        driver.coordinator(TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        driver.runAsyncSteps();

        assertThat(schakel4()).as("Gegevensuitwisseling DUO? nee").hasPassed(END_EVENT_PIP_GEWIJZIGD)
                .hasNotPassed(SERVICE_TASK_GEWIJZIGD_PIP_AANLEVEREN).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN, TASK_PVT_VASTLEGGEN);
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().version()).isEqualTo(2);
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().leerroute()).as("Wi2013: still no leerroute").isNull();
        assertThat(aCase().termEndsOn()).as("a changed PIP starts no term either").isNull();
        assertThat(outboxCount()).as("Wi2013: outside DUO's exchange, also for a changed PIP").isZero();
        assertThat(schakel4()).as("no leerroute under Wi2013, so the change starts none")
                .hasNotPassed(BOUNDARY_LEERROUTE_GEWIJZIGD);
        assertThat(driver.hasTask(TASK_UREN_REGISTREREN)).isFalse();
    }

    @Test
    void theOndertussengroepThatHadItsIntakeKeepsItsWi2013TermAndOnlyGetsProgressTalks() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.ONDERTUSSENGROEP));
        LocalDate priorPlan = TODAY.minusMonths(14);
        LocalDate termStart = LocalDate.of(2021, 9, 1);
        driver.consulent(InburgeringProcess.TASK_EERDER_GEVOLGDE_ONDERDELEN, "eerderBredeIntake", "ja", "eerderPlanDatum",
                priorPlan.toString(), "termijnStartdatum", termStart.toString(), "eerderPvt", "ja",
                "eerderMaatschappelijkeBegeleiding", "ja");
        assertThat(driver.main()).isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN);
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", "2021-08-15");

        assertThat(driver.main()).hasNotPassed(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP);
        assertThat(schakel4()).hasPassed(END_EVENT_GEEN_LEERROUTE, END_EVENT_GEEN_MAP, END_EVENT_GEEN_PVT).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN);
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).as("every six months from the earlier plan, the next ahead")
                .isEqualTo(priorPlan.plusMonths(18));
        assertThat(aCase().termStartsOn()).isEqualTo(termStart);
        assertThat(deadline(Norm.INBURGERINGSTERMIJN).dueOn()).as("the Wi2013 term, three years from DUO's start")
                .isEqualTo(termStart.plusYears(3).minusDays(1)).isEqualTo(aCase().termEndsOn());
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.BREDE_INTAKE)).as("intake done before").isEmpty();

        driver.travelTo(priorPlan.plusMonths(18).minusDays(5), 9);
        driver.holdProgressTalk("nee", "nee", null);
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS107");
        ProcessInstance afronden = driver.instance(AfrondenEnNazorgProcess.PROCESS_ID);
        driver.completeInburgering("GEEN", "Zorgt voor de kinderen");
        assertThat(afronden).as("housed in 2021: five years after housing have passed").isEnded()
                .hasPassed(AfrondenEnNazorgProcess.END_EVENT_GEEN_NAZORG);
        assertThat(aCase().closedReason()).isEqualTo(ClosureReason.VRIJSTELLING);
    }

    @Test
    void theOndertussengroepWithoutAnEarlierIntakeGetsIntakePipAndPvtButTheTermStaysWhereDuoStartedIt() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.ONDERTUSSENGROEP));
        LocalDate termStart = LocalDate.of(2021, 11, 1);
        driver.consulent(InburgeringProcess.TASK_EERDER_GEVOLGDE_ONDERDELEN, "eerderBredeIntake", "nee", "termijnStartdatum",
                termStart.toString(), "eerderPvt", "nee", "eerderMaatschappelijkeBegeleiding", "nee");
        driver.consulent(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, "begeleidingAanbieder", "Vluchtelingenwerk",
                "begeleidingVerwezenOp", "2021-12-01");
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", "2021-12-01");
        driver.completeBredeIntakeEnPip(null);
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().leerroute()).as("Wi2013: no Wi2021 leerroute").isNull();

        assertThat(schakel4()).hasPassed(END_EVENT_GEEN_LEERROUTE, END_EVENT_GEEN_MAP).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN, TASK_PVT_VASTLEGGEN);
        assertThat(aCase().termStartsOn()).as("a PIP under Wi2013 does not start a new term").isEqualTo(termStart);
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).as("talks count from this PIP")
                .isEqualTo(TODAY.plusMonths(6));
        assertThat(recorded()).containsKeys(Milestone.PIP_ISSUED, Milestone.TERM_STARTED)
                .doesNotContainKey(Milestone.PRIOR_PLAN);
        driver.signPvt(12);
        assertThat(schakel4()).hasPassed(TASK_PVT_VASTLEGGEN).as("Wi2013: no report to DUO").hasNotPassed(SERVICE_TASK_PVT_MELDEN);
    }

    @Test
    void aNareizigerGetsAnOwnCaseInTheHouseholdWithoutWarmeOverdracht() {
        String household = "HH-NR-" + TestBsn.next();
        var first = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.withIdentity(Aanmeldingen.asielmigrant(TestBsn.next()), TestBsn.next(), household));
        driver = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.nareiziger(TestBsn.next(), Doelgroep.ASIELMIGRANT, household, Aanmeldingen.HOORN));

        assertThat(driver.caseNumber()).isNotEqualTo(first.caseNumber());
        assertThat(aCase().nareiziger()).isTrue();
        assertThat(householdOf(driver.caseNumber())).isEqualTo(householdOf(first.caseNumber())).isNotNull();
        assertThat(driver.main()).as("DOMAIN.md: maatschappelijke begeleiding, though no warme overdracht")
                .isWaitingAt(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN)
                .hasNotPassed(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        assertThat(first.main()).as("the household member who came first has the warme overdracht")
                .isWaitingAt(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        driver.consulent(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, "begeleidingAanbieder", "Vluchtelingenwerk",
                "begeleidingVerwezenOp", BRP.toString());
        driver.consulent(InburgeringProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN, "bijstandAangevraagd", "nee", "redenGeenBijstand", "Werkt");
        assertThat(driver.main()).isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN);

        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).isEqualTo(BRP.plusWeeks(4));
        driver.completeBredeIntakeEnPip("Z_ROUTE");
        assertThat(schakel4()).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN, TASK_UREN_REGISTREREN, TASK_EINDGESPREK_MAP, TASK_PVT_VASTLEGGEN);

        driver.travelTo(TODAY.plusMonths(5), 9);
        driver.holdProgressTalk("nee", "nee", null);
        driver.recordHours(400, 420);
        driver.travelTo(TODAY.plusMonths(11), 9);
        driver.holdProgressTalk("nee", "nee", null);
        driver.recordHours(810, 800);
        driver.holdMapTalk();
        driver.signPvt(12);
        driver.consulent(TASK_EINDGESPREK_ZROUTE, "zrouteEindgesprekDatum", CaseDriver.today().toString(), "zrouteVerslagAanbieder",
                "Redt zich bij de huisarts en op school");
        driver.runAsyncSteps();
        assertThat(schakel4()).hasPassed(END_EVENT_ZROUTE_AFGEROND, SERVICE_TASK_ZROUTE_MELDEN);

        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS108");
        driver.completeInburgering("VRIJWILLIGERSWERK", "Moskee en school");
        assertThat(driver.instance(AfrondenEnNazorgProcess.PROCESS_ID)).isWaitingAt(AfrondenEnNazorgProcess.TIMER_CATCH_EINDE_NAZORG_NADERT);
        assertThat(aCase().closedAt()).isNull();
    }

    @Test
    void aMoveInWithThePreviousGemeentesPipGoesStraightToSchakel4AndKeepsItsTerm() {
        LocalDate dagtekening = TODAY.minusMonths(20);
        LocalDate extendedEnd = dagtekening.plusYears(3).plusMonths(4);
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.movedInWithPip(TestBsn.next(),
                new AanmeldingRequest.PipVorigeGemeente("GM0363", dagtekening, Leerroute.B1_ROUTE, "B1", extendedEnd)));

        assertThat(driver.main()).isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN)
                .hasNotPassed(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());

        assertThat(driver.main()).hasNotPassed(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP)
                .hasPassed(InburgeringProcess.END_EVENT_GEEN_ONTZORGEN);
        assertThat(schakel4()).isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN, TASK_EXAMENUITSLAG_VASTLEGGEN, TASK_EINDGESPREK_MAP, TASK_PVT_VASTLEGGEN);
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().leerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(recorded().get(Milestone.MOVED_IN_WITH_PIP).note()).contains("GM0363");
        assertThat(aCase().termEndsOn()).as("DUO's extension comes along").isEqualTo(extendedEnd);
        assertThat(deadline(Norm.INBURGERINGSTERMIJN).dueOn()).isEqualTo(extendedEnd);
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).as("the talks go on from the PIP's dagtekening")
                .isEqualTo(dagtekening.plusMonths(24));
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.PIP)).as("no new PIP to make").isEmpty();

        driver.passExams("B1");
        driver.holdMapTalk();
        driver.signPvt(12);
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        driver.completeInburgering("ONDERWIJS", "MBO verpleegkunde");
        assertThat(driver.instance(AfrondenEnNazorgProcess.PROCESS_ID)).isWaitingAt(AfrondenEnNazorgProcess.TIMER_CATCH_EINDE_NAZORG_NADERT);
        assertThat(recorded()).doesNotContainKey(Milestone.HOUSING_ALLOCATED);
        assertThat(deadline(Norm.NAZORG).dueOn()).as("no housing date here: after-care counts from the BRP registration")
                .isEqualTo(BRP.plusYears(5));
    }

    private List<Deadline> openDeadlines() {
        return deadlines.findByCase(driver.caseNumber()).stream().filter(d -> d.status() == DeadlineStatus.OPEN).toList();
    }

    private long history(String activityId) {
        var history = engine.getHistoryService();
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(driver.caseNumber()).list()
                .stream().mapToLong(instance -> history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId()).activityId(activityId).count())
                .sum();
    }

    private Long householdOf(String caseNumber) {
        return records.householdOf(caseNumber);
    }

    private int outboxCount() {
        return records.outboxCount(driver.caseNumber());
    }
}
