package nl.inburgeringsregie.bredeintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.support.Schakel3ScenarioTest;

/** The case API during schakel 3: the clocks, breaches and PIP versions, only within the gemeente. */
class BredeIntakeApiTest extends Schakel3ScenarioTest {

    @Test
    void theCaseApiShowsTheClocksBreachesAndPipVersionsOnlyWithinTheGemeente() {
        LocalDate due = BRP.plusWeeks(4);
        driver.travelTo(due.plusDays(1), 9);
        toDraftPip("B1-route haalbaar");
        draftPip("B1_ROUTE", null);

        var termijnen = rest.withBasicAuth("consulent", "demo")
                .getForEntity("/api/zaken/" + driver.caseNumber() + "/termijnen", String.class);
        assertThat(termijnen.getStatusCode().value()).isEqualTo(200);
        assertThat(termijnen.getBody()).contains("\"norm\":\"BREDE_INTAKE\"").contains("\"status\":\"MET\"")
                .contains("\"vervaldatum\":\"" + due + "\"").contains("\"overschrijdingen\":[{");
        var pip = rest.withBasicAuth("coordinator", "demo").getForEntity("/api/zaken/" + driver.caseNumber() + "/pip",
                String.class);
        assertThat(pip.getBody()).contains("\"versie\":1").contains("\"status\":\"CONCEPT\"")
                .contains("\"opgesteldDoor\":\"consulent\"");
        assertThat(rest.withBasicAuth("consulenthogeland", "demo")
                .getForEntity("/api/zaken/" + driver.caseNumber() + "/termijnen", String.class).getStatusCode().value())
                .as("another gemeente's case does not exist for Het Hogeland").isEqualTo(404);
        assertThat(rest.getForEntity("/api/zaken/" + driver.caseNumber() + "/pip", String.class).getStatusCode().value())
                .isEqualTo(401);
    }
}
