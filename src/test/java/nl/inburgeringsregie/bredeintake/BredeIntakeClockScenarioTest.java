package nl.inburgeringsregie.bredeintake;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.MESSAGE_UITSLAG_LEERBAARHEIDSTOETS;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_TOETS_PLANNEN;
import static nl.inburgeringsregie.termijn.Clocks.breachTimer;
import static nl.inburgeringsregie.termijn.Clocks.escalationTask;
import static nl.inburgeringsregie.termijn.Clocks.reminderTask;
import static nl.inburgeringsregie.termijn.Clocks.reminderTimer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.Schakel3ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.termijn.Deadline;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.termijn.NormBreach;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;
import nl.inburgeringsregie.zaak.process.InburgeringVariables;

/**
 * The clocks of schakel 3 with the engine clock moved instead of waiting: reminders, breaches and the
 * coordinators' escalations of the intake (four weeks) and PIP (ten weeks) norms, and the PIP clock moved by
 * DUO's notice (not in Het Hogeland).
 */
class BredeIntakeClockScenarioTest extends Schakel3ScenarioTest {

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
                .isEqualTo(due.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
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

        driver.planLeerbaarheidstoets();
        driver.correlate(MESSAGE_UITSLAG_LEERBAARHEIDSTOETS, "leerbaarheidstoetsUitslag", "B1-route haalbaar");
        draftPip("B1_ROUTE", null);
        // the review form names who drafted the PIP by the person's name, not the login name (issue 19, point 2)
        assertThat(engine.getTaskService().getVariable(driver.task(TASK_PIP_BEOORDELEN).getId(), "pipOpgesteldDoor"))
                .isEqualTo("Anna de Vries");
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
        assertThat(engine.getTaskService().getVariable(escalation.getId(), "termijnConsulent")).isEqualTo("Anna de Vries");

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
        driver.planLeerbaarheidstoets();
        driver.correlate(MESSAGE_UITSLAG_LEERBAARHEIDSTOETS, "leerbaarheidstoetsUitslag", "B1-route haalbaar");
        draftPip("B1_ROUTE", null);
        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", CaseDriver.today().toString());

        NormBreach resolved = single(deadlines.findBreaches(driver.caseNumber()));
        assertThat(resolved.metOn()).isEqualTo(due.plusDays(4));
        assertThat(resolved.daysLate()).isEqualTo(4);
        assertThat(resolved.action()).as("the measure stays with the breach").isEqualTo("TAAK_OVERGEDRAGEN");
    }

    /**
     * Seed 004: "uiterlijk binnen 10 weken na inschrijving in de BRP een PIP"; the PIP norm is met on the PIP's
     * dagtekening, not on the day the approval is entered [issue 18, error 9]. Dated on the due day and approved the
     * day after, it is in time: the breach recorded when the due day passed is withdrawn and the escalation ends.
     */
    @Test
    void aPipDatedWithinTenWeeksButApprovedTheDayAfterTheDeadlineIsMetAndNotEscalated() {
        toDraftPip("B1-route haalbaar");
        draftPip("B1_ROUTE", null);
        LocalDate due = BRP.plusWeeks(10);
        driver.travelTo(due.plusDays(1), 9);
        assertThat(driver.hasTask(escalationTask("PIP"))).as("the breach timer fired").isTrue();

        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", due.toString());
        driver.runAsyncSteps();

        Deadline met = deadlines.findLatest(driver.caseNumber(), Norm.PIP).orElseThrow();
        assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(met.metOn()).as("met on the dagtekening").isEqualTo(due);
        assertThat(deadlines.findBreaches(driver.caseNumber())).as("no breach: the PIP is dated in time").isEmpty();
        assertThat(driver.hasTask(escalationTask("PIP"))).isFalse();
        assertThat(pips.inForce(driver.caseNumber())).as("approved").isPresent();
    }

    /** A PIP dated after the ten weeks is late by its dagtekening, whenever it is approved. */
    @Test
    void aPipDatedAfterTheTenWeeksIsLateByItsDagtekening() {
        toDraftPip("B1-route haalbaar");
        draftPip("B1_ROUTE", null);
        LocalDate due = BRP.plusWeeks(10);
        driver.travelTo(due.plusDays(5), 9);

        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", due.plusDays(2).toString());

        NormBreach late = breach(Norm.PIP);
        assertThat(late.metOn()).isEqualTo(due.plusDays(2));
        assertThat(late.daysLate()).as("counted from the dagtekening, not the day of entry").isEqualTo(2);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.PIP).orElseThrow().metOn()).isEqualTo(due.plusDays(2));
    }

    /** The intake norm (four weeks from BRP) is met on the day the intake talk was held, not the day it is entered. */
    @Test
    void anIntakeHeldWithinFourWeeksButEnteredLateIsMet() {
        LocalDate due = BRP.plusWeeks(4);
        driver.travelTo(due.plusDays(2), 9);
        assertThat(driver.hasTask(escalationTask("BREDE_INTAKE"))).isTrue();

        holdIntakeHeldOn(due);

        Deadline met = deadlines.findLatest(driver.caseNumber(), Norm.BREDE_INTAKE).orElseThrow();
        assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(met.metOn()).isEqualTo(due);
        assertThat(deadlines.findBreaches(driver.caseNumber())).isEmpty();
        assertThat(driver.hasTask(escalationTask("BREDE_INTAKE"))).isFalse();
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
}
