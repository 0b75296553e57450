package nl.inburgeringsregie.pip;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN;
import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.END_EVENT_GEEN_LEERROUTE;
import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.SUB_PROCESS_LEERROUTE;
import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.TASK_VOORTGANGSGESPREK_VOEREN;
import static nl.inburgeringsregie.termijn.Clocks.breachTimer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * Issue 18, point 4. DOMAIN.md, target-group table: leerroute "no" for the asielmigrant coupled before 2022, and
 * "Wi2013 cases (ondertussengroep, asielmigrant coupled before 2022) have no Wi2021 leerroute, term or bestuurlijke
 * boete". Their PIP is a plan for begeleiding and participation: drafted without a leerroute, approved without
 * starting a Wi2021 term (Wet inburgering 2021 art. 11 is not theirs), and schakel 4 holds progress talks without a
 * Wi2021 route. Before issue 18 the PIP form demanded a leerroute and approval started a three-year term.
 */
class Wi2013PipScenarioTest extends ScenarioTest {

    @Test
    void aWi2013PipHasNoLeerrouteAndItsApprovalStartsNoWi2021TermAndNoRoute() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.ASIELMIGRANT_OVERGANG));
        driver.completeWarmeOverdracht(BRP, false);
        driver.holdBredeIntake(CaseDriver.Intake.B1_HAALBAAR);
        var schakel3 = driver.instance(BredeIntakeEnPipProcess.PROCESS_ID);
        assertThat(schakel3).isWaitingAt(TASK_PIP_OPSTELLEN);
        assertThat(engine.getRuntimeService().getVariable(schakel3.getId(), "wi2013"))
                .as("the form hides the leerroute on this variable").isEqualTo(true);
        assertThat(engine.getRuntimeService().getVariable(schakel3.getId(), "leerroute"))
                .as("no route is proposed from the advice").isNull();

        // through Tasklist's route, so the server checks the form as deployed: the hidden leerroute is not required
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"variables": {"pvtAanbieder": {"value": "Vluchtelingenwerk", "type": "String"},
                 "begeleidingAfspraken": {"value": "Maandelijks gesprek met de maatschappelijk begeleider", "type": "String"},
                 "participatieAfspraken": {"value": "Vrijwilligerswerk in de buurt", "type": "String"},
                 "duurMaanden": {"value": 24, "type": "Long"}}}""";
        var submitted = rest.withBasicAuth("consulent", "demo").exchange("/engine-rest/task/"
                + driver.task(TASK_PIP_OPSTELLEN).getId() + "/submit-form", HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
        assertThat(submitted.getStatusCode().value()).as(String.valueOf(submitted.getBody())).isEqualTo(204);
        assertThat(engine.getRuntimeService().getVariable(schakel3.getId(), "leerrouteNaam"))
                .isEqualTo("Geen leerroute (Wi2013)");
        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        driver.runAsyncSteps();

        Pip pip = pips.inForce(driver.caseNumber()).orElseThrow();
        assertThat(pip.status()).isEqualTo(PipStatus.VASTGESTELD);
        assertThat(pip.leerroute()).isNull();
        assertThat(pip.niveau()).isNull();
        assertThat(aCase().leerroute()).as("no Wi2021 leerroute on the case").isNull();
        assertThat(aCase().termStartsOn()).as("no Wi2021 term").isNull();
        assertThat(aCase().termEndsOn()).isNull();
        assertThat(recorded()).containsKey(Milestone.PIP_ISSUED).doesNotContainKey(Milestone.TERM_STARTED);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.INBURGERINGSTERMIJN)).as("no term clock").isEmpty();
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.PIP).orElseThrow().metOn()).isEqualTo(TODAY);

        assertThat(schakel4()).hasPassed(END_EVENT_GEEN_LEERROUTE).hasNotPassed(SUB_PROCESS_LEERROUTE)
                .isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN);
        assertThat(driver.timer(breachTimer("INBURGERINGSTERMIJN")).getDuedate()).as("the term timer never fires")
                .isAfter(java.util.Date.from(java.time.Instant.parse("9000-01-01T00:00:00Z")));

        driver.travelTo(TODAY.plusMonths(6).minusDays(1), 9);
        driver.holdProgressTalk("nee", "nee", null);
        assertThat(schakel4()).as("schakel 4 goes on with the progress talks").isWaitingAt(TASK_VOORTGANGSGESPREK_VOEREN)
                .hasNotPassed(SUB_PROCESS_LEERROUTE);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.INBURGERINGSTERMIJN)).isEmpty();
    }
}
