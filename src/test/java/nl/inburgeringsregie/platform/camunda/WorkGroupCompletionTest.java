package nl.inburgeringsregie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess;

/**
 * Security probe M1: a user task is completed only by a member of its work group (DOMAIN.md, "Who works with
 * it": consulenten do the casework, coordinatoren review and reassign). A coordinator may hand a consulent task
 * to anyone (TASK_ASSIGN) — to himself too — but completing it is refused with 403 and a Dutch message, through
 * the REST API and through the engine itself; the consulent he hands it to completes it.
 */
class WorkGroupCompletionTest extends ScenarioTest {

    private static final String PLAN_TALK = WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN;
    private static final String FORM = "{\"variables\":{\"driegesprekMogelijk\":{\"value\":\"nee\",\"type\":\"String\"},"
            + "\"redenGeenDriegesprek\":{\"value\":\"Statushouder al verhuisd\",\"type\":\"String\"}}}";

    @BeforeEach
    void registerAnAsielmigrant() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
    }

    @Test
    void aCoordinatorWhoAssignedAConsulentTaskToHimselfCannotCompleteIt() {
        Task task = driver.task(PLAN_TALK);

        var assign = post("coordinator", task, "assignee", "{\"userId\":\"coordinator\"}");
        var submit = post("coordinator", task, "submit-form", FORM);

        assertThat(assign.getStatusCode().value()).as(assign.getBody()).isEqualTo(204);
        assertThat(submit.getStatusCode().value()).as(submit.getBody()).isEqualTo(403);
        assertThat(submit.getBody()).contains("\"type\":\"AuthorizationException\"")
                .contains("Deze taak wordt afgerond door een medewerker van de groep consulenten");
        assertThat(driver.task(PLAN_TALK).getId()).as("the task stays open").isEqualTo(task.getId());
        assertThat(engine.getTaskService().getVariables(task.getId())).doesNotContainKey("redenGeenDriegesprek");
    }

    @Test
    void theEngineRefusesItOnEveryPathAlsoForAUserWithoutGroupsInHisLogin() {
        Task task = driver.task(PLAN_TALK);
        engine.getTaskService().setAssignee(task.getId(), "coordinator");

        assertThatThrownBy(() -> driver.as("coordinator", "coordinatoren",
                () -> engine.getTaskService().complete(task.getId(), Map.of("driegesprekMogelijk", "nee"))))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("niet zelf afronden");
        engine.getIdentityService().setAuthentication("coordinator", null, List.of(task.getTenantId()));
        try {
            assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
                    Map.of("driegesprekMogelijk", "nee"))).isInstanceOf(AuthorizationException.class);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(driver.task(PLAN_TALK).getId()).isEqualTo(task.getId());
    }

    @Test
    void theCoordinatorHandsItToAConsulentWhoCompletesIt() {
        Task task = driver.task(PLAN_TALK);

        var assign = post("coordinator", task, "assignee", "{\"userId\":\"consulent\"}");
        var submit = post("consulent", task, "submit-form", FORM);

        assertThat(assign.getStatusCode().value()).as(assign.getBody()).isEqualTo(204);
        assertThat(submit.getStatusCode().value()).as(submit.getBody()).isEqualTo(204);
        assertThat(driver.hasTask(PLAN_TALK)).isFalse();
    }

    private ResponseEntity<String> post(String user, Task task, String operation, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + task.getId() + "/" + operation,
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
