package nl.inburgeringsregie.contactpersoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.contactpersoon.process.DuoBerichtProcess;
import nl.inburgeringsregie.contactpersoon.process.DuoBerichtVariables;
import nl.inburgeringsregie.duo.DuoOperation;
import nl.inburgeringsregie.duo.simulator.SimulatedContactpersonen;
import nl.inburgeringsregie.duo.simulator.SimulatedDuo;
import nl.inburgeringsregie.duo.simulator.SimulatedDuoFaults;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 20, point 4: "the case's consulent is registered with DUO as contact person when assigned and re-registered on
 * reassignment; removed when the case closes" — through the outbox (model duo-bericht) to the simulated DUO, which
 * answers as the Contactpersoon API 1.0.0 does (README "Koppelen van een Contactpersoon": a link overwrites the
 * previous one). Demo users: Anna de Vries ({@code consulent}) and Fatima El Amrani ({@code consulent2}) of
 * Westfriesland, Carla Jansen ({@code coordinator}).
 */
class ContactpersoonScenarioTest extends ScenarioTest {

    private static final String PAGE_API = "/api/regie/mijn-contactgegevens";

    @Autowired
    SimulatedDuo duo;
    @Autowired
    SimulatedDuoFaults faults;

    private String bsn;

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

    @Test
    void theConsulentIsLinkedOnAssignmentTheNewOneOnReassignmentAndUnlinkedOnClosure() throws Exception {
        assertThat(save("consulent", Aanmeldingen.HOORN, details("Anna de Vries", "a.devries@hoorn.nl", "0229 252200"))
                .getStatusCode().value()).isEqualTo(200);
        int start = duo.journal().size();
        deliverAll();
        int anna = registeredId(start, "Anna de Vries");

        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum",
                TestDates.today().toString());
        driver.runAsyncSteps();
        assertThat(aCase().consulent()).isEqualTo("consulent");
        deliverAll();
        assertThat(SimulatedContactpersonen.linkOf(bsn)).as("Anna linked on assignment").contains(anna);

        save("consulent2", Aanmeldingen.HOORN, details("Fatima El Amrani", "f.elamrani@hoorn.nl", "06-12345678"));
        deliverAll();
        int fatima = registeredId(start, "Fatima El Amrani");
        var handover = post("coordinator", "/api/regie/zaken/overdragen", Map.of("zaaknummers",
                List.of(driver.caseNumber()), "consulent", "consulent2", "reden", "Anna met verlof"));
        assertThat(handover.getStatusCode().value()).as(handover.getBody()).isEqualTo(200);
        deliverAll();
        assertThat(SimulatedContactpersonen.linkOf(bsn)).as("Fatima linked, overwriting Anna").contains(fatima);

        save("consulent2", Aanmeldingen.HOORN, details("Fatima El Amrani", "f.elamrani@hoorn.nl", "0229 252211"));
        deliverAll();
        assertThat(SimulatedContactpersonen.contactpersoon(fatima).orElseThrow().gegevens().get("telefoonnummer")
                .asText()).as("the change reached DUO").isEqualTo("0229 252211");

        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD, "SS111");
        driver.runAsyncSteps();
        assertThat(aCase().isOpen()).isFalse();
        deliverAll();
        assertThat(SimulatedContactpersonen.linkOf(bsn)).as("unlinked on closure").isEmpty();
        assertThat(SimulatedContactpersonen.contactpersoon(fatima)).as("Fatima stays contact person of her other cases")
                .isPresent();

        assertThat(exchanges(start)).containsExactly(
                "CONTACTPERSOON_REGISTREREN /contactpersonen 201",
                "CONTACTPERSOON_KOPPELEN /contactpersonen/" + anna + "/personen/" + bsn + " 201",
                "CONTACTPERSOON_REGISTREREN /contactpersonen 201",
                "CONTACTPERSOON_KOPPELEN /contactpersonen/" + fatima + "/personen/" + bsn + " 201",
                "CONTACTPERSOON_WIJZIGEN /contactpersonen/" + fatima + " 200",
                "CONTACTPERSOON_ONTKOPPELEN /contactpersonen/" + fatima + "/personen/" + bsn + " 200");
        assertThat(jdbc.sql("SELECT operation FROM outbound_message WHERE case_id = ? ORDER BY id")
                .param(aCase().id()).query(String.class).list()).as("the case's message record")
                .containsSubsequence(DuoOperation.CONTACTPERSOON_KOPPELEN.name(),
                        DuoOperation.CONTACTPERSOON_KOPPELEN.name(), DuoOperation.CONTACTPERSOON_ONTKOPPELEN.name());
        assertThat(engine.getRuntimeService().createVariableInstanceQuery()
                .variableName(DuoBerichtVariables.VAR_BERICHT_ID).list()).as("no BSN in the engine")
                .allMatch(variable -> variable.getValue() instanceof Long);
    }

    @Test
    void aHandoverOfSeveralCasesStartsOneBundleThatHandsEachCaseToTheOutboxOnItsOwn() throws Exception {
        save("consulent2", Aanmeldingen.HOORN, details("Fatima El Amrani", "f.elamrani@hoorn.nl", "06-12345678"));
        deliverAll();
        int fatima = registeredId(0, "Fatima El Amrani");
        var data = new RegieData(jdbc);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            numbers.add(data.caseNumber(data.newCase(Aanmeldingen.HOORN, "GEZINSMIGRANT", null, "consulent", null)));
        }
        long lastBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM contact_person_message").query(Long.class).single();
        long instancesBefore = outboxInstances();

        var handover = post("coordinator", "/api/regie/zaken/overdragen", Map.of("zaaknummers", numbers,
                "consulent", "consulent2", "reden", "Anna vertrekt"));

        assertThat(handover.getStatusCode().value()).as(handover.getBody()).isEqualTo(200);
        assertThat(outboxInstances() - instancesBefore).as("one bundle for Hoorn, not one per case").isEqualTo(1);
        assertThat(jdbc.sql("SELECT kind FROM contact_person_message WHERE id > ? ORDER BY id").param(lastBefore)
                .query(String.class).list()).containsExactly("BUNDEL", "OVERGEDRAGEN", "OVERGEDRAGEN", "OVERGEDRAGEN");
        deliverSince(lastBefore);
        deliverSince(lastBefore);
        for (String number : numbers) {
            String bsn = jdbc.sql("""
                    SELECT p.bsn FROM person p JOIN integration_case c ON c.person_id = p.id WHERE c.case_number = ?""")
                    .param(number).query(String.class).single();
            assertThat(SimulatedContactpersonen.linkOf(bsn)).as(number).contains(fatima);
        }
        assertThat(jdbc.sql("SELECT outcome FROM contact_person_message WHERE id > ? AND kind = 'BUNDEL'")
                .param(lastBefore).query(String.class).single()).isEqualTo("3 zaken klaargezet voor DUO");
    }

    @Test
    void aConsulentWithoutDetailsIsLinkedOnceTheyFillThemIn() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum",
                TestDates.today().toString());
        int start = duo.journal().size();
        deliverAll();
        assertThat(exchanges(start)).as("nothing to link without details").isEmpty();
        assertThat(outcomes()).containsExactly("Wacht op de contactgegevens van Anna de Vries; niets gekoppeld");
        JsonNode mine = hoorn(getJson("consulent", PAGE_API));
        assertThat(mine.get("vastgelegd").asBoolean()).isFalse();
        assertThat(mine.get("naam").asText()).as("suggested from the account").isEqualTo("Anna de Vries");
        assertThat(mine.get("wachtendeZaken").asInt()).isPositive();

        save("consulent", Aanmeldingen.HOORN, details("Anna de Vries", "a.devries@hoorn.nl", "0229 252200"));
        deliverAll();
        int anna = registeredId(start, "Anna de Vries");
        assertThat(SimulatedContactpersonen.linkOf(bsn)).contains(anna);
        mine = hoorn(getJson("consulent", PAGE_API));
        assertThat(mine.get("duoNummer").asInt()).isEqualTo(anna);
        assertThat(mine.get("bijDuoBijgewerkt").asBoolean()).isTrue();
    }

    @Test
    void anUnreachableDuoIsRetriedThenBecomesAnIncident() throws Exception {
        save("consulent", Aanmeldingen.HOORN, details("Anna de Vries", "a.devries@hoorn.nl", "0229 252200"));
        deliverAll();
        faults.outage(bsn);
        try {
            driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
            driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum",
                    TestDates.today().toString());
            Job job = single(jobsOf(caseMessages()));
            String instance = job.getProcessInstanceId();
            int attempts = 0;
            while (job.getRetries() > 0) {
                String id = job.getId();
                assertThatThrownBy(() -> engine.getManagementService().executeJob(id)).isNotNull();
                attempts++;
                job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
                if (job.getRetries() > 0) {
                    assertThat(job.getDuedate()).as("retried later, not at once").isNotNull();
                    CaseDriver.resetClock();
                    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(job.getDuedate());
                }
            }
            assertThat(attempts).as("the first attempt and the engine-wide retries").isEqualTo(7);
            var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).singleResult();
            assertThat(incident).as("an incident after the last retry").isNotNull();
            assertThat(incident.getIncidentMessage()).contains("Contactpersoon koppelen");
            assertThat(SimulatedContactpersonen.linkOf(bsn)).isEmpty();

            faults.clear(bsn);
            engine.getManagementService().setJobRetries(job.getId(), 1);
            engine.getManagementService().executeJob(job.getId());
            assertThat(SimulatedContactpersonen.linkOf(bsn)).as("linked after a retry in Cockpit").isPresent();
        } finally {
            faults.clear(bsn);
        }
    }

    @Test
    void duosRefusalIsAnIncidentAtOnceWithoutRetries() throws Exception {
        save("consulent", Aanmeldingen.HOORN, details("Anna de Vries", "a.devries@hoorn.nl", "0229 252200"));
        deliverAll();
        faults.refuse(bsn, DuoOperation.CONTACTPERSOON_KOPPELEN);
        try {
            driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
            driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum",
                    TestDates.today().toString());
            Job job = single(jobsOf(caseMessages()));
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasStackTraceContaining("DUO weigert 'Contactpersoon koppelen' (HTTP 403)");
            var incident = engine.getRuntimeService().createIncidentQuery()
                    .processInstanceId(job.getProcessInstanceId()).singleResult();
            assertThat(incident).as("an incident at once: the same message would be refused again").isNotNull();
            assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries())
                    .isZero();
            assertThat(jdbc.sql("SELECT status FROM outbound_message WHERE case_id = ? AND operation = ?")
                    .params(aCase().id(), DuoOperation.CONTACTPERSOON_KOPPELEN.name()).query(String.class).list())
                    .containsExactly("AFGEWEZEN");
        } finally {
            faults.clear(bsn);
        }
    }

    @Test
    void badDetailsAreRefusedPerFieldAndNothingIsWrittenOrSent() throws Exception {
        long messagesBefore = jdbc.sql("SELECT COUNT(*) FROM contact_person_message").query(Long.class).single();
        var answer = save("consulent", Aanmeldingen.HOORN, details("Anna 2", "anna", "telefoon"));
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("naam", "email", "telefoonnummer", "Vul een e-mailadres in zoals");

        var elsewhere = save("consulent", "GM1966", details("Anna de Vries", "a.devries@hoorn.nl", "0229 252200"));
        assertThat(elsewhere.getStatusCode().value()).as("a gemeente Anna does not work for").isEqualTo(400);
        assertThat(elsewhere.getBody()).contains("Kies een gemeente waarvoor u werkt");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_person").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_person_message").query(Long.class).single())
                .isEqualTo(messagesBefore);
    }

    private JsonNode hoorn(JsonNode mine) {
        for (JsonNode one : mine) {
            if (one.get("gemeente").asText().equals(Aanmeldingen.HOORN)) {
                return one;
            }
        }
        throw new AssertionError("no details for Hoorn in " + mine);
    }

    private static Map<String, Object> details(String naam, String email, String telefoonnummer) {
        return Map.of("naam", naam, "email", email, "telefoonnummer", telefoonnummer);
    }

    private ResponseEntity<String> save(String user, String gemeente, Map<String, Object> body) throws Exception {
        return send(user, HttpMethod.PUT, PAGE_API + "/" + gemeente, body);
    }

    private ResponseEntity<String> post(String user, String path, Map<String, Object> body) throws Exception {
        return send(user, HttpMethod.POST, path, body);
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, Map<String, Object> body)
            throws Exception {
        var as = rest.withBasicAuth(user, "demo");
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var choices = as.getForEntity("/api/regie/keuzes", String.class);
        JsonNode keuzes = json.readTree(choices.getBody());
        headers.add(keuzes.get("csrfHeader").asText(), keuzes.get("csrfToken").asText());
        String cookie = choices.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie.split(";")[0]);
        }
        return as.exchange(path, method, new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
    }

    /** The messages of this test: its case's, and the details of the two consulenten. */
    private List<Long> messages() {
        Long caseId = driver == null ? -1L : aCase().id();
        return jdbc.sql("""
                SELECT id FROM contact_person_message
                WHERE handled_at IS NULL AND (case_id = ? OR (kind = 'GEGEVENS' AND consulent IN ('consulent', 'consulent2')))
                ORDER BY id""").param(caseId).query(Long.class).list();
    }

    private List<Long> caseMessages() {
        return jdbc.sql("SELECT id FROM contact_person_message WHERE case_id = ? AND handled_at IS NULL ORDER BY id")
                .param(aCase().id()).query(Long.class).list();
    }

    private List<String> outcomes() {
        return jdbc.sql("SELECT outcome FROM contact_person_message WHERE case_id = ? ORDER BY id")
                .param(aCase().id()).query(String.class).list();
    }

    private List<Job> jobsOf(List<Long> messageIds) {
        return messageIds.stream().flatMap(id -> engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DuoBerichtProcess.PROCESS_ID)
                .variableValueEquals(DuoBerichtVariables.VAR_BERICHT_ID, id).list().stream())
                .flatMap(instance -> engine.getManagementService().createJobQuery()
                        .processInstanceId(instance.getId()).list().stream())
                .toList();
    }

    private long outboxInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DuoBerichtProcess.PROCESS_ID)
                .count();
    }

    /** Runs the outbox's steps of the messages written after {@code lastBefore}, oldest first. */
    private void deliverSince(long lastBefore) {
        var ids = jdbc.sql("SELECT id FROM contact_person_message WHERE id > ? AND handled_at IS NULL ORDER BY id")
                .param(lastBefore).query(Long.class).list();
        for (Job job : jobsOf(ids)) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    /** Runs the outbox's steps of this test, oldest message first, as the job executor would. */
    private void deliverAll() {
        for (Job job : jobsOf(messages())) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    /** DUO's id of the consulent's contact person for Hoorn, as the application keeps it. */
    private int registeredId(int start, String naam) {
        String consulent = naam.startsWith("Anna") ? "consulent" : "consulent2";
        Integer id = jdbc.sql("SELECT duo_id FROM contact_person WHERE consulent = ? AND gemeente_code = ?")
                .params(consulent, Aanmeldingen.HOORN).query(Integer.class).single();
        assertThat(id).as("DUO's id of " + naam).isNotNull();
        assertThat(SimulatedContactpersonen.contactpersoon(id).orElseThrow().gegevens().get("naam").asText())
                .isEqualTo(naam);
        return id;
    }

    /** What the simulated DUO received since {@code start} about contact persons of this test: operation, path, status. */
    private List<String> exchanges(int start) {
        var journal = duo.journal();
        return journal.subList(start, journal.size()).stream()
                .filter(received -> received.operation() != null
                        && received.operation().api() == nl.inburgeringsregie.duo.DuoApiName.CONTACTPERSOON)
                .filter(received -> !received.path().contains("/personen/") || received.path().endsWith("/" + bsn))
                .map(received -> received.operation().name() + " " + received.path() + " " + received.status())
                .toList();
    }
}
