package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.duo.process.DuoNotificatieProcess;
import nl.inburgeringsregie.duo.process.DuoNotificatieVariables;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;

/**
 * Issue 20, point 7: "a notification with only a vNummer is matched once the person's BSN is known". DUO's Notificatie
 * may carry a bsn, a vNummer or both (duo-m2m/API/Notificatie/openapi.yml, schema Notificatie: neither is required).
 * SS112 is an attentiesignaal: processed in a case it becomes the consulent's task (status SIGNAAL).
 */
class VNummerMatchingTest extends SimulatedDuoScenarioTest {

    private CaseDriver driver;
    private long vNummer;

    @BeforeEach
    void aCaseAndItsPersonsVNummer() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        // ten digits at most (schema Notificatie: maximum 9999999999), one per test like the BSN
        vNummer = Long.parseLong("1" + bsn);
    }

    @Test
    void aWaitingNotificationIsProcessedInTheCaseOnceANotificationWithBothNumbersArrives() {
        var onlyVNummer = notifications.send(Aanmeldingen.HOORN, null, vNummer, "SS112");
        CaseDriver.processDuoNotifications(engine);
        assertThat(status(onlyVNummer.berichtId())).as("no case known for the vNummer yet").isEqualTo("ONBEKEND");
        assertThat(uitzoekTask(onlyVNummer.berichtId())).as("the coordinators' task").isNotNull();
        assertThat(engine.getTaskService().getVariable(uitzoekTask(onlyVNummer.berichtId()).getId(),
                DuoNotificatieVariables.VAR_OUTCOME_TEXT).toString())
                .as("the task says it is matched by itself once the BSN is known").contains("vanzelf in de zaak verwerkt");

        var both = notifications.send(Aanmeldingen.HOORN, bsn, vNummer, "SS112");
        CaseDriver.processDuoNotifications(engine);

        assertThat(status(both.berichtId())).isEqualTo("SIGNAAL");
        assertThat(status(onlyVNummer.berichtId())).as("matched and processed in the case").isEqualTo("SIGNAAL");
        assertThat(caseOf(onlyVNummer.berichtId())).isEqualTo(caseId());
        assertThat(uitzoekTask(onlyVNummer.berichtId())).as("the coordinators' task is done").isNull();
        assertThat(learned()).isEqualTo("NOTIFICATIE");
        assertThat(waiting()).as("nothing waits any more").isZero();

        var later = notifications.send(Aanmeldingen.HOORN, null, vNummer, "SS112");
        CaseDriver.processDuoNotifications(engine);
        assertThat(status(later.berichtId())).as("a later one with only the vNummer goes to the case at once")
                .isEqualTo("SIGNAAL");
        assertThat(caseOf(later.berichtId())).isEqualTo(caseId());
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(DuoNotificatieProcess.TASK_SIGNAAL_BEOORDELEN)
                .processInstanceBusinessKey(driver.caseNumber()).count()).as("each became the consulent's signal").isEqualTo(3);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().list())
                .as("the vNummer is no process variable")
                .noneMatch(variable -> String.valueOf(variable.getValue()).contains(String.valueOf(vNummer)));
    }

    @Test
    void aCoordinatorsLinkTeachesTheVNummerSoTheNextOneIsMatched() {
        var first = notifications.send(Aanmeldingen.HOORN, null, vNummer, "SS112");
        CaseDriver.processDuoNotifications(engine);
        engine.getTaskService().complete(uitzoekTask(first.berichtId()).getId(), Map.of(
                DuoNotificatieVariables.VAR_LINKED_CASE, driver.caseNumber(),
                "uitzoekToelichting", "Persoon gevonden met het v-nummer"));
        CaseDriver.processDuoNotifications(engine);
        assertThat(status(first.berichtId())).isEqualTo("SIGNAAL");
        assertThat(learned()).isEqualTo("KOPPELING");

        var second = notifications.send(Aanmeldingen.HOORN, null, vNummer, "SS112");
        CaseDriver.processDuoNotifications(engine);
        assertThat(status(second.berichtId())).isEqualTo("SIGNAAL");
        assertThat(caseOf(second.berichtId())).isEqualTo(caseId());
    }

    @Test
    void aNotificationClosedByTheCoordinatorWaitsNoLonger() {
        var sent = notifications.send(Aanmeldingen.HOORN, null, vNummer, "SS112");
        CaseDriver.processDuoNotifications(engine);
        assertThat(waiting()).isOne();

        engine.getTaskService().complete(uitzoekTask(sent.berichtId()).getId(),
                Map.of("uitzoekToelichting", "Geen inburgeraar van deze gemeente"));
        assertThat(status(sent.berichtId())).isEqualTo("AFGEHANDELD");
        assertThat(waiting()).isZero();

        notifications.send(Aanmeldingen.HOORN, bsn, vNummer, "SS112");
        CaseDriver.processDuoNotifications(engine);
        assertThat(status(sent.berichtId())).as("a closed notification stays closed").isEqualTo("AFGEHANDELD");
    }

    private Task uitzoekTask(String berichtId) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(DuoNotificatieProcess.TASK_NOTIFICATIE_UITZOEKEN)
                .processVariableValueEquals(DuoNotificatieVariables.VAR_NOTIFICATION_ID, notificationId(berichtId))
                .singleResult();
    }

    private long caseId() {
        return jdbc.sql("SELECT id FROM integration_case WHERE case_number = ?").param(driver.caseNumber())
                .query(Long.class).single();
    }

    private Long caseOf(String berichtId) {
        return jdbc.sql("SELECT case_id FROM inbound_message WHERE message_id = ?").param(berichtId)
                .query(Long.class).single();
    }

    private String learned() {
        return jdbc.sql("SELECT source FROM person_v_number WHERE v_number = ?").param(vNummer).query(String.class).single();
    }

    private long waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM notification_awaiting_person WHERE v_number = ?").param(vNummer)
                .query(Long.class).single();
    }

    private long notificationId(String berichtId) {
        return jdbc.sql("SELECT id FROM inbound_message WHERE message_id = ?").param(berichtId).query(Long.class).single();
    }

    private String status(String berichtId) {
        return jdbc.sql("SELECT status FROM inbound_message WHERE message_id = ?").param(berichtId).query(String.class).single();
    }
}
