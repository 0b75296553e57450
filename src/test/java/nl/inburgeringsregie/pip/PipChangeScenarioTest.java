package nl.inburgeringsregie.pip;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.inburgeren.HoursService;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;

/**
 * A changed PIP in schakel 4: A2 on parts only after 600 hours, a route switch restarts the route, a change sent
 * back leaves the PIP in force; never a new term.
 */
class PipChangeScenarioTest extends ScenarioTest {

    @Autowired
    HoursService hours;

    /**
     * Hours recorded before issue 20 (a running total without provider or month, as the progress talk's form took
     * them): they count for the 600 hours as before (docs/consulent.md, "Uren"); hours per provider count only at a
     * provider with the Blik op Werk keurmerk (HoursScenarioTest).
     */
    private void hoursWithoutProvider(int language) {
        hours.record(driver.caseNumber(), TODAY.toString(), language, null, "consulent");
    }

    /** A changed PIP: A2 on parts only after 600 hours; a route switch restarts the route; the term stays. */
    @Test
    void pipChangeScalesToA2AfterSixHundredHoursAndARouteSwitchRestartsTheRoute() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        LocalDate termStart = aCase().termStartsOn();
        hoursWithoutProvider(500);
        driver.holdProgressTalk("ja", "nee", null);
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

    @Test
    void scalingToA2OnPartsKeepsTheB1RouteRunning() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        hoursWithoutProvider(650);
        driver.holdProgressTalk("ja", "nee", null);
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
}
