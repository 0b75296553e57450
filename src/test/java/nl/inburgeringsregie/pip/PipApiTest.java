package nl.inburgeringsregie.pip;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.inburgeren.process.InburgerenVariables;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;

/** The request for a PIP change through the case API: at any moment, one at a time, only by the consulent. */
class PipApiTest extends ScenarioTest {

    private ResponseEntity<String> askPipChange(String user, String body) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/zaken/" + driver.caseNumber()
                + "/pip/wijzigingsverzoeken", json(body), String.class);
    }

    private static HttpEntity<String> json(String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** A change of the PIP at any moment, asked for by the consulent through the API: one at a time, four eyes. */
    @Test
    void aPipChangeCanBeAskedForAtAnyMomentBesideTheProgressTalks() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        var accepted = askPipChange("consulent", "{\"aanleiding\": \"Ziek geworden; B1 is niet meer haalbaar\"}");
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        assertThat(schakel4()).isWaitingAt(TASK_PIP_WIJZIGEN, TASK_VOORTGANGSGESPREK_VOEREN, TASK_EXAMENUITSLAG_VASTLEGGEN);
        assertThat(engine.getTaskService().getVariable(driver.task(TASK_PIP_WIJZIGEN).getId(), InburgerenVariables.VAR_PIP_CHANGE_REASON))
                .isEqualTo("Ziek geworden; B1 is niet meer haalbaar");
        var twice = askPipChange("consulent", "{\"aanleiding\": \"Nog een keer\"}");
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
        assertThat(twice.getBody()).contains("Er loopt al een wijziging van het PIP");

        driver.consulent(TASK_PIP_WIJZIGEN, "nieuweLeerroute", "Z_ROUTE", "wijzigingReden", "Langdurig ziek, Z-route past beter");
        driver.coordinator(TASK_GEWIJZIGD_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        driver.runAsyncSteps();
        assertThat(schakel4()).hasPassed(END_EVENT_PIP_GEWIJZIGD, BOUNDARY_LEERROUTE_GEWIJZIGD).isWaitingAt(TASK_UREN_REGISTREREN, TASK_VOORTGANGSGESPREK_VOEREN);
        assertThat(outbox("PIP_REGISTREREN")).hasSize(2);
        assertThat(jdbc.sql("SELECT recorded_by FROM case_report WHERE case_id = ? AND kind = 'PIP_WIJZIGING_GEVRAAGD'")
                .param(aCase().id()).query(String.class).list()).containsExactly("consulent");

        // a progress talk that finds another change needed starts the same change
        driver.holdProgressTalk("ja", "nee", null);
        assertThat(schakel4()).isWaitingAt(TASK_PIP_WIJZIGEN, TASK_VOORTGANGSGESPREK_VOEREN);
        assertThat(engine.getTaskService().getVariable(driver.task(TASK_PIP_WIJZIGEN).getId(), InburgerenVariables.VAR_PIP_CHANGE_REASON))
                .asString().startsWith("Voortgangsgesprek van " + TODAY);
    }

    @Test
    void aPipChangeRequestIsRefusedWithoutReasonRoleGemeenteOrPipInForce() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        var noPip = askPipChange("consulent", "{\"aanleiding\": \"Andere route\"}");
        assertThat(noPip.getStatusCode().value()).isEqualTo(409);
        assertThat(noPip.getBody()).contains("geen vastgesteld PIP");

        driver.completeWarmeOverdracht(BRP, false);
        driver.completeBredeIntakeEnPip("B1_ROUTE");
        var empty = askPipChange("consulent", "{\"aanleiding\": \" \"}");
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody()).contains("\"aanleiding\":\"Schrijf op waarom het PIP moet worden gewijzigd\"");
        assertThat(askPipChange("consulent", "").getStatusCode().value()).isEqualTo(400);
        assertThat(askPipChange("coordinator", "{\"aanleiding\": \"Andere route\"}").getStatusCode().value())
                .as("the consulent asks, the coordinator reviews").isEqualTo(403);
        assertThat(askPipChange("consulenthogeland", "{\"aanleiding\": \"Andere route\"}").getStatusCode().value())
                .as("another gemeente's case does not exist for Het Hogeland").isEqualTo(404);
        assertThat(rest.postForEntity("/api/zaken/" + driver.caseNumber() + "/pip/wijzigingsverzoeken",
                json("{\"aanleiding\": \"x\"}"), String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(driver.hasTask(TASK_PIP_WIJZIGEN)).as("nothing started by a refused request").isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_report WHERE case_id = ? AND kind = 'PIP_WIJZIGING_GEVRAAGD'")
                .param(aCase().id()).query(Integer.class).single()).isZero();
    }
}
