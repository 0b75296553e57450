package nl.inburgeringsregie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.support.Schakel3ScenarioTest;

/** Issue 19, point 3: a form refused by a rule of the process opens in Dutch, without the task's id. */
class DutchFormRefusalsTest extends Schakel3ScenarioTest {

    /**
     * DagtekeningRules (DUO's rule: the dagtekening not before the settlement in the gemeente) is a rule of the
     * process, checked where the coordinator approves the PIP, not one the form can express.
     */
    @Test
    void aRefusalByARuleOfTheProcessOpensInDutchOverRest() throws Exception {
        toDraftPip("B1-route haalbaar");
        draftPip("B1_ROUTE", null);
        var task = driver.task(BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN);
        engine.getTaskService().setAssignee(task.getId(), "coordinator");
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("variables", Map.of(
                "pipBesluit", Map.of("value", "GOEDKEUREN"),
                "pipDagtekening", Map.of("value", DutchDate.format(BRP.minusDays(1))))));

        var response = rest.withBasicAuth("coordinator", "demo").exchange("/engine-rest/task/" + task.getId()
                + "/submit-form", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        String message = json.readTree(response.getBody()).path("message").asText();
        assertThat(message).isEqualTo(DutchFormRefusals.DUTCH_OPENING + "De dagtekening mag niet voor de inschrijving "
                + "in de gemeente (" + DutchDate.format(BRP) + ") liggen (DUO-regel)");
        assertThat(driver.hasTask(BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN)).as("nothing completed").isTrue();
    }

    @Test
    void onlyCamundasOpeningOfARefusedFormIsReplaced() {
        assertThat(DutchFormRefusals.inDutch("Cannot submit task form 048f8a69-1f2e-11f0-9c4b-0242ac120002: Vul een "
                + "datum in")).isEqualTo("Het formulier is niet opgeslagen: Vul een datum in");
        assertThat(DutchFormRefusals.inDutch("Cannot complete task 12ab: Vier ogen"))
                .isEqualTo("Het formulier is niet opgeslagen: Vier ogen");
        assertThat(DutchFormRefusals.inDutch("Cannot find task with id 12ab")).isEqualTo("Cannot find task with id 12ab");
    }
}
