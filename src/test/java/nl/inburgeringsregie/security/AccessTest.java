package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestBsn;

/** Nobody gets in anonymously, and each role can do what it needs and no more. */
@IntegrationTest
class AccessTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /engine-rest/engine",
            "GET, /engine-rest/engine/",
            "GET, /engine-rest/task",
            "GET, /engine-rest/process-definition",
            "GET, /engine-rest/process-instance",
            "GET, /engine-rest/deployment",
            "GET, /engine-rest/history/process-instance",
            "GET, /engine-rest/user",
            "GET, /engine-rest/authorization",
            "POST, /engine-rest/deployment/create",
            "GET, /api/zaken/INB-2026-000001",
            "POST, /api/aanmeldingen",
            "GET, /api/iets-anders",
            "GET, /camunda/api/engine/engine/default/task/count",
            "GET, /camunda/api/cockpit/plugin/base/default/process-definition/statistics",
            "GET, /camunda/api/engine/engine/default/user",
            "GET, /camunda/api/engine/engine/default/history/process-instance"})
    void refusesAnonymousCalls(String method, String path) {
        var response = rest.exchange(path, HttpMethod.valueOf(method), jsonEntity("{}"), String.class);

        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        if (path.startsWith("/engine-rest") || path.startsWith("/api")) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void refusesAWrongPassword() {
        assertThat(rest.withBasicAuth("onbekend", "fout").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("onbekend", "fout").getForEntity("/api/zaken/INB-2026-000001", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @ParameterizedTest(name = "{0} may not register an aanmelding")
    @CsvSource({"analist", "coordinator"})
    void onlyConsulentenAndKoppelingenRegisterAanmeldingen(String user) {
        var response = rest.withBasicAuth(user, "demo").exchange("/api/aanmeldingen", HttpMethod.POST,
                jsonEntity("{}"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("Geen toegang");
    }

    @Test
    void analistCannotReadCaseFiles() {
        assertThat(rest.withBasicAuth("analist", "demo").getForEntity("/api/zaken/INB-2026-000001", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void consulentCannotDeploy() {
        assertThat(deploy("consulent").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void analistDeploysOnlyThroughTheGateNotThroughCamundasRestApi() {
        assertThat(deploy("analist").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("analist", "demo").postForEntity("/api/modellen/deployments", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void adminCanStillDeployThroughCamundasRestApi() {
        assertThat(deploy("admin").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void consulentCannotDeleteACase() {
        String processInstanceId = anyOpenTaskOfWestfriesland().getProcessInstanceId();

        var response = rest.withBasicAuth("consulent", "demo").exchange(
                "/engine-rest/process-instance/" + processInstanceId, HttpMethod.DELETE, null, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void consulentSeesTasksAndFormsOfHisGemeentenOnly() {
        var task = anyOpenTaskOfWestfriesland();

        var ownTasks = rest.withBasicAuth("consulent", "demo").getForEntity("/engine-rest/task/count", Map.class);
        var form = rest.withBasicAuth("consulent", "demo")
                .getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", String.class);
        var otherGemeente = rest.withBasicAuth("consulenthogeland", "demo")
                .getForEntity("/engine-rest/task/" + task.getId(), String.class);

        assertThat(((Number) ownTasks.getBody().get("count")).intValue()).isPositive();
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("\"components\"");
        assertThat(otherGemeente.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void analistCannotCompleteCasework() {
        var task = anyOpenTaskOfWestfriesland();

        var response = rest.withBasicAuth("analist", "demo").exchange("/engine-rest/task/" + task.getId()
                + "/complete", HttpMethod.POST, jsonEntity("{\"variables\":{}}"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void consulentCanClaimATaskOfHisGroup() {
        var task = anyOpenTaskOfWestfriesland();

        var response = rest.withBasicAuth("consulent", "demo").exchange("/engine-rest/task/" + task.getId()
                + "/claim", HttpMethod.POST, jsonEntity("{\"userId\":\"consulent\"}"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        taskService.setAssignee(task.getId(), null);
    }

    /** Re-probe of issue 16: a consulent works his task but does not rename it, move its dates or give it away. */
    @Test
    void consulentNeitherChangesNorHandsOnATask() {
        var task = anyOpenTaskOfWestfriesland();

        var rename = rest.withBasicAuth("consulent", "demo").exchange("/engine-rest/task/" + task.getId(),
                HttpMethod.PUT, jsonEntity("{\"name\":\"Verborgen\",\"due\":\"2020-01-01T00:00:00.000+0100\","
                        + "\"tenantId\":\"" + task.getTenantId() + "\"}"), String.class);
        var handOn = rest.withBasicAuth("consulent", "demo").exchange("/engine-rest/task/" + task.getId()
                + "/assignee", HttpMethod.POST, jsonEntity("{\"userId\":\"consulenthogeland\"}"), String.class);
        var claim = rest.withBasicAuth("consulent", "demo").exchange("/engine-rest/task/" + task.getId()
                + "/claim", HttpMethod.POST, jsonEntity("{\"userId\":\"consulent\"}"), String.class);

        assertThat(rename.getStatusCode()).as(rename.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(handOn.getStatusCode()).as(handOn.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(claim.getStatusCode()).as("claiming stays his work").isEqualTo(HttpStatus.NO_CONTENT);
        var after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(after.getName()).isEqualTo(task.getName());
        assertThat(after.getDueDate()).isEqualTo(task.getDueDate());
        taskService.setAssignee(task.getId(), null);
    }

    @Test
    void coordinatorReassignsWorkButDoesNotDoIt() {
        var task = anyOpenTaskOfWestfriesland();

        var assign = rest.withBasicAuth("coordinator", "demo").exchange("/engine-rest/task/" + task.getId()
                + "/assignee", HttpMethod.POST, jsonEntity("{\"userId\":\"consulent\"}"), String.class);
        var complete = rest.withBasicAuth("coordinator", "demo").exchange("/engine-rest/task/" + task.getId()
                + "/complete", HttpMethod.POST, jsonEntity("{\"variables\":{}}"), String.class);

        assertThat(assign.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("consulent");
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        taskService.setAssignee(task.getId(), null);
    }

    @Test
    void coordinatorSeesOnlyTheCasesOfHisGemeenten() {
        var body = Aanmeldingen.json(TestBsn.next());
        body.put("gemeente", "GM1966");
        assertThat(rest.withBasicAuth("consulenthogeland", "demo").exchange("/api/aanmeldingen", HttpMethod.POST,
                new HttpEntity<>(body, jsonHeaders()), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(runtimeService.createProcessInstanceQuery().tenantIdIn("GM1966").count()).isPositive();

        var hogeland = rest.withBasicAuth("coordinator", "demo")
                .getForEntity("/engine-rest/process-instance/count?tenantIdIn=GM1966", Map.class);
        var westfriesland = rest.withBasicAuth("coordinator", "demo")
                .getForEntity("/engine-rest/process-instance/count?tenantIdIn=GM0405", Map.class);

        assertThat(((Number) hogeland.getBody().get("count")).intValue()).isZero();
        assertThat(((Number) westfriesland.getBody().get("count")).intValue()).isPositive();
    }

    private org.camunda.bpm.engine.task.Task anyOpenTaskOfWestfriesland() {
        return taskService.createTaskQuery().tenantIdIn("GM0405").taskCandidateGroup(Groups.CONSULENTEN)
                .taskUnassigned().listPage(0, 1).get(0);
    }

    private org.springframework.http.ResponseEntity<String> deploy(String user) {
        var bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <process id="toegangstest" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="start"/>
                  </process>
                </definitions>""";
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "toegangstest-" + user);
        body.add("data", new ByteArrayResource(bpmn.getBytes()) {
            @Override
            public String getFilename() {
                return "toegangstest.bpmn";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }

    private static HttpHeaders jsonHeaders() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static HttpEntity<String> jsonEntity(String json) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json, headers);
    }
}
