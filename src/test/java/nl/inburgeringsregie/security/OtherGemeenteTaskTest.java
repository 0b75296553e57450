package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.support.IntegrationTest;

/**
 * A task, case (process instance) or execution of another gemeente does not exist for the user: claiming,
 * completing or deleting a task, suspending a case, setting its variables or moving it answers 404 (not 500, and
 * not 403, which would tell that it exists), through Camunda's REST API and through the webapps' engine API
 * alike — as for an id that exists nowhere. A refusal inside the user's own gemeente stays Camunda's 403
 * (see also {@link ForbiddenCaseworkTest}).
 */
@IntegrationTest
class OtherGemeenteTaskTest {

    private static final String NO_TASK = "00000000-0000-0000-0000-000000000000";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aTaskOfAnotherGemeenteIsNotFoundThroughTheRestApi() throws Exception {
        String task = westfrieslandTask().getId();
        for (String id : new String[] {task, NO_TASK}) {
            assertThat(basic("POST", "/engine-rest/task/" + id + "/claim", "{\"userId\":\"consulenthogeland\"}"))
                    .as("claim %s", id).isEqualTo(404);
            assertThat(basic("POST", "/engine-rest/task/" + id + "/complete", "{\"variables\":{}}"))
                    .as("complete %s", id).isEqualTo(404);
            assertThat(basic("DELETE", "/engine-rest/task/" + id, null)).as("delete %s", id).isEqualTo(404);
        }
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    }

    /** Security probe M9: consulenthogeland (Het Hogeland) on a case of Westfriesland. */
    @Test
    void aCaseOfAnotherGemeenteIsNotFoundThroughTheRestApi() throws Exception {
        Task task = westfrieslandTask();
        var variablesBefore = runtimeService.getVariables(task.getProcessInstanceId());
        for (String[] ids : new String[][] {{task.getProcessInstanceId(), task.getExecutionId()}, {NO_TASK, NO_TASK}}) {
            String instance = "/engine-rest/process-instance/" + ids[0];
            String execution = "/engine-rest/execution/" + ids[1];
            assertThat(basic("PUT", instance + "/suspended", "{\"suspended\":true}")).as("suspend %s", ids[0])
                    .isEqualTo(404);
            assertThat(basic("PUT", instance + "/variables/gemeente", "{\"value\":\"GM1966\",\"type\":\"String\"}"))
                    .as("set a variable of %s", ids[0]).isEqualTo(404);
            assertThat(basic("POST", instance + "/variables",
                    "{\"modifications\":{\"gemeente\":{\"value\":\"GM1966\",\"type\":\"String\"}}}"))
                    .as("modify the variables of %s", ids[0]).isEqualTo(404);
            assertThat(basic("POST", instance + "/modification",
                    "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"nietBestaand\"}]}"))
                    .as("move %s", ids[0]).isEqualTo(404);
            assertThat(basic("PUT", execution + "/localVariables/gemeente",
                    "{\"value\":\"GM1966\",\"type\":\"String\"}")).as("set a variable of %s", ids[1]).isEqualTo(404);
            assertThat(basic("POST", execution + "/signal", "{}")).as("signal %s", ids[1]).isEqualTo(404);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().isSuspended()).isFalse();
        assertThat(runtimeService.getVariables(task.getProcessInstanceId())).isEqualTo(variablesBefore);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void aTaskOfAnotherGemeenteIsNotFoundThroughTheWebappsEngineApi() throws Exception {
        String task = westfrieslandTask().getId();
        String xsrf = loginToTasklist("consulenthogeland");
        String base = "/camunda/api/engine/engine/default/task/";
        for (String id : new String[] {task, NO_TASK}) {
            assertThat(webapp("POST", base + id + "/claim", "{\"userId\":\"consulenthogeland\"}", xsrf))
                    .as("claim %s", id).isEqualTo(404);
            assertThat(webapp("POST", base + id + "/complete", "{\"variables\":{}}", xsrf)).as("complete %s", id)
                    .isEqualTo(404);
            assertThat(webapp("DELETE", base + id, null, xsrf)).as("delete %s", id).isEqualTo(404);
        }
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    @Test
    void aRefusalInsideTheOwnGemeenteStays403() throws Exception {
        String task = westfrieslandTask().getId();
        assertThat(basicAs("coordinator", "POST", "/engine-rest/task/" + task + "/complete", "{\"variables\":{}}"))
                .as("coordinator of Westfriesland").isEqualTo(403);
        assertThat(basicAs("analist", "POST", "/engine-rest/task/" + task + "/complete", "{\"variables\":{}}"))
                .as("analist of every gemeente").isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    private Task westfrieslandTask() {
        return taskService.createTaskQuery().tenantIdIn("GM0405").taskCandidateGroup(Groups.CONSULENTEN)
                .taskUnassigned().listPage(0, 1).get(0);
    }

    private int basic(String method, String path, String body) throws Exception {
        return basicAs("consulenthogeland", method, path, body);
    }

    private int basicAs(String user, String method, String path, String body) throws Exception {
        var request = request(method, path, body).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private int webapp(String method, String path, String body, String xsrf) throws Exception {
        return http.send(request(method, path, body).header("X-XSRF-TOKEN", xsrf).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Logs in as Tasklist does: the XSRF cookie from the app, then the login form with its token. */
    private String loginToTasklist(String user) throws Exception {
        http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String xsrf = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        var login = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        // the login starts a new session with a new token, which the next read hands out
        return http.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/count")).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    }

    private HttpRequest.Builder request(String method, String path, String body) {
        var builder = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json");
        return body == null ? builder.method(method, HttpRequest.BodyPublishers.noBody())
                : builder.method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create(rest.getRootUri() + path);
    }
}
