package nl.inburgeringsregie.bredeintake;

import nl.inburgeringsregie.zaak.process.InburgeringVariables;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_BOETEVOORSTEL_BEOORDELEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_VOEREN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.MESSAGE_UITSLAG_LEERBAARHEIDSTOETS;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_TOETS_PLANNEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_BOETEVOORSTEL_OPSTELLEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_TOETS_UITSLAG;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_WAARSCHUWING_VERSTUREN;
import static nl.inburgeringsregie.termijn.Clocks.breachTimer;
import static nl.inburgeringsregie.termijn.Clocks.escalationTask;
import static nl.inburgeringsregie.termijn.Clocks.reminderTask;
import static nl.inburgeringsregie.termijn.Clocks.reminderTimer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

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
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.CaseReportRepository;
import nl.inburgeringsregie.zaak.CaseRepository;
import nl.inburgeringsregie.zaak.Doelgroep;
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
import nl.inburgeringsregie.handhaving.FineDecision;
import nl.inburgeringsregie.handhaving.Sanction;
import nl.inburgeringsregie.handhaving.SanctionKind;
import nl.inburgeringsregie.handhaving.SanctionService;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipService;
import nl.inburgeringsregie.pip.PipStatus;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;

/**
 * Every path of schakel 3 through the real models, listeners and case tables, with the engine clock
 * moved instead of waiting: intake in time and late, no-shows with warning and fine, the
 * leerbaarheidstoets (taken, skipped, missed), the route advice and a deviation from it, the PIP sent
 * back and approved, the term, the PIP clock moved by DUO's notice, and the delivery to DUO.
 */
@IntegrationTest
class BredeIntakeEnPipScenarioTest {

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
    CaseReportRepository reports;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    PipService pips;
    @Autowired
    SanctionService sanctions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate rest;

    private CaseDriver driver;
    private ProcessInstance schakel3;

    @BeforeEach
    void startCase() {
        BpmnAwareTests.init(engine);
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        driver.completeWarmeOverdracht(BRP, false);
    }

    @AfterEach
    void reset() {
        CaseDriver.resetClock();
        BpmnAwareTests.reset();
    }

    @Test
    void intakeInTimeThenTestAdviceAndApprovedPipDeliveredToDuo() {
        ProcessInstance main = driver.main();
        assertThat(schakel3()).isWaitingAt(TASK_INTAKEGESPREK_PLANNEN);
        assertThat(driver.task(TASK_INTAKEGESPREK_PLANNEN).getAssignee()).as("the case's consulent").isEqualTo("consulent");
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).isEqualTo(BRP.plusWeeks(4));
        assertThat(deadline(Norm.PIP).dueOn()).isEqualTo(BRP.plusWeeks(10));
        assertThat(driver.timer(reminderTimer("BREDE_INTAKE")).getDuedate())
                .isEqualTo(at(BRP.plusWeeks(4).minusWeeks(1), 7));
        assertThat(driver.timer(breachTimer("BREDE_INTAKE")).getDuedate()).isEqualTo(at(BRP.plusWeeks(4).plusDays(1), 0));

        holdIntake(12, "GEALFABETISEERD", "nee", "nee");

        assertThat(schakel3()).hasPassed(BredeIntakeEnPipProcess.END_EVENT_BREDE_INTAKE_AFGEROND);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.BREDE_INTAKE).orElseThrow().status())
                .isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.findBreaches(driver.caseNumber())).isEmpty();
        assertThat(driver.hasTimer(breachTimer("BREDE_INTAKE"))).as("clock stopped").isFalse();
        assertThat(recorded()).containsKey(Milestone.BREDE_INTAKE_DONE);
        var report = reports.findByCase(aCase().id(), "BREDE_INTAKE_GESPREK");
        assertThat(report).hasSize(1);
        assertThat(report.get(0).content()).contains("Rugklachten").contains("Arts in Syrië");
        assertThat(engine.getRuntimeService().getVariable(schakel3().getId(), "gezondheid"))
                .as("health notes live in the case file, not in the process").isNull();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(schakel3().getId())
                .variableName("gezondheid").count()).as("nor in the engine's history").isZero();
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(schakel3().getId())
                .variableUpdates().list()).noneMatch(detail -> detail instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate update
                        && "gezondheid".equals(update.getVariableName()));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(schakel3().getId())
                .variableName("jarenScholing").count()).as("what the advice routes on stays").isEqualTo(1);

        driver.runAsyncSteps();
        assertThat(outbox("LBT_EXAMENNUMMER_OPVRAGEN")).hasSize(1);
        assertThat(schakel3()).isWaitingAt(TASK_TOETS_PLANNEN);
        planTest();
        driver.correlate(MESSAGE_UITSLAG_LEERBAARHEIDSTOETS, "leerbaarheidstoetsUitslag", "B1-route haalbaar");

        assertThat(schakel3()).isWaitingAt(TASK_PIP_OPSTELLEN);
        assertThat(engine.getRuntimeService().getVariable(schakel3().getId(), "adviesLeerroute")).isEqualTo("B1_ROUTE");
        assertThat(recorded().get(Milestone.LEERBAARHEIDSTOETS_RESULT).note()).isEqualTo("B1-route haalbaar");
        draftPip("B1_ROUTE", null);
        assertThat(schakel3()).isWaitingAt(TASK_PIP_BEOORDELEN);
        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());

        IntegrationCase approved = aCase();
        assertThat(approved.termStartsOn()).as("the day after the first PIP").isEqualTo(TODAY.plusDays(1));
        assertThat(approved.termEndsOn()).isEqualTo(TODAY.plusDays(1).plusYears(3).minusDays(1));
        assertThat(approved.leerroute()).isEqualTo("B1_ROUTE");
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.PIP).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().niveau()).isEqualTo("B1");

        driver.runAsyncSteps();
        List<String> delivered = outbox("PIP_REGISTREREN");
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0)).contains("\"dagtekeningPip\":\"" + TODAY + "\"").contains("\"leerroute\":\"B\"")
                .contains("\"niveau\":\"B1\"").contains("\"indicatorAlfabetiseringsonderwijs\":\"NVT\"");
        assertThat(schakel3()).isEnded();
        assertThat(main).as("no bijstand, so no ontzorgen: the main process goes on with schakel 4")
                .hasPassed(InburgeringProcess.END_EVENT_GEEN_ONTZORGEN).isWaitingAt(InburgeringProcess.CALL_ACTIVITY_INBURGEREN_EN_PARTICIPEREN);
        assertThat(aCase().phase()).isEqualTo(CasePhase.INBURGEREN);
    }

    @Test
    void intakeNotDoneInTimeRemindsTheConsulentThenEscalatesAndRecordsTheBreach() {
        LocalDate due = BRP.plusWeeks(4);
        driver.travelTo(due.minusWeeks(1), 8);

        assertThat(driver.task(reminderTask("BREDE_INTAKE")).getAssignee()).isEqualTo("consulent");
        assertThat(driver.hasTask(escalationTask("BREDE_INTAKE"))).isFalse();

        driver.travelTo(due, 23);
        assertThat(driver.hasTask(escalationTask("BREDE_INTAKE"))).as("not late on the due day itself").isFalse();
        driver.travelTo(due.plusDays(1), 9);

        var escalation = driver.task(escalationTask("BREDE_INTAKE"));
        assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
                .anyMatch(link -> "coordinatoren".equals(link.getGroupId()));
        assertThat(engine.getTaskService().getVariable(escalation.getId(), "termijnVervaldatum"))
                .isEqualTo(due.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        NormBreach breach = single(deadlines.findBreaches(driver.caseNumber()));
        assertThat(breach.norm()).isEqualTo(Norm.BREDE_INTAKE);
        assertThat(breach.dueOn()).isEqualTo(due);
        assertThat(breach.daysLate()).as("still running").isNull();
        assertThat(schakel3()).as("a clock never stops the case").isWaitingAt(TASK_INTAKEGESPREK_PLANNEN);

        driver.coordinator(escalationTask("BREDE_INTAKE"), "escalatieMaatregel", "CONSULENT_AANGESPROKEN",
                "escalatieToelichting", "Intake deze week ingepland");
        assertThat(single(deadlines.findBreaches(driver.caseNumber())).action()).isEqualTo("CONSULENT_AANGESPROKEN");

        driver.travelTo(due.plusDays(3), 10);
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");

        NormBreach resolved = single(deadlines.findBreaches(driver.caseNumber()));
        assertThat(resolved.metOn()).isEqualTo(due.plusDays(3));
        assertThat(resolved.daysLate()).isEqualTo(3);
        assertThat(driver.hasTask(reminderTask("BREDE_INTAKE"))).as("the clock's tasks end with the intake").isFalse();
    }

    @Test
    void pipNotApprovedInTenWeeksEscalatesWhileTheIntakeWasInTime() {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        driver.travelTo(BRP.plusWeeks(10).plusDays(1), 9);

        assertThat(driver.hasTask(escalationTask("PIP"))).isTrue();
        assertThat(deadlines.findBreaches(driver.caseNumber())).extracting(NormBreach::norm).containsExactly(Norm.PIP);
    }

    @Test
    void aReminderTheConsulentClosesEndsItsEventSubprocessButTheIntakeClockRunsOn() {
        LocalDate due = BRP.plusWeeks(4);
        driver.travelTo(due.minusWeeks(1), 8);
        var reminder = driver.task(reminderTask("BREDE_INTAKE"));
        assertThat(engine.getTaskService().getVariable(reminder.getId(), "termijnNaam")).isEqualTo(Norm.BREDE_INTAKE.label());
        assertThat(engine.getTaskService().getVariable(reminder.getId(), "termijnVervaldatum")).isEqualTo(dutch(due));

        driver.consulent(reminderTask("BREDE_INTAKE"), "herinneringNotitie", "Gebeld; intake volgende week gepland");

        assertThat(driver.hasTask(reminderTask("BREDE_INTAKE"))).isFalse();
        assertThat(schakel3()).hasPassed(BredeIntakeEnPipProcess.END_EVENT_HERINNERING_BREDE_INTAKE).isWaitingAt(TASK_INTAKEGESPREK_PLANNEN);
        Deadline running = deadline(Norm.BREDE_INTAKE);
        assertThat(running.status()).as("seeing the reminder does not meet the norm").isEqualTo(DeadlineStatus.OPEN);
        assertThat(running.dueOn()).isEqualTo(due);
        assertThat(driver.hasTimer(reminderTimer("BREDE_INTAKE"))).as("one reminder per deadline").isFalse();
        assertThat(driver.hasTimer(breachTimer("BREDE_INTAKE"))).as("the breach still watched").isTrue();
        assertThat(deadlines.findBreaches(driver.caseNumber())).isEmpty();

        driver.travelTo(due.minusDays(2), 10);
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.BREDE_INTAKE).orElseThrow().status())
                .isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.findBreaches(driver.caseNumber())).as("met in time after the reminder").isEmpty();
        assertThat(driver.hasTimer(breachTimer("BREDE_INTAKE"))).isFalse();
    }

    @Test
    void aFurtherIntakeTalkPlansTheIntakeAgainAndOnlyTheLastTalkCompletesTheIntake() {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee", "ja");

        assertThat(schakel3()).as("vervolggesprek: back to planning").isWaitingAt(TASK_INTAKEGESPREK_PLANNEN)
                .hasNotPassed(BredeIntakeEnPipProcess.END_EVENT_BREDE_INTAKE_AFGEROND);
        assertThat(reports.findByCase(aCase().id(), "BREDE_INTAKE_GESPREK")).as("the first talk is in the case file")
                .hasSize(1);
        assertThat(recorded()).doesNotContainKey(Milestone.BREDE_INTAKE_DONE);
        assertThat(deadline(Norm.BREDE_INTAKE).status()).as("the intake is not done yet").isEqualTo(DeadlineStatus.OPEN);
        assertThat(driver.hasTask(TASK_TOETS_PLANNEN)).isFalse();
        assertThat(outbox("LBT_EXAMENNUMMER_OPVRAGEN")).as("no test before the intake is done").isEmpty();

        holdIntake(12, "GEALFABETISEERD", "nee", "nee", "nee");

        assertThat(schakel3()).hasPassed(BredeIntakeEnPipProcess.END_EVENT_BREDE_INTAKE_AFGEROND);
        assertThat(reports.findByCase(aCase().id(), "BREDE_INTAKE_GESPREK")).hasSize(2);
        assertThat(recorded().get(Milestone.BREDE_INTAKE_DONE).occurredOn()).isEqualTo(TODAY);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.BREDE_INTAKE).orElseThrow().status())
                .isEqualTo(DeadlineStatus.MET);
        driver.runAsyncSteps();
        assertThat(schakel3()).isWaitingAt(TASK_TOETS_PLANNEN);
    }

    @Test
    void thePipReminderClosedByTheConsulentLeavesThePipClockToBeMetByTheApproval() {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        driver.runAsyncSteps();
        LocalDate due = BRP.plusWeeks(10);
        driver.travelTo(due.minusWeeks(1), 8);
        var reminder = driver.task(reminderTask("PIP"));
        assertThat(reminder.getAssignee()).isEqualTo("consulent");
        assertThat(engine.getTaskService().getVariable(reminder.getId(), "termijnVervaldatum")).isEqualTo(dutch(due));

        driver.consulent(reminderTask("PIP"), "herinneringNotitie", "Toets is gepland; PIP volgt");

        assertThat(schakel3()).hasPassed(BredeIntakeEnPipProcess.END_EVENT_HERINNERING_PIP).isWaitingAt(TASK_TOETS_PLANNEN);
        assertThat(driver.hasTask(reminderTask("PIP"))).isFalse();
        assertThat(deadline(Norm.PIP).dueOn()).isEqualTo(due);
        assertThat(driver.hasTimer(breachTimer("PIP"))).isTrue();

        planTest();
        driver.correlate(MESSAGE_UITSLAG_LEERBAARHEIDSTOETS, "leerbaarheidstoetsUitslag", "B1-route haalbaar");
        draftPip("B1_ROUTE", null);
        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", CaseDriver.today().toString());
        driver.runAsyncSteps();

        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.PIP).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.findBreaches(driver.caseNumber())).isEmpty();
        assertThat(schakel3()).isEnded().hasNotPassed(BredeIntakeEnPipProcess.TASK_ESCALATIE_PIP);
        assertThat(outbox("PIP_REGISTREREN")).hasSize(1);
    }

    @Test
    void theCoordinatorsMeasureOnALatePipIsRecordedAndTheLateApprovalCountsTheDaysLate() {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        driver.runAsyncSteps();
        LocalDate due = BRP.plusWeeks(10);
        driver.travelTo(due.plusDays(1), 9);
        var escalation = driver.task(escalationTask("PIP"));
        assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
                .anyMatch(link -> "coordinatoren".equals(link.getGroupId()));
        assertThat(engine.getTaskService().getVariable(escalation.getId(), "termijnConsulent")).isEqualTo("consulent");

        assertThatThrownBy(() -> driver.coordinator(escalationTask("PIP"), "escalatieMaatregel", "TAAK_OVERGEDRAGEN"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Licht de maatregel toe");
        assertThat(driver.task(escalationTask("PIP")).getId()).isEqualTo(escalation.getId());
        assertThat(single(deadlines.findBreaches(driver.caseNumber())).action()).as("nothing recorded").isNull();

        driver.coordinator(escalationTask("PIP"), "escalatieMaatregel", "TAAK_OVERGEDRAGEN",
                "escalatieToelichting", "Zaak naar een collega met ruimte in de agenda");

        NormBreach breach = single(deadlines.findBreaches(driver.caseNumber()));
        assertThat(breach.norm()).isEqualTo(Norm.PIP);
        assertThat(breach.dueOn()).isEqualTo(due);
        assertThat(breach.action()).isEqualTo("TAAK_OVERGEDRAGEN");
        assertThat(breach.actionNote()).isEqualTo("Zaak naar een collega met ruimte in de agenda");
        assertThat(breach.actionBy()).isEqualTo("coordinator");
        assertThat(breach.daysLate()).as("the PIP is still not there").isNull();
        assertThat(schakel3()).hasPassed(BredeIntakeEnPipProcess.END_EVENT_ESCALATIE_PIP).isWaitingAt(TASK_TOETS_PLANNEN);
        assertThat(driver.hasTask(escalationTask("PIP"))).isFalse();
        assertThat(deadline(Norm.PIP).status()).isEqualTo(DeadlineStatus.OPEN);

        driver.travelTo(due.plusDays(4), 10);
        planTest();
        driver.correlate(MESSAGE_UITSLAG_LEERBAARHEIDSTOETS, "leerbaarheidstoetsUitslag", "B1-route haalbaar");
        draftPip("B1_ROUTE", null);
        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", CaseDriver.today().toString());

        NormBreach resolved = single(deadlines.findBreaches(driver.caseNumber()));
        assertThat(resolved.metOn()).isEqualTo(due.plusDays(4));
        assertThat(resolved.daysLate()).isEqualTo(4);
        assertThat(resolved.action()).as("the measure stays with the breach").isEqualTo("TAAK_OVERGEDRAGEN");
    }

    @Test
    void pipSentBackWithRemarksAndApprovedOnlyByAnotherPerson() {
        toDraftPip("B1-route haalbaar");
        draftPip("B1_ROUTE", null);
        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "TERUGSTUREN", "pipOpmerkingen", "Participatiedeel concreter maken");

        assertThat(schakel3()).isWaitingAt(TASK_PIP_OPSTELLEN);
        assertThat(pips.versions(driver.caseNumber())).extracting(Pip::status).containsExactly(PipStatus.TERUGGESTUURD);
        assertThat(engine.getTaskService().getVariable(driver.task(TASK_PIP_OPSTELLEN).getId(), "pipOpmerkingen"))
                .isEqualTo("Participatiedeel concreter maken");
        assertThat(aCase().termStartsOn()).as("no term without an approved PIP").isNull();

        draftPip("B1_ROUTE", null);
        var review = driver.task(TASK_PIP_BEOORDELEN);
        assertThatThrownBy(() -> driver.complete(TASK_PIP_BEOORDELEN, "consulent", "coordinatoren",
                CaseDriver.vars("pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Vier ogen");
        assertThatThrownBy(() -> driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN",
                "pipDagtekening", BRP.minusDays(1).toString()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("inschrijving in de gemeente");
        assertThatThrownBy(() -> driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN",
                "pipDagtekening", TODAY.plusDays(1).toString()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("niet in de toekomst");
        assertThatThrownBy(() -> driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "TERUGSTUREN"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("moet aanpassen");
        assertThat(driver.task(TASK_PIP_BEOORDELEN).getId()).isEqualTo(review.getId());

        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        assertThat(pips.versions(driver.caseNumber())).extracting(Pip::status)
                .containsExactly(PipStatus.TERUGGESTUURD, PipStatus.VASTGESTELD);
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().reviewedBy()).isEqualTo("coordinator");
        assertThat(aCase().termStartsOn()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void aRouteOtherThanTheAdviceNeedsAWrittenReason() {
        toDraftPip("B1-route haalbaar");
        var draft = driver.task(TASK_PIP_OPSTELLEN);

        assertThatThrownBy(() -> draftPip("Z_ROUTE", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("schriftelijke reden");
        assertThat(driver.task(TASK_PIP_OPSTELLEN).getId()).isEqualTo(draft.getId());
        assertThat(pips.versions(driver.caseNumber())).isEmpty();

        draftPip("Z_ROUTE", "Concentratieproblemen na trauma; B1 in drie jaar niet reëel");
        Pip pip = pips.versions(driver.caseNumber()).get(0);
        assertThat(pip.leerroute()).isEqualTo(Leerroute.Z_ROUTE);
        assertThat(pip.advisedRoute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(pip.deviationReason()).startsWith("Concentratieproblemen");
        assertThat(pip.niveau()).as("no level on the Z-route").isNull();
    }

    @Test
    void duoRulesAreEnforcedOnTheFirstPip() {
        toDraftPip("B1-route haalbaar");

        assertThatThrownBy(() -> draftPip("B1_ROUTE", null, "niveau", "A2"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("eerste PIP");
        assertThat(pips.versions(driver.caseNumber())).isEmpty();
    }

    @Test
    void fieldsTheFormHidesForTheChosenRouteAreNotKeptFromAnEarlierRound() {
        toDraftPip("B1-route haalbaar");
        draftPip("B1_ROUTE", null, "geschatteIntensiteitB1", 600L);
        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "TERUGSTUREN", "pipOpmerkingen", "Liever de onderwijsroute");

        draftPip("ONDERWIJSROUTE", "Wil geneeskunde studeren");

        Pip second = pips.versions(driver.caseNumber()).get(1);
        assertThat(second.leerroute()).isEqualTo(Leerroute.ONDERWIJSROUTE);
        assertThat(second.mapProvider()).as("no MAP on the onderwijsroute").isNull();
        assertThat(second.estimatedHoursB1()).isNull();
        assertThat(second.niveau()).isEqualTo("B1");
        assertThat(engine.getTaskService().getVariable(driver.task(TASK_PIP_BEOORDELEN).getId(), "pipOpmerkingen"))
                .as("the review starts without the previous remarks").isNull();
    }

    @Test
    void aVisualOrHearingImpairmentSkipsTheTestAndTheAdviceFollowsTheIntake() {
        holdIntake(3, "ANALFABEET", "nee", "ja");

        assertThat(schakel3()).isWaitingAt(TASK_PIP_OPSTELLEN).hasPassed(BredeIntakeEnPipProcess.SERVICE_TASK_TOETS_VRIJSTELLING)
                .hasNotPassed(BredeIntakeEnPipProcess.SERVICE_TASK_TOETS_AANMELDEN);
        assertThat(engine.getRuntimeService().getVariable(schakel3().getId(), "adviesLeerroute")).isEqualTo("Z_ROUTE");
        assertThat(recorded()).containsKey(Milestone.LEERBAARHEIDSTOETS_SKIPPED);
        assertThat(reports.findByCase(aCase().id(), "BREDE_INTAKE_GESPREK").get(0).content())
                .as("the impairment is health data: in the intake report only").contains("Blind aan één oog");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(schakel3().getId())
                .variableName("beperkingToelichting").count()).isZero();
        assertThat(outbox("LBT_EXAMENNUMMER_OPVRAGEN")).isEmpty();
    }

    @Test
    void aMissedTestIsPlannedAgainAndTheConsulentMayEnterTheResult() {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        driver.runAsyncSteps();
        planTest();
        driver.consulent(TASK_TOETS_UITSLAG, "toetsAfgenomen", "nee");
        assertThat(schakel3()).isWaitingAt(TASK_TOETS_PLANNEN);

        planTest();
        assertThatThrownBy(() -> driver.consulent(TASK_TOETS_UITSLAG, "toetsAfgenomen", "ja",
                "leerbaarheidstoetsUitslag", "Geslaagd"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("B1-route niet haalbaar");
        driver.consulent(TASK_TOETS_UITSLAG, "toetsAfgenomen", "ja", "leerbaarheidstoetsUitslag", "B1-route niet haalbaar");

        assertThat(schakel3()).isWaitingAt(TASK_PIP_OPSTELLEN);
        assertThat(engine.getRuntimeService().getVariable(schakel3().getId(), "adviesLeerroute")).isEqualTo("Z_ROUTE");
    }

    @Test
    void notCooperatingWithTheIntakeLeadsToAWarningThenAFineDecidedByFourEyes() {
        driver.consulent(TASK_INTAKEGESPREK_PLANNEN, "intakeGesprekDatum", TODAY.plusDays(3).toString(),
                "intakeGesprekLocatie", "Gemeentehuis", "intakeTolk", "ja");
        driver.consulent(TASK_INTAKEGESPREK_VOEREN, "intakeVerschenen", "nee", "nietVerschenenVerwijtbaar", "nee",
                "redenNietVerschenen", "Ziek");
        assertThat(schakel3()).as("not culpable: plan again").isWaitingAt(TASK_INTAKEGESPREK_PLANNEN);

        noShow();
        assertThat(schakel3()).isWaitingAt(TASK_WAARSCHUWING_VERSTUREN);
        driver.consulent(TASK_WAARSCHUWING_VERSTUREN, "waarschuwingVerstuurdOp", TODAY.toString(),
                "waarschuwingToelichting", "Bij opnieuw niet verschijnen volgt een boete");
        assertThat(schakel3()).isWaitingAt(TASK_INTAKEGESPREK_PLANNEN);

        noShow();
        assertThat(schakel3()).isWaitingAt(TASK_BOETEVOORSTEL_OPSTELLEN);
        assertThatThrownBy(() -> driver.consulent(TASK_BOETEVOORSTEL_OPSTELLEN, "boeteBedrag", 300, "boeteMotivering", "Tweede keer"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("250");
        driver.consulent(TASK_BOETEVOORSTEL_OPSTELLEN, "boeteBedrag", 150, "boeteMotivering", "Tweede keer niet verschenen na waarschuwing");
        assertThatThrownBy(() -> driver.complete(TASK_BOETEVOORSTEL_BEOORDELEN, "consulent", "coordinatoren",
                CaseDriver.vars("boeteBesluit", "GOEDKEUREN", "boeteBesluitMotivering", "Akkoord")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Vier ogen");
        driver.coordinator(TASK_BOETEVOORSTEL_BEOORDELEN, "boeteBesluit", "AFWIJZEN",
                "boeteBesluitMotivering", "Asielstatushouder; geen uitzonderlijke omstandigheden");

        assertThat(schakel3()).isWaitingAt(TASK_INTAKEGESPREK_PLANNEN);
        List<Sanction> recorded = sanctions.findByCase(driver.caseNumber());
        assertThat(recorded).extracting(Sanction::kind).containsExactly(SanctionKind.WAARSCHUWING, SanctionKind.BOETE);
        assertThat(recorded.get(1).amountEuros()).isEqualTo(150);
        assertThat(recorded.get(1).decision()).isEqualTo(FineDecision.AFWIJZEN);
        assertThat(recorded.get(1).decidedBy()).isEqualTo("coordinator");
    }

    @Test
    void duoNoticeLaterThanTheBrpRegistrationMovesThePipClock() {
        LocalDate notice = TODAY.minusDays(1);
        driver.correlate(InburgeringProcess.MESSAGE_DUO_MELDING_GEVESTIGD, InburgeringVariables.VAR_DUO_SETTLED_DATE, notice.toString());

        assertThat(deadline(Norm.PIP).dueOn()).as("the later of BRP and DUO's notice").isEqualTo(notice.plusWeeks(10));
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).as("the intake counts from BRP").isEqualTo(BRP.plusWeeks(4));
        assertThat(driver.timer(breachTimer("PIP")).getDuedate()).isEqualTo(at(notice.plusWeeks(10).plusDays(1), 0));
        assertThat(driver.timer(reminderTimer("PIP")).getDuedate()).isEqualTo(at(notice.plusWeeks(9), 7));
        assertThat(recorded().get(Milestone.DUO_NOTICE).occurredOn()).isEqualTo(notice);
    }

    @Test
    void hetHogelandCountsThePipFromTheBrpRegistrationOnly() {
        var hogeland = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.of(TestBsn.next(), Doelgroep.ASIELMIGRANT, "GM1966"));
        hogeland.completeWarmeOverdracht(BRP, false);
        hogeland.correlate(InburgeringProcess.MESSAGE_DUO_MELDING_GEVESTIGD, InburgeringVariables.VAR_DUO_SETTLED_DATE,
                TODAY.minusDays(1).toString());

        assertThat(deadlines.findOpen(hogeland.caseNumber(), Norm.PIP).orElseThrow().dueOn()).isEqualTo(BRP.plusWeeks(10));
    }

    @Test
    void aCaseUnderTheOldLawHasNoDuoTestAndNoDeliveryToDuo() {
        var overgang = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.of(TestBsn.next(), Doelgroep.ASIELMIGRANT_OVERGANG));
        overgang.completeWarmeOverdracht(BRP, false);
        overgang.consulent(TASK_INTAKEGESPREK_PLANNEN, "intakeGesprekDatum", TODAY.toString(), "intakeGesprekLocatie", "Stadhuis",
                "intakeTolk", "nee");
        overgang.consulent(TASK_INTAKEGESPREK_VOEREN, "intakeVerschenen", "ja", "intakeGehoudenOp", TODAY.toString(),
                "tolkGebruikt", "nee", "opleiding", "Middelbare school", "jarenScholing", 10, "werkervaring", "Kapper",
                "gezondheid", "Goed", "traumaSignalen", "nee", "gezin", "Alleenstaand", "financien", "Bijstand",
                "geletterdheid", "GEALFABETISEERD", "motivatieEnDoelen", "Eigen zaak", "studiewens", "nee",
                "beperkingZichtOfGehoor", "nee", "vervolggesprekNodig", "nee");
        var instance = overgang.instance(BredeIntakeEnPipProcess.PROCESS_ID);

        assertThat(instance).isWaitingAt(TASK_PIP_OPSTELLEN).hasPassed(BredeIntakeEnPipProcess.SERVICE_TASK_TOETS_VRIJSTELLING)
                .hasNotPassed(BredeIntakeEnPipProcess.SERVICE_TASK_TOETS_AANMELDEN);
        overgang.complete(TASK_PIP_OPSTELLEN, "consulent", "consulenten", CaseDriver.vars("leerroute", "B1_ROUTE", "niveau", "B1",
                "taalaanbieder", "Taalcentrum", "alfabetisering", "NVT", "pvtAanbieder", "VWN", "mapAanbieder", "Werkplein",
                "begeleidingAfspraken", "Maandelijks", "participatieAfspraken", "Werk", "duurMaanden", 36));
        overgang.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        overgang.runAsyncSteps();

        assertThat(instance).isEnded().hasNotPassed(BredeIntakeEnPipProcess.SERVICE_TASK_PIP_AANLEVEREN);
        long caseId = cases.findByNumber(overgang.caseNumber()).orElseThrow().id();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE case_id = ?").param(caseId)
                .query(Integer.class).single()).as("Wi2013: outside DUO's exchange").isZero();
    }

    @Test
    void aFamilyMigrantWithoutWarmeOverdrachtGetsTheBrpAskedAndGoesToTheIntake() {
        var family = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        assertThat(family.main()).isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN);

        family.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());

        assertThat(family.main()).isWaitingAt(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP)
                .hasPassed(InburgeringProcess.END_EVENT_GEEN_ONTZORGEN);
        assertThat(deadlines.findOpen(family.caseNumber(), Norm.BREDE_INTAKE).orElseThrow().dueOn())
                .isEqualTo(BRP.plusWeeks(4));
    }

    @Test
    void theCaseApiShowsTheClocksBreachesAndPipVersionsOnlyWithinTheGemeente() {
        LocalDate due = BRP.plusWeeks(4);
        driver.travelTo(due.plusDays(1), 9);
        toDraftPip("B1-route haalbaar");
        draftPip("B1_ROUTE", null);

        var termijnen = rest.withBasicAuth("consulent", "demo")
                .getForEntity("/api/zaken/" + driver.caseNumber() + "/termijnen", String.class);
        assertThat(termijnen.getStatusCode().value()).isEqualTo(200);
        assertThat(termijnen.getBody()).contains("\"norm\":\"BREDE_INTAKE\"").contains("\"status\":\"MET\"")
                .contains("\"vervaldatum\":\"" + due + "\"").contains("\"overschrijdingen\":[{");
        var pip = rest.withBasicAuth("coordinator", "demo").getForEntity("/api/zaken/" + driver.caseNumber() + "/pip",
                String.class);
        assertThat(pip.getBody()).contains("\"versie\":1").contains("\"status\":\"CONCEPT\"")
                .contains("\"opgesteldDoor\":\"consulent\"");
        assertThat(rest.withBasicAuth("consulenthogeland", "demo")
                .getForEntity("/api/zaken/" + driver.caseNumber() + "/termijnen", String.class).getStatusCode().value())
                .as("another gemeente's case does not exist for Het Hogeland").isEqualTo(404);
        assertThat(rest.getForEntity("/api/zaken/" + driver.caseNumber() + "/pip", String.class).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void tasklistSubmissionsAreCheckedWithADutchMessagePerField() {
        toDraftPip("B1-route haalbaar");
        String draft = driver.task(TASK_PIP_OPSTELLEN).getId();
        // as Tasklist sends a Camunda Form: untyped JSON values, numbers as JSON numbers
        String deviating = """
                {"variables": {"leerroute": {"value": "Z_ROUTE"}, "taalaanbieder": {"value": "Taalcentrum Hoorn"},
                 "alfabetisering": {"value": "NVT"}, "magOpleidingAfmaken": {"value": false},
                 "pvtAanbieder": {"value": "Vluchtelingenwerk"}, "mapAanbieder": {"value": "Werkplein"},
                 "begeleidingAfspraken": {"value": "Maandelijks"}, "participatieAfspraken": {"value": "Taalcafé"},
                 "duurMaanden": {"value": 24}}}""";

        var refused = submit("consulent", draft, deviating);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        // the form shows its reason field when the route deviates from the advice, and requires it (CheckedFormSubmissions)
        assertThat(refused.getBody()).contains("Vul 'Waarom wijkt u af van het advies?' in");
        assertThat(driver.task(TASK_PIP_OPSTELLEN).getId()).isEqualTo(draft);

        var accepted = submit("consulent", draft, deviating.replace("\"duurMaanden\"",
                "\"afwijkingReden\": {\"value\": \"Concentratieproblemen\"}, \"duurMaanden\""));
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(204);
        assertThat(pips.versions(driver.caseNumber()).get(0).durationMonths()).isEqualTo(24);

        var selfReview = submit("consulent", driver.task(TASK_PIP_BEOORDELEN).getId(),
                "{\"variables\": {\"pipBesluit\": {\"value\": \"GOEDKEUREN\"}}}");
        assertThat(selfReview.getStatusCode().value()).as("a consulent cannot review a PIP").isEqualTo(403);
        assertThat(selfReview.getBody()).contains("TASK_WORK");
        assertThat(schakel3()).isWaitingAt(TASK_PIP_BEOORDELEN);
    }

    private org.springframework.http.ResponseEntity<String> submit(String user, String taskId, String json) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/submit-form",
                org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>(json, headers),
                String.class);
    }

    // --- steps ---------------------------------------------------------------------------------

    private void holdIntake(int yearsOfSchooling, String literacy, String wantsToStudy, String impairment) {
        holdIntake(yearsOfSchooling, literacy, wantsToStudy, impairment, "nee");
    }

    private void holdIntake(int yearsOfSchooling, String literacy, String wantsToStudy, String impairment,
            String furtherTalk) {
        driver.consulent(TASK_INTAKEGESPREK_PLANNEN, "intakeGesprekDatum", LocalDate.now(CaseDriver.NL).toString(),
                "intakeGesprekLocatie", "Gemeentehuis Hoorn", "intakeTolk", "ja");
        var fields = CaseDriver.vars("intakeVerschenen", "ja", "intakeGehoudenOp", LocalDate.now(CaseDriver.NL).toString(),
                "tolkGebruikt", "ja", "opleiding", "Geneeskunde, Damascus", "jarenScholing", (long) yearsOfSchooling,
                "werkervaring", "Arts in Syrië", "gezondheid", "Rugklachten", "traumaSignalen", "nee",
                "gezin", "Gehuwd, twee kinderen", "financien", "Geen schulden", "geletterdheid", literacy,
                "motivatieEnDoelen", "Weer als arts werken", "studiewens", wantsToStudy,
                "beperkingZichtOfGehoor", impairment, "vervolggesprekNodig", furtherTalk);
        if ("ja".equals(impairment)) {
            fields.put("beperkingToelichting", "Blind aan één oog, slechtziend");
        }
        driver.complete(TASK_INTAKEGESPREK_VOEREN, "consulent", "consulenten", fields);
    }

    private void noShow() {
        driver.consulent(TASK_INTAKEGESPREK_PLANNEN, "intakeGesprekDatum", TODAY.plusDays(3).toString(),
                "intakeGesprekLocatie", "Gemeentehuis", "intakeTolk", "ja");
        driver.consulent(TASK_INTAKEGESPREK_VOEREN, "intakeVerschenen", "nee", "nietVerschenenVerwijtbaar", "ja");
    }

    private void planTest() {
        driver.consulent(TASK_TOETS_PLANNEN, "toetsDatum", TODAY.plusDays(5).toString(), "toetsLocatie", "Gemeentehuis",
                "toetsBegeleider", "J. de Boer (gecertificeerd)");
    }

    private void toDraftPip(String testResult) {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        driver.runAsyncSteps();
        planTest();
        driver.correlate(MESSAGE_UITSLAG_LEERBAARHEIDSTOETS, "leerbaarheidstoetsUitslag", testResult);
    }

    private void draftPip(String route, String deviationReason, Object... overrides) {
        Map<String, Object> fields = CaseDriver.vars("leerroute", route, "taalaanbieder", "Taalcentrum Hoorn",
                "alfabetisering", "NVT", "magOpleidingAfmaken", false, "pvtAanbieder", "Vluchtelingenwerk",
                "begeleidingAfspraken", "Maandelijks gesprek", "participatieAfspraken", "Vrijwilligerswerk in de zorg",
                "duurMaanden", 36L);
        if (!"ONDERWIJSROUTE".equals(route)) {
            fields.put("mapAanbieder", "Werkplein Hoorn");
        }
        if ("B1_ROUTE".equals(route)) {
            fields.put("niveau", "B1");
        }
        if (deviationReason != null) {
            fields.put("afwijkingReden", deviationReason);
        }
        fields.putAll(CaseDriver.vars(overrides));
        driver.complete(TASK_PIP_OPSTELLEN, "consulent", "consulenten", fields);
    }

    // --- reading ------------------------------------------------------------------------------

    /** Schakel 3 of the case; kept once found, so assertions still work after it ended. */
    private ProcessInstance schakel3() {
        if (schakel3 == null) {
            schakel3 = driver.instance(BredeIntakeEnPipProcess.PROCESS_ID);
        }
        return schakel3;
    }

    private Deadline deadline(Norm norm) {
        return deadlines.findOpen(driver.caseNumber(), norm).orElseThrow();
    }

    private IntegrationCase aCase() {
        return cases.findByNumber(driver.caseNumber()).orElseThrow();
    }

    private Map<Milestone, RecordedMilestone> recorded() {
        var byMilestone = new java.util.EnumMap<Milestone, RecordedMilestone>(Milestone.class);
        milestones.findByCase(aCase().id()).forEach(m -> byMilestone.put(m.milestone(), m));
        return byMilestone;
    }

    private List<String> outbox(String operation) {
        return jdbc.sql("SELECT COALESCE(body, '') FROM outbound_message WHERE case_id = ? AND operation = ?")
                .params(aCase().id(), operation).query(String.class).list();
    }

    private static String dutch(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(CaseDriver.NL).toInstant());
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
