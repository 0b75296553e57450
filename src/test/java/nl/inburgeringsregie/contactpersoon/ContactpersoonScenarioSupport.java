package nl.inburgeringsregie.contactpersoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.contactpersoon.process.DuoBerichtProcess;
import nl.inburgeringsregie.contactpersoon.process.DuoBerichtVariables;
import nl.inburgeringsregie.duo.simulator.SimulatedContactpersonen;
import nl.inburgeringsregie.duo.simulator.SimulatedDuo;
import nl.inburgeringsregie.duo.simulator.SimulatedDuoFaults;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;

/**
 * What the contact person scenario tests share: a new person per test, no details of the demo consulenten before or
 * after (they would make other tests' cases link at DUO), the page's API with the session's CSRF token, and running the
 * outbox's steps (model duo-bericht) of this test only, as the job executor would.
 */
abstract class ContactpersoonScenarioSupport extends ScenarioTest {

    static final String PAGE_API = "/api/regie/mijn-contactgegevens";

    @Autowired
    SimulatedDuo duo;
    @Autowired
    SimulatedDuoFaults faults;

    String bsn;

    @BeforeEach
    void aNewPersonAndNoDetails() {
        bsn = TestBsn.next();
        forgetDetails();
    }

    @AfterEach
    void forgetDetails() {
        // details of the demo consulenten would make other tests' cases link at DUO
        jdbc.sql("DELETE FROM contact_person WHERE consulent IN ('consulent', 'consulent2')").update();
    }

    JsonNode hoorn(JsonNode mine) {
        for (JsonNode one : mine) {
            if (one.get("gemeente").asText().equals(Aanmeldingen.HOORN)) {
                return one;
            }
        }
        throw new AssertionError("no details for Hoorn in " + mine);
    }

    static Map<String, Object> details(String naam, String email, String telefoonnummer) {
        return Map.of("naam", naam, "email", email, "telefoonnummer", telefoonnummer);
    }

    ResponseEntity<String> save(String user, String gemeente, Map<String, Object> body) throws Exception {
        return send(user, HttpMethod.PUT, PAGE_API + "/" + gemeente, body);
    }

    ResponseEntity<String> post(String user, String path, Map<String, Object> body) throws Exception {
        return send(user, HttpMethod.POST, path, body);
    }

    ResponseEntity<String> send(String user, HttpMethod method, String path, Map<String, Object> body)
            throws Exception {
        return sendAsPage(user, method, path, body);
    }

    /** The messages of this test: its case's, and the details of the two consulenten. */
    List<Long> messages() {
        Long caseId = driver == null ? -1L : aCase().id();
        return jdbc.sql("""
                SELECT id FROM contact_person_message
                WHERE handled_at IS NULL AND (case_id = ? OR (kind = 'GEGEVENS' AND consulent IN ('consulent', 'consulent2')))
                ORDER BY id""").param(caseId).query(Long.class).list();
    }

    List<Long> caseMessages() {
        return jdbc.sql("SELECT id FROM contact_person_message WHERE case_id = ? AND handled_at IS NULL ORDER BY id")
                .param(aCase().id()).query(Long.class).list();
    }

    List<String> outcomes() {
        return jdbc.sql("SELECT outcome FROM contact_person_message WHERE case_id = ? ORDER BY id")
                .param(aCase().id()).query(String.class).list();
    }

    List<Job> jobsOf(List<Long> messageIds) {
        return messageIds.stream().flatMap(id -> engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DuoBerichtProcess.PROCESS_ID)
                .variableValueEquals(DuoBerichtVariables.VAR_BERICHT_ID, id).list().stream())
                .flatMap(instance -> engine.getManagementService().createJobQuery()
                        .processInstanceId(instance.getId()).list().stream())
                .toList();
    }

    long outboxInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DuoBerichtProcess.PROCESS_ID)
                .count();
    }

    /** Runs the outbox's steps of the messages written after {@code lastBefore}, oldest first. */
    void deliverSince(long lastBefore) {
        var ids = jdbc.sql("SELECT id FROM contact_person_message WHERE id > ? AND handled_at IS NULL ORDER BY id")
                .param(lastBefore).query(Long.class).list();
        for (Job job : jobsOf(ids)) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    /** Runs the outbox's steps of this test, oldest message first, as the job executor would. */
    void deliverAll() {
        for (Job job : jobsOf(messages())) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    /** DUO's id of the consulent's contact person for Hoorn, as the application keeps it. */
    int registeredId(int start, String naam) {
        String consulent = naam.startsWith("Anna") ? "consulent" : "consulent2";
        Integer id = jdbc.sql("SELECT duo_id FROM contact_person WHERE consulent = ? AND gemeente_code = ?")
                .params(consulent, Aanmeldingen.HOORN).query(Integer.class).single();
        assertThat(id).as("DUO's id of " + naam).isNotNull();
        assertThat(SimulatedContactpersonen.contactpersoon(id).orElseThrow().gegevens().get("naam").asText())
                .isEqualTo(naam);
        return id;
    }

    /** What the simulated DUO received since {@code start} about contact persons of this test: operation, path, status. */
    List<String> exchanges(int start) {
        var journal = duo.journal();
        return journal.subList(start, journal.size()).stream()
                .filter(received -> received.operation() != null
                        && received.operation().api() == nl.inburgeringsregie.duo.DuoApiName.CONTACTPERSOON)
                .filter(received -> !received.path().contains("/personen/") || received.path().endsWith("/" + bsn))
                .map(received -> received.operation().name() + " " + received.path() + " " + received.status())
                .toList();
    }
}
