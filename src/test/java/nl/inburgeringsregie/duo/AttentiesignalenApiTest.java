package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.duo.process.DuoNotificatieProcess;
import nl.inburgeringsregie.duo.process.DuoNotificatieVariables;
import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.Logins;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;

/**
 * Issue 20 point 7: DUO's twelve attentiesignalen (Attentiesignalen.md), refused as unknown before, are accepted on
 * the Notificatie API as DUO's demo account (201), stored, and become a task for the right group with the signal's
 * Dutch instruction: the coordinatoren for SS126 and SS140, the consulent for the others. An unknown code is still
 * refused.
 */
class AttentiesignalenApiTest extends ScenarioTest {

    private static final String DUO_OIN = "00000001999999999000";

    @Autowired
    GemeenteService gemeenten;

    private String hoorn;

    @BeforeEach
    void hoornsOin() {
        hoorn = gemeenten.oinOf(Aanmeldingen.HOORN).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            "SS112, consulenten", "SS122, consulenten", "SS123, consulenten", "SS126, coordinatoren",
            "SS127, consulenten", "SS132, consulenten", "SS133, consulenten", "SS135, consulenten",
            "SS136, consulenten", "SS140, coordinatoren", "SS141, consulenten", "SS142, consulenten"})
    void anAttentiesignaalIsAcceptedStoredAndBecomesATaskForItsGroup(String code, String group) {
        String bsn = TestBsn.next();
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        String berichtId = UUID.randomUUID().toString();

        var answer = post(berichtId, body(bsn, code));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        assertThat(status(berichtId)).as("stored before it is processed").isEqualTo("ONTVANGEN");

        CaseDriver.processDuoNotifications(engine);

        boolean forCoordinator = "coordinatoren".equals(group);
        String taskKey = forCoordinator ? DuoNotificatieProcess.TASK_SIGNAAL_COORDINATOR_BEOORDELEN
                : DuoNotificatieProcess.TASK_SIGNAAL_BEOORDELEN;
        var task = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey)
                .processInstanceBusinessKey(driver.caseNumber()).singleResult();
        assertThat(task).as(code + " becomes the task " + taskKey).isNotNull();
        assertThat(task.getTenantId()).isEqualTo(Aanmeldingen.HOORN);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .as("a task for the " + group + " only")
                .filteredOn(link -> link.getGroupId() != null)
                .extracting(link -> link.getGroupId()).containsExactly(group);
        String instruction = DuoGebeurtenis.of(code).orElseThrow().instruction().orElseThrow();
        assertThat(engine.getTaskService().getVariable(task.getId(), DuoNotificatieVariables.VAR_OUTCOME_TEXT))
                .as("the form shows what happened and what to do").isEqualTo(instruction);
        assertThat(engine.getTaskService().getVariable(task.getId(), DuoNotificatieVariables.VAR_EVENT_DESCRIPTION))
                .isEqualTo(DuoGebeurtenis.of(code).orElseThrow().description());
        assertThat(status(berichtId)).isEqualTo(forCoordinator ? "SIGNAAL_COORDINATOR" : "SIGNAAL");
        assertThat(jdbc.sql("SELECT outcome FROM inbound_message WHERE message_id = ?").param(berichtId)
                .query(String.class).single()).isEqualTo(instruction);

        engine.getTaskService().complete(task.getId(), Map.of("signaalActie", "Besproken en vastgelegd"));
        assertThat(report("DUO_SIGNAAL")).singleElement()
                .satisfies(content -> assertThat(content).contains(code).contains("Besproken en vastgelegd"));
    }

    @Test
    void anUnknownCodeIsStillRefused() {
        String berichtId = UUID.randomUUID().toString();

        var answer = post(berichtId, body(TestBsn.next(), "SS999"));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("Onbekende gebeurtenis SS999");
        assertThat(status(berichtId)).isEqualTo("AFGEWEZEN");
    }

    private String status(String berichtId) {
        return jdbc.sql("SELECT status FROM inbound_message WHERE message_id = ?").param(berichtId)
                .query(String.class).single();
    }

    private ResponseEntity<String> post(String berichtId, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("bron", DUO_OIN);
        headers.set("doel", hoorn);
        headers.set("berichtId", berichtId);
        return Logins.as(rest, "duo").exchange("/notificaties", HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    private static String body(String bsn, String event) {
        return "{\"registratieDatumTijd\":\"" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now().withNano(0))
                + "\",\"bsn\":\"" + bsn + "\",\"gebeurtenisId\":\"" + event + "\"}";
    }
}
