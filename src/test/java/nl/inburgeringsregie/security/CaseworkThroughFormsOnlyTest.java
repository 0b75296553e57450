package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.support.IntegrationTest;

/**
 * Security probe H1: casework goes through the task's form only. Ending a user task with a BPMN error or
 * escalation, changing who may work it, and writing its variables outside the form are refused with 403 and a
 * Dutch message — for the consulent who works the task and for a coordinator alike — and change nothing; the
 * camunda-admin group may still (repairs). Our models throw no error or escalation from a user task (DOMAIN.md:
 * the steps of the warme overdracht, such as the driegesprek, are required steps of the law's schakels).
 */
@IntegrationTest
class CaseworkThroughFormsOnlyTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    /** A request on a task: method, path after {@code task/{id}/}, and body. */
    record Operation(String description, HttpMethod method, String path, Object body) {

        @Override
        public String toString() {
            return description;
        }
    }

    static final Operation[] OPERATIONS = {
            new Operation("de taak met een BPMN-fout beëindigen", HttpMethod.POST, "bpmnError",
                    "{\"errorCode\":\"x\"}"),
            new Operation("de taak met een escalatie beëindigen", HttpMethod.POST, "bpmnEscalation",
                    "{\"escalationCode\":\"x\"}"),
            new Operation("zich kandidaat maken", HttpMethod.POST, "identity-links",
                    "{\"userId\":\"coordinator\",\"type\":\"candidate\"}"),
            new Operation("de werkgroep weghalen", HttpMethod.POST, "identity-links/delete",
                    "{\"groupId\":\"consulenten\",\"type\":\"candidate\"}"),
            new Operation("een variabele zetten", HttpMethod.PUT, "variables/gemeente",
                    "{\"value\":\"GM1966\",\"type\":\"String\"}"),
            new Operation("variabelen wijzigen", HttpMethod.POST, "variables",
                    "{\"modifications\":{\"gemeente\":{\"value\":\"GM1966\",\"type\":\"String\"}}}"),
            new Operation("een variabele verwijderen", HttpMethod.DELETE, "variables/gemeente", null),
            new Operation("een binaire variabele zetten", HttpMethod.POST, "variables/bijlage/data", binary()),
            new Operation("een lokale variabele zetten", HttpMethod.PUT, "localVariables/besluit",
                    "{\"value\":\"ja\",\"type\":\"String\"}"),
            new Operation("lokale variabelen wijzigen", HttpMethod.POST, "localVariables",
                    "{\"modifications\":{\"besluit\":{\"value\":\"ja\",\"type\":\"String\"}}}"),
            new Operation("een lokale variabele verwijderen", HttpMethod.DELETE, "localVariables/besluit", null),
            new Operation("een lokale binaire variabele zetten", HttpMethod.POST, "localVariables/bijlage/data",
                    binary()),
            new Operation("een gedelegeerde taak met variabelen afronden", HttpMethod.POST, "resolve",
                    "{\"variables\":{\"gemeente\":{\"value\":\"GM1966\",\"type\":\"String\"}}}")};

    static Stream<Arguments> workersAndOperations() {
        return Stream.of("consulent", "coordinator")
                .flatMap(user -> Stream.of(OPERATIONS).map(operation -> Arguments.of(user, operation)));
    }

    @ParameterizedTest(name = "{0} mag niet: {1}")
    @MethodSource("workersAndOperations")
    void isRefusedAndChangesNothing(String user, Operation operation) {
        Task task = aConsulentTaskOfWestfriesland();
        List<String> linksBefore = links(task.getId());
        Map<String, Object> variablesBefore = variables(task.getId());

        var answer = call(user, task, operation);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
        assertThat(answer.getBody()).contains("\"type\":\"AuthorizationException\"").contains("Alleen een beheerder");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(links(task.getId())).isEqualTo(linksBefore);
        assertThat(variables(task.getId())).isEqualTo(variablesBefore);
    }

    /** The task's variables; a Json variable (the PIP forms' taalaanbieders) by its text: Spin's nodes have no equals. */
    private Map<String, Object> variables(String taskId) {
        var variables = new java.util.TreeMap<String, Object>();
        taskService.getVariables(taskId).forEach((name, value) -> variables.put(name,
                value instanceof org.camunda.spin.json.SpinJsonNode node ? node.toString() : value));
        return variables;
    }

    @Test
    void theAdministratorMayRepair() {
        Task task = aConsulentTaskOfWestfriesland();
        var add = call("admin", task, OPERATIONS[2]);
        assertThat(add.getStatusCode().value()).as(add.getBody()).isEqualTo(204);
        assertThat(links(task.getId())).contains("candidate user coordinator");
        taskService.deleteCandidateUser(task.getId(), "coordinator");
    }

    private org.springframework.http.ResponseEntity<String> call(String user, Task task, Operation operation) {
        var headers = new HttpHeaders();
        headers.setContentType(operation.body() instanceof String || operation.body() == null
                ? MediaType.APPLICATION_JSON : MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + task.getId() + "/" + operation.path(),
                operation.method(), new HttpEntity<>(operation.body(), headers), String.class);
    }

    private static LinkedMultiValueMap<String, Object> binary() {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("data", new ByteArrayResource("bijlage".getBytes()) {
            @Override
            public String getFilename() {
                return "bijlage.txt";
            }
        });
        return body;
    }

    private List<String> links(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream().map(CaseworkThroughFormsOnlyTest::describe).sorted()
                .toList();
    }

    private static String describe(IdentityLink link) {
        return link.getType() + (link.getUserId() != null ? " user " + link.getUserId() : " group " + link.getGroupId());
    }

    /** A task of the consulenten, assigned to the consulent: he has work rights on it. */
    private Task aConsulentTaskOfWestfriesland() {
        Task task = taskService.createTaskQuery().tenantIdIn("GM0405").taskCandidateGroup(Groups.CONSULENTEN)
                .includeAssignedTasks().orderByTaskId().asc().listPage(0, 1).get(0);
        taskService.setAssignee(task.getId(), "consulent");
        return task;
    }
}
