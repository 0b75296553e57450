package nl.inburgeringsregie.inburgeren;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.termijn.Deadline;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.termijn.NormBreach;

/**
 * The progress talks every six months: the reminder, the coordinators' measure on a missed talk, and a culpable
 * breach of the PIP the talk finds, enforced with warning and fine (the asielmigrant exception).
 */
class ProgressTalkScenarioTest extends ScenarioTest {

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
        assertThat(engine.getTaskService().getVariable(escalation.getId(), "termijnConsulent")).isEqualTo("Anna de Vries");

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

    /**
     * A progress talk at least twice a year [seed 004 §5] is met on the date the talk was held, not the day it is
     * entered [issue 18, error 9]: held on the due day and entered two days later, it is in time.
     */
    @Test
    void aProgressTalkHeldOnTheDueDayButEnteredLaterIsMetInTime() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        LocalDate due = TODAY.plusMonths(6);
        driver.travelTo(due.plusDays(2), 9);
        assertThat(driver.hasTask(InburgerenProcess.TASK_ESCALATIE_VOORTGANGSGESPREK)).isTrue();

        driver.holdProgressTalk(due, "nee", "nee", null);

        assertThat(deadlines.findBreaches(driver.caseNumber())).isEmpty();
        assertThat(driver.hasTask(InburgerenProcess.TASK_ESCALATIE_VOORTGANGSGESPREK)).isFalse();
        assertThat(deadlines.findByCase(driver.caseNumber())).filteredOn(d -> d.norm() == Norm.VOORTGANGSGESPREK
                && d.status() == DeadlineStatus.MET).extracting(Deadline::metOn).containsExactly(due);
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
}
