package nl.inburgeringsregie.regie;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_VOEREN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.shared.ConcurrentChangeException;
import nl.inburgeringsregie.support.Race;
import nl.inburgeringsregie.support.Schakel3ScenarioTest;

/**
 * Issue 24, point 2, our own API: a coordinator hands a case to another consulent ({@code POST
 * /api/regie/zaken/overdragen}, one transaction for the case's consulent, its tasks and the timeline) at the moment the
 * case's consulent submits the task being handed on. The handover cannot be run again inside its transaction: a Dutch
 * 409, and nothing of the handover is stored — the consulent's submit stands.
 */
class ConcurrentHandoverTest extends Schakel3ScenarioTest {

    @Autowired
    private ConfigurableApplicationContext context;

    @Test
    void aHandoverThatCollidesWithASubmitIsADutch409AndLeavesNothingHalfWritten() throws Exception {
        assertThat(aCase().consulent()).isEqualTo("consulent");

        ResponseEntity<String> answer;
        try (var race = Race.on(context, TaskListener.EVENTNAME_ASSIGNMENT, TASK_INTAKEGESPREK_PLANNEN, 1,
                () -> driver.consulent(TASK_INTAKEGESPREK_PLANNEN, "intakeGesprekDatum", TODAY.plusDays(3).toString(),
                        "intakeGesprekLocatie", "Gemeentehuis Hoorn", "intakeTolk", "ja"))) {
            answer = handOver();
            assertThat(race.ran()).as("the consulent submitted during the handover").isOne();
        }

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(answer.getBody()).path("detail").asText()).isEqualTo(ConcurrentChangeException.DUTCH_MESSAGE);
        assertThat(aCase().consulent()).as("the case's consulent as before").isEqualTo("consulent");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_reassignment WHERE case_id = ?").param(aCase().id())
                .query(Integer.class).single()).as("no handover on the timeline").isZero();
        assertThat(driver.task(TASK_INTAKEGESPREK_VOEREN).getAssignee()).as("the submit stands").isEqualTo("consulent");

        var again = handOver();
        assertThat(again.getStatusCode()).as("trying again works: " + again.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(driver.task(TASK_INTAKEGESPREK_VOEREN).getAssignee()).isEqualTo("consulent2");
    }

    private ResponseEntity<String> handOver() throws Exception {
        return sendAsPage("coordinator", HttpMethod.POST, "/api/regie/zaken/overdragen", Map.of("zaaknummers",
                List.of(driver.caseNumber()), "consulent", "consulent2", "reden", "Anna met verlof"));
    }
}
