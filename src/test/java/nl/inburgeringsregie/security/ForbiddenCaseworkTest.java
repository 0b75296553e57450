package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import nl.inburgeringsregie.duo.process.DuoNotificatieProcess;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.Logins;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 16, point 5: what no group but the administrators may do to a running case through Camunda's REST API —
 * change its data, move it, start or delete cases, or delete the models they run on. Each operation is tried by
 * a user of every group (consulent, coordinator, analist, the COA coupling and DUO) on a case of their own
 * gemeente, and each is refused with nothing changed. Casework goes through the tasks and the application's API.
 */
@IntegrationTest
class ForbiddenCaseworkTest {

    /** A running case: its process instance, model and deployment. */
    record RunningCase(String id, String processDefinitionId, String deploymentId, String tenantId,
            String notificationJobDefinitionId) {

        String getId() {
            return id;
        }

        String getProcessDefinitionId() {
            return processDefinitionId;
        }

        String getDeploymentId() {
            return deploymentId;
        }

        String getTenantId() {
            return tenantId;
        }

        String getNotificationJobDefinitionId() {
            return notificationJobDefinitionId;
        }
    }

    /** A request against one running case: method, path and body built from the case. */
    record Operation(String description, HttpMethod method, Function<RunningCase, String> path,
            Function<RunningCase, String> body) {

        @Override
        public String toString() {
            return description;
        }
    }

    static final Operation[] OPERATIONS = {
            new Operation("een procesvariabele zetten", HttpMethod.PUT,
                    instance -> "/engine-rest/process-instance/" + instance.getId() + "/variables/gemeente",
                    instance -> "{\"value\":\"GM1966\",\"type\":\"String\"}"),
            new Operation("procesvariabelen wijzigen", HttpMethod.POST,
                    instance -> "/engine-rest/process-instance/" + instance.getId() + "/variables",
                    instance -> "{\"modifications\":{\"verhuisdNaar\":{\"value\":\"GM1966\",\"type\":\"String\"}}}"),
            new Operation("de zaak naar een andere gemeente verhuizen (bericht)", HttpMethod.POST,
                    instance -> "/engine-rest/message",
                    instance -> "{\"messageName\":\"VerhuisdNaarAndereGemeente\",\"processInstanceId\":\""
                            + instance.getId() + "\",\"processVariables\":{\"nieuweGemeente\":{\"value\":\"GM1966\","
                            + "\"type\":\"String\"}}}"),
            new Operation("de zaak verplaatsen (modification)", HttpMethod.POST,
                    instance -> "/engine-rest/process-instance/" + instance.getId() + "/modification",
                    instance -> "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"nietBestaand\"}]}"),
            new Operation("de zaak opschorten", HttpMethod.PUT,
                    instance -> "/engine-rest/process-instance/" + instance.getId() + "/suspended",
                    instance -> "{\"suspended\":true}"),
            new Operation("de zaak verwijderen", HttpMethod.DELETE,
                    instance -> "/engine-rest/process-instance/" + instance.getId(), instance -> null),
            new Operation("zaken in een batch verwijderen", HttpMethod.POST,
                    instance -> "/engine-rest/process-instance/delete",
                    instance -> "{\"processInstanceIds\":[\"" + instance.getId() + "\"],\"deleteReason\":\"x\"}"),
            new Operation("een zaak buiten de aanmelding om starten", HttpMethod.POST,
                    instance -> "/engine-rest/process-definition/" + instance.getProcessDefinitionId() + "/start",
                    instance -> "{\"businessKey\":\"INB-NEP\"}"),
            new Operation("het model met zijn zaken verwijderen", HttpMethod.DELETE,
                    instance -> "/engine-rest/process-definition/" + instance.getProcessDefinitionId()
                            + "?cascade=true", instance -> null),
            new Operation("een modelversie opschorten", HttpMethod.PUT,
                    instance -> "/engine-rest/process-definition/" + instance.getProcessDefinitionId() + "/suspended",
                    instance -> "{\"suspended\":true,\"includeProcessInstances\":false}"),
            new Operation("de verwerking van DUO-notificaties stilzetten", HttpMethod.PUT,
                    instance -> "/engine-rest/job-definition/" + instance.getNotificationJobDefinitionId() + "/suspended",
                    instance -> "{\"suspended\":true,\"includeJobs\":false}"),
            new Operation("de deployment met zijn zaken verwijderen", HttpMethod.DELETE,
                    instance -> "/engine-rest/deployment/" + instance.getDeploymentId() + "?cascade=true",
                    instance -> null)};

    /** The archivist (issue 21, point 4) has no Camunda permissions at all: no casework either. */
    static final String[] USERS = {"consulent", "coordinator", "analist", "coa", "duo", "archivaris"};

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ManagementService managementService;

    static Stream<Arguments> everyGroupEveryOperation() {
        return Stream.of(USERS).flatMap(user -> Stream.of(OPERATIONS).map(operation -> Arguments.of(user, operation)));
    }

    @ParameterizedTest(name = "{0} mag niet: {1}")
    @MethodSource("everyGroupEveryOperation")
    void isRefusedAndChangesNothing(String user, Operation operation) {
        RunningCase instance = aRunningCaseOfWestfriesland();
        Map<String, Object> variablesBefore = runtimeService.getVariables(instance.getId());
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        var answer = Logins.as(rest, user).exchange(operation.path().apply(instance), operation.method(),
                new HttpEntity<>(operation.body().apply(instance), headers), String.class);

        assertThat(isRefused(answer.getStatusCode().value(), answer.getBody())).as(answer.getBody()).isTrue();
        var after = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(after).isNotNull();
        assertThat(after.isSuspended()).isFalse();
        assertThat(runtimeService.getVariables(instance.getId())).isEqualTo(variablesBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(instance.getProcessDefinitionId()).active().count()).isEqualTo(1);
        assertThat(managementService.createJobDefinitionQuery().suspended().count()).isZero();
    }

    /** 401 or 403; a model the user may not even read does not exist for them (Camunda: 404, "do not exist"). */
    private static boolean isRefused(int status, String body) {
        return status == 401 || status == 403 || (status == 400 || status == 404) && body != null && body.contains("do not exist");
    }

    /** A running case: the main process of a case that waits for its move to another gemeente. */
    private RunningCase aRunningCaseOfWestfriesland() {
        // an active one that still waits for the move (not one whose handover runs already, whichever test left it so)
        ProcessInstance instance = runtimeService.createEventSubscriptionQuery()
                .eventName(InburgeringProcess.MESSAGE_VERHUISD_NAAR_ANDERE_GEMEENTE).tenantIdIn("GM0405").list().stream()
                .map(subscription -> runtimeService.createProcessInstanceQuery()
                        .processInstanceId(subscription.getProcessInstanceId()).processDefinitionKey("inburgering")
                        .active().singleResult())
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        String deploymentId = repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getDeploymentId();
        String notifications = repositoryService.createProcessDefinitionQuery().processDefinitionKey(DuoNotificatieProcess.PROCESS_ID)
                .latestVersion().singleResult().getId();
        String jobDefinition = managementService.createJobDefinitionQuery().processDefinitionId(notifications)
                .listPage(0, 1).get(0).getId();
        return new RunningCase(instance.getId(), instance.getProcessDefinitionId(), deploymentId, instance.getTenantId(),
                jobDefinition);
    }
}
