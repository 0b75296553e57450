package nl.inburgeringsregie.inburgeren;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.afronding.process.AfrondenEnNazorgProcess;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.termijn.NormBreach;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/** The inburgeringstermijn's clock: its reminder, its escalation without DUO's decision, and DUO's extension. */
class TermScenarioTest extends ScenarioTest {

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
}
