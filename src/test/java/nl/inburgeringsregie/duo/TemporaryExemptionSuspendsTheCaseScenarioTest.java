package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.duo.process.DuoNotificatieProcess;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.ClosureReason;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * A temporary exemption suspends the case, it does not close it [issue 18, error 1]. DUO's Gebeurtenissen.md lists SS109
 * "Tijdelijke vrijstelling toegekend" under "Intrekken Inburgeringsplicht" — "Deze administratie is relevant voor het
 * hervatten inburgeringsplicht" — and SS130 under "Termijn gewijzigd": "Tijdelijke vrijstelling ingetrokken, PIP al
 * bekend. Eerdere inburgeringsplicht wordt hervat", with the Inburgeringstermijn and Vrijstelling APIs. DOMAIN.md: "We
 * keep such a case suspended (clocks paused, administration complete), so that SS130 … resumes it with its PIP, route
 * and DUO's changed term; … SS110/SS111 end it for good". Driven against DUO's simulator in schakel 4 with its clocks
 * running; clock travel over months, never sleeping.
 */
class TemporaryExemptionSuspendsTheCaseScenarioTest extends SimulatedDuoScenarioTest {

    @Test
    void ss109SuspendsTheCaseWithItsClocksPausedAndSs130ResumesItWithTheClocksMovedAndDuosTerm() throws Exception {
        aCaseInSchakel4();
        CasePhase phaseBefore = aCase().phase();
        LocalDate talkDue = deadline(Norm.VOORTGANGSGESPREK).dueOn();
        LocalDate ourTermEnd = aCase().termEndsOn();
        // a month into schakel 4 DUO notifies an exemption that began three days before: the case stands still from its start
        driver.travelTo(TODAY.plusMonths(1), 9);
        LocalDate exemptFrom = TODAY.plusMonths(1).minusDays(3);

        // SS109: DUO granted a temporary exemption (Vrijstelling API: TijdelijkeVrijstelling.startdatum)
        duo.grantTemporaryExemption(duo.person(bsn), exemptFrom, null);
        send("SS109");

        assertThat(aCase().isOpen()).as("a temporary exemption does not close the case").isTrue();
        assertThat(aCase().phase()).isEqualTo(CasePhase.SUSPENDED);
        assertThat(recorded().get(Milestone.SUSPENDED).occurredOn()).isEqualTo(exemptFrom);
        assertThat(caseInstances().active().count()).as("every instance of the case is held").isZero();
        assertThat(caseInstances().suspended().count()).as("the main process and schakel 4").isEqualTo(2);
        assertThat(notificationOutcomes()).anyMatch(outcome -> outcome.startsWith("SIGNAAL: Zaak opgeschort vanaf "
                + dutch(exemptFrom) + ": tijdelijke vrijstelling (SS109)"));
        assertThatThrownBy(() -> driver.holdProgressTalk("nee", "nee", null))
                .as("no task of a suspended case can be completed").hasMessageContaining("suspended");

        // shown as such: the coordinator's case page and deadline list, the case API the consulent reads
        JsonNode page = getJson("coordinator", "/api/regie/zaken/" + driver.caseNumber());
        assertThat(page.path("faseOmschrijving").asText()).isEqualTo("Opgeschort: tijdelijke vrijstelling");
        assertThat(page.path("klokken").findValuesAsText("gepauzeerd")).isNotEmpty().containsOnly("true");
        JsonNode list = getJson("coordinator", "/api/regie/termijnen?stand=GEPAUZEERD&grootte=500");
        assertThat(list.path("regels").findValuesAsText("zaaknummer")).contains(driver.caseNumber());
        assertThat(list.path("regels").findValuesAsText("standOmschrijving")).containsOnly("gepauzeerd");
        JsonNode late = getJson("coordinator", "/api/regie/termijnen?stand=TE_LAAT&grootte=500");
        assertThat(late.path("regels").findValuesAsText("zaaknummer")).doesNotContain(driver.caseNumber());
        JsonNode file = getJson("consulent", "/api/zaken/" + driver.caseNumber());
        assertThat(file.path("faseOmschrijving").asText()).isEqualTo("Opgeschort: tijdelijke vrijstelling");
        assertThat(file.path("opgeschort").asBoolean()).isTrue();
        assertThat(file.path("opgeschortSinds").asText()).isEqualTo(exemptFrom.toString());

        // eight months pass: the progress talk falls due meanwhile, yet no timer of the held case fires
        LocalDate notifiedOn = TODAY.plusMonths(8);
        driver.travelTo(notifiedOn.minusDays(1), 9);
        assertThat(deadlines.findBreaches(driver.caseNumber())).as("no breach while the clocks stand still").isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(driver.caseNumber())
                .taskDefinitionKeyIn(InburgerenProcess.TASK_HERINNERING_VOORTGANGSGESPREK,
                        InburgerenProcess.TASK_ESCALATIE_VOORTGANGSGESPREK).count()).isZero();
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).isEqualTo(talkDue);

        // another notification for the held case is stored and ends as a signal, never lost
        send("SS137");
        assertThat(notificationOutcomes()).anyMatch(outcome -> outcome.startsWith("SIGNAAL: De zaak is opgeschort"));

        // SS130: DUO withdrew the exemption, its last day six days before the notification, and registered the term,
        // extended in its own way; the case runs again from the day after the exemption's last day
        driver.travelTo(notifiedOn, 9);
        LocalDate resumedOn = notifiedOn.minusDays(5);
        duo.withdrawTemporaryExemption(duo.person(bsn), resumedOn.minusDays(1));
        long days = ChronoUnit.DAYS.between(exemptFrom, resumedOn);
        LocalDate duoTermEnd = ourTermEnd.plusDays(days + 10);
        duo.person(bsn).termijnEinde = duoTermEnd;
        send("SS130");

        assertThat(aCase().phase()).as("back where it was").isEqualTo(phaseBefore);
        assertThat(recorded().get(Milestone.RESUMED).occurredOn()).isEqualTo(resumedOn);
        assertThat(caseInstances().suspended().count()).isZero();
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).as("moved by the days the case stood still")
                .isEqualTo(talkDue.plusDays(days));
        assertThat(driver.timer(InburgerenProcess.TIMER_START_VERLOPEN_VOORTGANGSGESPREK).getDuedate().toInstant())
                .isEqualTo(talkDue.plusDays(days + 1).atStartOfDay(CaseDriver.NL).toInstant());
        assertThat(aCase().termEndsOn()).as("DUO's term stands").isEqualTo(duoTermEnd);
        assertThat(deadline(Norm.INBURGERINGSTERMIJN).dueOn()).isEqualTo(duoTermEnd);
        LocalDate termStart = aCase().termStartsOn();
        String difference = "Termijn volgens DUO: " + dutch(termStart) + " t/m " + dutch(duoTermEnd)
                + " (eigen berekening: " + dutch(termStart) + " t/m " + dutch(ourTermEnd.plusDays(days)) + ")";
        assertThat(notificationOutcomes()).anyMatch(outcome -> outcome.startsWith("VERWERKT: Zaak hervat op "
                + dutch(resumedOn)) && outcome.endsWith(difference));
        assertThat(getJson("coordinator", "/api/regie/zaken/" + driver.caseNumber()).path("tijdlijn")
                .findValuesAsText("toelichting")).contains(difference);

        // the case's work goes on: the progress talk can be held
        driver.holdProgressTalk("nee", "nee", null);
        driver.runAsyncSteps();
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.VOORTGANGSGESPREK).orElseThrow().round())
                .as("the next round of progress talks").isEqualTo(2);
    }

    @Test
    void ss110ClosesASuspendedCase() throws Exception {
        aCaseInSchakel4();
        duo.grantTemporaryExemption(duo.person(bsn), TODAY, null);
        send("SS109");
        assertThat(aCase().phase()).isEqualTo(CasePhase.SUSPENDED);

        driver.travelTo(TODAY.plusMonths(3), 9);
        duo.person(bsn).plichtig = false;
        send("SS110");

        assertThat(aCase().isOpen()).as("SS110 ends the obligation for good (DOMAIN.md)").isFalse();
        assertThat(aCase().closedReason()).isEqualTo(ClosureReason.INGETROKKEN);
        assertThat(aCase().phase()).isEqualTo(CasePhase.CLOSED);
        assertThat(caseInstances().count()).as("its processes ended").isZero();
        assertThat(deadlines.findByCase(driver.caseNumber())).allMatch(deadline -> deadline.status() != DeadlineStatus.OPEN);
    }

    /**
     * SS129 "Tijdelijke vrijstelling ingetrokken, nog geen leerroute bekend" (Gebeurtenissen.md, "Nieuwe
     * inburgeringsplichtige"); DOMAIN.md: "SS129 (exemption ended, no PIP yet) starts the obligation as new". The
     * suspended case in schakel 3 runs again, and its intake and PIP clocks count from DUO's new begindatum.
     */
    @Test
    void ss129ResumesASuspendedCaseInSchakel3AndItsIntakeAndPipClocksStartFromTheNewObligation() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        driver.completeWarmeOverdracht(BRP, false);
        CasePhase phaseBefore = aCase().phase();
        assertThat(deadline(Norm.PIP).dueOn()).isBefore(TODAY.plusMonths(6));
        duo.grantTemporaryExemption(duo.person(bsn), TODAY, null);
        send("SS109");
        assertThat(aCase().phase()).isEqualTo(CasePhase.SUSPENDED);

        LocalDate notifiedOn = TODAY.plusMonths(6);
        driver.travelTo(notifiedOn, 9);
        assertThat(deadlines.findBreaches(driver.caseNumber())).as("the PIP's ten weeks passed while it stood still")
                .isEmpty();
        duo.withdrawTemporaryExemption(duo.person(bsn), notifiedOn.minusDays(1));
        duo.person(bsn).plichtBegin = notifiedOn;
        send("SS129");

        assertThat(aCase().phase()).isEqualTo(phaseBefore);
        assertThat(recorded().get(Milestone.RESUMED).occurredOn()).isEqualTo(notifiedOn);
        assertThat(recorded().get(Milestone.OBLIGATION_STARTED).occurredOn()).isEqualTo(notifiedOn);
        assertThat(deadline(Norm.BREDE_INTAKE).startsOn()).as("counted from the new obligation").isEqualTo(notifiedOn);
        assertThat(deadline(Norm.PIP).startsOn()).isEqualTo(notifiedOn);
        assertThat(deadline(Norm.PIP).dueOn()).isAfter(notifiedOn.plusWeeks(9));
        assertThat(notificationOutcomes()).anyMatch(outcome -> outcome.startsWith("VERWERKT: Zaak hervat op "
                + dutch(notifiedOn)));
        driver.holdBredeIntake(CaseDriver.Intake.B1_HAALBAAR);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.BREDE_INTAKE).orElseThrow().status())
                .as("its tasks can be done again, in time").isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.findBreaches(driver.caseNumber())).isEmpty();
    }

    private void aCaseInSchakel4() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        driver.completeWarmeOverdracht(BRP, false);
        duo.person(bsn).plichtBegin = TODAY.minusDays(2);
        duo.person(bsn).doelgroep = "Asielstatushouder";
        send("SS139");
        driver.completeBredeIntakeEnPip("B1_ROUTE");
        driver.runAsyncSteps();
        assertThat(aCase().termEndsOn()).isNotNull();
        assertThat(deadline(Norm.VOORTGANGSGESPREK).dueOn()).isBefore(TODAY.plusMonths(8));
    }

    /** The case's own process instances: not the processing of DUO's notifications, which carries the case number too. */
    private org.camunda.bpm.engine.runtime.ProcessInstanceQuery caseInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(driver.caseNumber())
                .processDefinitionKeyNotIn(DuoNotificatieProcess.PROCESS_ID);
    }

    private void send(String event) {
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, event).status()).isEqualTo(201);
        CaseDriver.processDuoNotifications(engine);
        driver.runAsyncSteps();
    }

    private List<String> notificationOutcomes() {
        return jdbc.sql("SELECT COALESCE(status, '') || ': ' || COALESCE(outcome, '') FROM inbound_message WHERE case_id = ?")
                .param(aCase().id()).query(String.class).list();
    }
}
