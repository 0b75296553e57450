package nl.inburgeringsregie.duo;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.TASK_EINDGESPREK_MAP;
import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.TASK_EXAMENUITSLAG_VASTLEGGEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.shared.ConcurrentChangeException;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.Race;

/**
 * Issue 24, point 2: DUO's notification of an exam result (SS199) is processed — its job runs and commits — while the
 * consulent submits a form of the same case in Tasklist. Provoked deterministically with {@link Race}.
 */
class ConcurrentDuoNotificationTest extends SimulatedDuoScenarioTest {

    @Autowired
    private ConfigurableApplicationContext context;

    @BeforeEach
    void aCaseOnTheB1RouteWithAnExamResultAtDuo() {
        toSchakel4(Aanmeldingen.asielmigrant(bsn), "B1_ROUTE");
        duo.person(bsn).examens.add(Map.of("onderdeel", "LE", "niveau", "B1", "examendatum", TODAY.toString(),
                "resultaat", "Geslaagd"));
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS199").status()).isEqualTo(201);
    }

    /** The MAP's eindgesprek submitted while DUO's exam result is processed: run again, both stored once. */
    @Test
    void aSubmitWhileDuosNotificationIsProcessedIsRunAgainAndBothAreStoredOnce() throws Exception {
        LocalDate termStart = TODAY.plusDays(1); // the MAP not before the term starts (DUO's rule, see RouteScenarioTest)
        driver.travelTo(termStart, 8);
        var task = driver.task(TASK_EINDGESPREK_MAP);

        ResponseEntity<String> response;
        try (var race = Race.whileCompleting(context, TASK_EINDGESPREK_MAP, 1,
                () -> CaseDriver.processDuoNotifications(engine))) {
            response = submit(task.getId(), Map.of("mapEindgesprekDatum", DutchDate.format(termStart),
                    "mapVerwijtbaarTeLaat", "nee"));
            assertThat(race.ran()).as("DUO's notification processed during the submit").isOne();
            assertThat(race.attempts()).as("the first attempt collided and was run again").isEqualTo(2);
        }

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(driver.hasTask(TASK_EINDGESPREK_MAP)).as("the MAP's eindgesprek done").isFalse();
        assertThat(exams("DUO")).as("DUO's result recorded once").isOne();
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(schakel4().getId())
                .variableUpdates().list().stream()
                .filter(update -> "mapVerwijtbaarTeLaat".equals(((HistoricVariableUpdate) update).getVariableName()))
                .count()).as("the answer written once (the date is written twice anyway: typed, then read as dd-mm-jjjj)").isOne();
    }

    /**
     * The consulent enters an exam result while DUO's result comes in: the engine runs the submit again, but DUO's
     * result replaced the task the consulent filled in — a Dutch 409, nothing of the consulent's entry stored, DUO's
     * result recorded once.
     */
    @Test
    void anExamEnteredWhileDuosResultIsProcessedIsADutch409AndDuosResultIsRecordedOnce() throws Exception {
        var task = driver.task(TASK_EXAMENUITSLAG_VASTLEGGEN);

        ResponseEntity<String> response;
        try (var race = Race.whileCompleting(context, TASK_EXAMENUITSLAG_VASTLEGGEN, 1,
                () -> CaseDriver.processDuoNotifications(engine))) {
            response = submit(task.getId(), Map.of("examenOnderdeel", "KNM", "examenDatum", DutchDate.format(TODAY),
                    "examenResultaat", "Geslaagd"));
            assertThat(race.ran()).as("DUO's notification processed during the submit").isOne();
        }

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(response.getBody()).path("message").asText())
                .isEqualTo(ConcurrentChangeException.DUTCH_MESSAGE);
        assertThat(exams("DUO")).as("DUO's result recorded once").isOne();
        assertThat(exams("CONSULENT")).as("nothing of the consulent's entry").isZero();
        assertThat(driver.hasTask(TASK_EXAMENUITSLAG_VASTLEGGEN)).as("the consulent can enter it again").isTrue();
    }

    private ResponseEntity<String> submit(String taskId, Map<String, String> fields) throws Exception {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var variables = new java.util.LinkedHashMap<String, Object>();
        fields.forEach((key, value) -> variables.put(key, Map.of("value", value)));
        return rest.withBasicAuth("consulent", "demo").exchange("/engine-rest/task/" + taskId + "/submit-form",
                HttpMethod.POST, new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers),
                String.class);
    }

    private int exams(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM exam_result WHERE case_id = ? AND source = ?").params(aCase().id(), source)
                .query(Integer.class).single();
    }
}
