package nl.inburgeringsregie.platform.camunda;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_VOEREN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.shared.ConcurrentChangeException;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.support.Race;
import nl.inburgeringsregie.support.Schakel3ScenarioTest;

/**
 * Issue 24, point 2: a consulent who submits a form in Tasklist ({@code POST /engine-rest/task/{id}/submit-form}) while
 * something else changes the same case never gets a 500. Each race is provoked deterministically with {@link Race}: the
 * other change commits after the engine read the task and before it writes.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentSubmitTest extends Schakel3ScenarioTest {

    private static final String REMINDER = "TimerStart_Herinnering_BREDE_INTAKE";

    @Autowired
    private ConfigurableApplicationContext context;

    /** The reminder of the brede intake's norm falls due while the consulent plans the intake: retried, stored once. */
    @Test
    void aSubmitWhileATimerOfTheCaseFallsDueIsRunAgainAndStoredOnce(CapturedOutput output) throws Exception {
        var task = driver.task(TASK_INTAKEGESPREK_PLANNEN);
        String reminder = driver.timer(REMINDER).getId();

        ResponseEntity<String> response;
        try (var race = Race.whileCompleting(context, TASK_INTAKEGESPREK_PLANNEN, 1,
                () -> engine.getManagementService().executeJob(reminder))) {
            response = submitIntakePlan(task.getId());
            assertThat(race.ran()).as("the timer fired during the submit").isOne();
            assertThat(race.attempts()).as("the first attempt collided and was run again").isEqualTo(2);
        }

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(driver.hasTask(TASK_INTAKEGESPREK_VOEREN)).as("the intake planned").isTrue();
        assertThat(driver.hasTask("Task_Herinnering_BREDE_INTAKE")).as("the timer's reminder stands").isTrue();
        assertThat(reports("INTAKEGESPREK_GEPLAND")).as("the plan recorded once").isOne();
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(schakel3().getId())
                .variableUpdates().list().stream()
                .filter(update -> "intakeGesprekLocatie".equals(((HistoricVariableUpdate) update).getVariableName()))
                .count())
                .as("the typed place written once").isOne();
        assertThat(output).contains("Gelijktijdige wijziging tijdens SubmitTaskFormCmd: poging 1 teruggedraaid, opnieuw");
    }

    /**
     * A change that collides on every attempt (the task handed on again and again while it is submitted): a Dutch
     * 409 that says nothing was saved, and indeed nothing of the form is stored.
     */
    @Test
    void aSubmitThatCollidesOnEveryAttemptIsADutch409ThatStoresNothing() throws Exception {
        var task = driver.task(TASK_INTAKEGESPREK_PLANNEN);
        var assignees = List.of("consulent2", "consulent", "consulent2").iterator();

        ResponseEntity<String> response;
        try (var race = Race.whileCompleting(context, TASK_INTAKEGESPREK_PLANNEN, ConcurrentChangeRetry.ATTEMPTS,
                () -> engine.getTaskService().setAssignee(task.getId(), assignees.next()))) {
            response = submitIntakePlan(task.getId());
            assertThat(race.attempts()).isEqualTo(ConcurrentChangeRetry.ATTEMPTS);
        }

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(response.getBody()).path("message").asText())
                .isEqualTo(ConcurrentChangeException.DUTCH_MESSAGE);
        assertThat(driver.task(TASK_INTAKEGESPREK_PLANNEN).getAssignee()).as("the other change stands")
                .isEqualTo("consulent2");
        assertThat(reports("INTAKEGESPREK_GEPLAND")).as("no plan recorded").isZero();
        assertThat(engine.getRuntimeService().getVariable(schakel3().getId(), "intakeGesprekLocatie")).isNull();
    }

    private ResponseEntity<String> submitIntakePlan(String taskId) throws Exception {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("variables", Map.of(
                "intakeGesprekDatum", Map.of("value", DutchDate.format(TODAY.plusDays(3))),
                "intakeGesprekLocatie", Map.of("value", "Gemeentehuis Hoorn"),
                "intakeTolk", Map.of("value", "ja"))));
        return rest.withBasicAuth("consulent", "demo").exchange("/engine-rest/task/" + taskId + "/submit-form",
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private int reports(String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM case_report r JOIN integration_case c ON c.id = r.case_id "
                + "WHERE c.case_number = ? AND r.kind = ?").params(driver.caseNumber(), kind).query(Integer.class).single();
    }
}
