package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.duo.process.DuoNotificatieProcess;
import nl.inburgeringsregie.duo.process.DuoNotificatieVariables;
import nl.inburgeringsregie.duo.simulator.SimulatedNotificaties;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.Schakel3ScenarioTest;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * SS137 "Persoon is aangemeld voor de leerbaarheidstoets" (DUO Gebeurtenissen.md:71) on a real case: the case that
 * registered the test itself (it holds DUO's exam number) is confirmed and its registration stays as recorded; a case
 * without an exam number gets the registration recorded and a signal for the consulent, so the test is not booked
 * twice.
 */
class TestRegisteredNotificationScenarioTest extends Schakel3ScenarioTest {

    @Autowired
    SimulatedNotificaties notificaties;

    @Test
    void duoConfirmsTheRegistrationTheCaseMade() {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        driver.runAsyncSteps();
        String note = recorded().get(Milestone.LEERBAARHEIDSTOETS_REGISTERED).note();

        var sent = notificaties.send(Aanmeldingen.HOORN, bsn(), "SS137");
        CaseDriver.processDuoNotifications(engine);

        assertThat(sent.status()).isEqualTo(201);
        assertThat(status(sent.berichtId())).isEqualTo("VERWERKT");
        assertThat(recorded().get(Milestone.LEERBAARHEIDSTOETS_REGISTERED).note()).as("the case's own record stays")
                .isEqualTo(note).startsWith("Examennummer ");
        assertThat(signal()).as("nothing to judge").isNull();
    }

    @Test
    void aRegistrationTheCaseDidNotMakeIsRecordedAndSignalled() {
        assertThat(recorded()).doesNotContainKey(Milestone.LEERBAARHEIDSTOETS_REGISTERED);

        var sent = notificaties.send(Aanmeldingen.HOORN, bsn(), "SS137");
        CaseDriver.processDuoNotifications(engine);

        assertThat(status(sent.berichtId())).isEqualTo("SIGNAAL");
        assertThat(recorded().get(Milestone.LEERBAARHEIDSTOETS_REGISTERED).note()).isEqualTo("Aangemeld volgens DUO (SS137)");
        var task = signal();
        assertThat(task).isNotNull();
        assertThat((String) engine.getTaskService().getVariable(task.getId(), DuoNotificatieVariables.VAR_OUTCOME_TEXT))
                .contains("geen examennummer");
    }

    private org.camunda.bpm.engine.task.Task signal() {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(DuoNotificatieProcess.TASK_SIGNAAL_BEOORDELEN)
                .processInstanceBusinessKey(driver.caseNumber()).singleResult();
    }

    private String status(String berichtId) {
        return jdbc.sql("SELECT status FROM inbound_message WHERE message_id = ?").param(berichtId)
                .query(String.class).single();
    }

    private String bsn() {
        return jdbc.sql("SELECT p.bsn FROM person p JOIN integration_case c ON c.person_id = p.id WHERE c.case_number = ?")
                .param(driver.caseNumber()).query(String.class).single();
    }
}
