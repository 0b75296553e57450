package nl.inburgeringsregie.afronding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.afronding.process.AfrondenEnNazorgProcess;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.termijn.Deadline;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.termijn.NormBreach;
import nl.inburgeringsregie.zaak.ClosureReason;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/** How a case ends: DUO's decision on death, a move to another gemeente, and after-care closed late. */
class AfrondingScenarioTest extends ScenarioTest {

    @Autowired
    OutflowService outflow;

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
    void afterCareNotClosedByItsEndEscalatesToTheCoordinatorsAndTheLateClosureCountsTheDaysLate() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
        driver.completeInburgering("BETAALD_WERK", "Werkt in de zorg");
        ProcessInstance afronden = driver.instance(AfrondenEnNazorgProcess.PROCESS_ID);
        // five years after housing [seed 004, stap 5: "tot vijf jaar na huisvesting statushouder"]
        LocalDate due = recorded().get(Milestone.HOUSING_ALLOCATED).occurredOn().plusYears(5);
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
        assertThat(engine.getTaskService().getVariable(escalation.getId(), "termijnConsulent")).isEqualTo("Anna de Vries");
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
}
