package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Reassignment (issue 19, point 4): a coordinator hands one case, or a selection, to another consulent of the same
 * gemeente — the case's consulent and its open consulent tasks move together, all or nothing, recorded on the
 * timeline with who, when and why. The source: one caseworker per household for the whole trajectory (seed 001), and
 * seed 003 (003_f35fb4138ef07f22.txt, question 12): "plan is 1 iemand 4 jaar dezelfde casemanager... wat als de
 * werknemers toch allemaal weglopen naar leukere gemeenten". Demo users: Anna de Vries ({@code consulent}) and Fatima
 * El Amrani ({@code consulent2}) serve Westfriesland, Bram Bakker ({@code consulenthogeland}) Het Hogeland, Carla
 * Jansen ({@code coordinator}) coordinates Westfriesland.
 */
class ZaakOverdragenApiTest extends ScenarioTest {

    private static final String MEDEMBLIK = "GM0420";
    private static final String HET_HOGELAND = "GM1966";
    private static final String PATH = "/api/regie/zaken/overdragen";

    @org.springframework.beans.factory.annotation.Autowired
    private nl.inburgeringsregie.zaak.CaseInstances instances;

    private RegieData data;

    @BeforeEach
    void regieData() {
        data = new RegieData(jdbc);
    }

    @Test
    void aCoordinatorHandsACaseWithItsOpenConsulentTasksToAnotherConsulentOfTheGemeente() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", TestDates.today().toString());
        driver.runAsyncSteps();
        assertThat(aCase().consulent()).as("the first consulent who completed a task").isEqualTo("consulent");
        List<Task> before = consulentTasks();
        assertThat(before).as("open consulent tasks of the case").isNotEmpty()
                .allMatch(task -> "consulent".equals(task.getAssignee()));
        // a task a coordinator gave to someone else on purpose stays with that person
        Task elsewhere = before.get(0);
        engine.getTaskService().setAssignee(elsewhere.getId(), "consulenthogeland");

        var answer = overdragen("coordinator", Map.of("zaaknummers", List.of(driver.caseNumber()), "consulent", "consulent2",
                "reden", "Anna met zwangerschapsverlof <b>vanaf</b> maandag"));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode result = json.readTree(answer.getBody());
        assertThat(result.get("consulentNaam").asText()).isEqualTo("Fatima El Amrani");
        assertThat(result.get("overgedragen").get(driver.caseNumber()).asInt()).isEqualTo(before.size() - 1);
        assertThat(aCase().consulent()).isEqualTo("consulent2");
        for (Task task : consulentTasks()) {
            assertThat(task.getAssignee()).as(task.getName())
                    .isEqualTo(task.getId().equals(elsewhere.getId()) ? "consulenthogeland" : "consulent2");
        }
        JsonNode page = getJson("coordinator", "/api/regie/zaken/" + driver.caseNumber());
        assertThat(page.get("consulentNaam").asText()).isEqualTo("Fatima El Amrani");
        JsonNode handover = null;
        for (JsonNode step : page.get("tijdlijn")) {
            if (step.get("soort").asText().equals("Overdracht")) {
                handover = step;
            }
        }
        assertThat(handover).as("the handover on the timeline").isNotNull();
        assertThat(handover.get("omschrijving").asText()).isEqualTo(
                "Zaak overgedragen aan Fatima El Amrani door Carla Jansen: Anna met zwangerschapsverlof <b>vanaf</b> maandag");
        assertThat(handover.get("doorNaam").asText()).isEqualTo("Carla Jansen");
        assertThat(handover.get("datum").asText()).isEqualTo(TestDates.today().toString());
        assertThat(handover.get("tijdstip").isNull()).as("when").isFalse();
    }

    /**
     * A case suspended by a temporary exemption (DUO SS109) holds its process instances, and the engine refuses to change
     * a suspended task; the handover still moves its consulent tasks, and the case stays held (docs/design.md, "Data flow").
     */
    @Test
    void theTasksOfASuspendedCaseMoveAlongAndTheCaseStaysHeld() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", TestDates.today().toString());
        driver.runAsyncSteps();
        instances.suspend(driver.caseNumber());
        try {
            assertThat(consulentTasks()).isNotEmpty().allMatch(Task::isSuspended);

            var answer = overdragen("coordinator", body(List.of(driver.caseNumber()), "consulent2", "Anna ziek"));

            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            assertThat(consulentTasks()).isNotEmpty().allMatch(task -> "consulent2".equals(task.getAssignee()))
                    .as("still held").allMatch(Task::isSuspended);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(driver.caseNumber()).active().count()).as("no instance runs").isZero();
        } finally {
            instances.activate(driver.caseNumber());
        }
    }

    @Test
    void aBulkHandoverIsAllOrNothing() throws Exception {
        long first = data.newCase(MEDEMBLIK, "ASIELMIGRANT", "B1_ROUTE", "consulent", null);
        long second = data.newCase(Aanmeldingen.HOORN, "GEZINSMIGRANT", null, "consulent", null);
        long hogeland = data.newCase(HET_HOGELAND, "GEZINSMIGRANT", null, "consulenthogeland", null);
        long closed = data.newCase(MEDEMBLIK, "GEZINSMIGRANT", null, "consulent", LocalDate.of(2025, 1, 1));
        long already = data.newCase(MEDEMBLIK, "GEZINSMIGRANT", null, "consulent2", null);
        String reden = "Anna vertrekt naar een andere gemeente";

        // one case of another gemeente: 404, as if it did not exist, and nothing changed
        var outside = overdragen("coordinator", body(List.of(number(first), number(second), number(hogeland)), "consulent2", reden));
        assertThat(outside.getStatusCode().value()).as(outside.getBody()).isEqualTo(404);
        // one closed case: 409, and nothing changed
        var ended = overdragen("coordinator", body(List.of(number(first), number(closed)), "consulent2", reden));
        assertThat(ended.getStatusCode().value()).as(ended.getBody()).isEqualTo(409);
        assertThat(ended.getBody()).contains("is afgesloten");
        // a consulent who serves Het Hogeland only, for cases in Medemblik and Hoorn: 400, and nothing changed
        var notServing = overdragen("coordinator", body(List.of(number(first), number(second)), "consulenthogeland", reden));
        assertThat(notServing.getStatusCode().value()).as(notServing.getBody()).isEqualTo(400);
        assertThat(consulentOf(first)).isEqualTo("consulent");
        assertThat(consulentOf(second)).isEqualTo("consulent");
        assertThat(handovers(first) + handovers(second)).as("no handover recorded").isZero();

        var all = overdragen("coordinator", body(List.of(number(first), number(second), number(already)), "consulent2", reden));

        assertThat(all.getStatusCode().value()).as(all.getBody()).isEqualTo(200);
        JsonNode result = json.readTree(all.getBody());
        assertThat(result.get("overgedragen").has(number(first))).isTrue();
        assertThat(result.get("overgedragen").has(number(second))).isTrue();
        assertThat(result.get("ongewijzigd").toString()).as("had this consulent already").contains(number(already));
        assertThat(consulentOf(first)).isEqualTo("consulent2");
        assertThat(consulentOf(second)).isEqualTo("consulent2");
        assertThat(handovers(first)).isEqualTo(1);
        assertThat(handovers(already)).as("nothing to hand over").isZero();
        assertThat(consulentOf(hogeland)).isEqualTo("consulenthogeland");
    }

    @Test
    void onlyCoordinatorsHandCasesOver() throws Exception {
        long aCase = data.newCase(MEDEMBLIK, "ASIELMIGRANT", null, "consulent", null);
        for (String user : List.of("consulent", "analist")) {
            var answer = overdragen(user, body(List.of(number(aCase)), "consulent2", "Ziekte"));
            assertThat(answer.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(answer.getBody()).as(user).contains("Geen toegang");
        }
        // anonymously: refused before anything is read (without a session there is no CSRF token either: 403)
        var anonymous = rest.postForEntity(PATH, new HttpEntity<>("{}", jsonHeaders()), String.class);
        assertThat(anonymous.getStatusCode().value()).isIn(401, 403);
        // a POST without the CSRF token of the coordinator's session: refused, in Dutch
        var forged = rest.withBasicAuth("coordinator", "demo").postForEntity(PATH,
                new HttpEntity<>(json.writeValueAsString(body(List.of(number(aCase)), "consulent2", "x")), jsonHeaders()),
                String.class);
        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(forged.getBody()).contains("laad de pagina opnieuw");
        assertThat(consulentOf(aCase)).isEqualTo("consulent");
        assertThat(rest.withBasicAuth("consulent", "demo").getForEntity("/api/regie/consulenten", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aCaseOutsideTheCoordinatorsGemeentenIsNotFound() throws Exception {
        long hogeland = data.newCase(HET_HOGELAND, "GEZINSMIGRANT", null, "consulenthogeland", null);
        var other = overdragen("coordinator", body(List.of(number(hogeland)), "consulenthogeland", "Ziekte"));
        var missing = overdragen("coordinator", body(List.of("Z-BESTAAT-NIET"), "consulenthogeland", "Ziekte"));
        assertThat(other.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(other.getBody()).get("title").asText())
                .isEqualTo(json.readTree(missing.getBody()).get("title").asText()).isEqualTo("Niet gevonden");
        assertThat(other.getBody()).contains("Zaak " + number(hogeland) + " bestaat niet");
        assertThat(consulentOf(hogeland)).isEqualTo("consulenthogeland");
    }

    @Test
    void badInputGetsADutchMessagePerField() throws Exception {
        String hoorn = number(data.newCase(Aanmeldingen.HOORN, "GEZINSMIGRANT", null, "consulent", null));
        var cases = new LinkedHashMap<Object, String>();
        cases.put(Map.of(), "zaaknummers");
        cases.put(body(List.of(), "consulent2", "Ziekte"), "zaaknummers");
        cases.put(body(java.util.Collections.nCopies(501, hoorn), "consulent2", "Ziekte"), "zaaknummers");
        cases.put(body(List.of(hoorn), "", "Ziekte"), "consulent");
        cases.put(body(List.of(hoorn), "consulent2", "  "), "reden");
        cases.put(body(List.of(hoorn), "consulent2", "x".repeat(501)), "reden");
        cases.put(body(List.of(hoorn), "consulent2", "Ziekte\nen meer"), "reden");
        cases.put(body(List.of(hoorn), "consulent2", "Ziekte\u202E"), "reden");
        cases.put(body(List.of(hoorn), "niemand", "Ziekte"), "consulent");
        cases.put(body(List.of(hoorn), "coordinator", "Ziekte"), "consulent");
        cases.put(body(List.of(hoorn), "consulenthogeland", "Ziekte"), "consulent");
        cases.put(Map.of("zaaknummers", List.of(hoorn), "consulent", "consulent2", "reden", "Ziekte", "door", "x"), "door");
        cases.put(Map.of("zaaknummers", hoorn, "consulent", "consulent2", "reden", "Ziekte"), "zaaknummers");
        for (var bad : cases.entrySet()) {
            var answer = overdragen("coordinator", bad.getKey());
            assertThat(answer.getStatusCode().value()).as(bad.getKey() + ": " + answer.getBody()).isEqualTo(400);
            assertThat(json.readTree(answer.getBody()).get("velden").has(bad.getValue())).as(answer.getBody()).isTrue();
        }
        var all = json.readTree(overdragen("coordinator", Map.of()).getBody()).get("velden");
        assertThat(all.get("zaaknummers").asText()).isEqualTo("Kies ten minste één zaak");
        assertThat(all.get("consulent").asText()).isEqualTo("Kies de consulent aan wie u de zaak overdraagt");
        assertThat(all.get("reden").asText()).isEqualTo("Schrijf op waarom de zaak wordt overgedragen");
        var bram = overdragen("coordinator", body(List.of(hoorn), "consulenthogeland", "Ziekte"));
        assertThat(json.readTree(bram.getBody()).get("velden").get("consulent").asText())
                .startsWith("Bram Bakker is geen consulent van Hoorn (zaak " + hoorn + ")");
        assertThat(consulentOf(data.newCase(Aanmeldingen.HOORN, "GEZINSMIGRANT", null, "consulent", null)))
                .isEqualTo("consulent");
        assertThat(jdbc.sql("SELECT consulent FROM integration_case WHERE case_number = ?").param(hoorn)
                .query(String.class).single()).as("unchanged").isEqualTo("consulent");
    }

    @Test
    void theConsulentenACoordinatorMayChoosePerGemeenteByFullName() throws Exception {
        JsonNode perGemeente = getJson("coordinator", "/api/regie/consulenten");
        var gemeenten = perGemeente.findValuesAsText("gemeente");
        assertThat(gemeenten).contains("GM0405", MEDEMBLIK).doesNotContain(HET_HOGELAND).hasSize(7);
        for (JsonNode gemeente : perGemeente) {
            var names = new LinkedHashMap<String, String>();
            gemeente.get("consulenten").forEach(c -> names.put(c.get("code").asText(), c.get("naam").asText()));
            assertThat(names).as(gemeente.get("gemeenteNaam").asText())
                    .containsEntry("consulent", "Anna de Vries").containsEntry("consulent2", "Fatima El Amrani")
                    .doesNotContainKeys("consulenthogeland", "coordinator", "analist", "admin");
        }
    }

    private List<Task> consulentTasks() {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(driver.caseNumber())
                .taskCandidateGroup("consulenten").includeAssignedTasks().list();
    }

    private static Map<String, Object> body(List<String> zaaknummers, String consulent, String reden) {
        return Map.of("zaaknummers", zaaknummers, "consulent", consulent, "reden", reden);
    }

    private String number(long caseId) {
        return data.caseNumber(caseId);
    }

    private String consulentOf(long caseId) {
        return jdbc.sql("SELECT consulent FROM integration_case WHERE id = ?").param(caseId).query(String.class).single();
    }

    private int handovers(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM case_reassignment WHERE case_id = ?").param(caseId).query(Integer.class).single();
    }

    /**
     * POSTs as the user would from /regie: the session's CSRF token (from GET /api/regie/keuzes) in its header, with
     * the session cookie. A user who may not read the choices posts without them (and is refused either way).
     */
    private ResponseEntity<String> overdragen(String user, Object body) throws Exception {
        return sendAsPage(user, HttpMethod.POST, PATH, body);
    }

    private static HttpHeaders jsonHeaders() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
