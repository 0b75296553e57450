package nl.inburgeringsregie.bredeintake;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_TOETS_PLANNEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_TOETS_UITSLAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.duo.simulator.SimulatedDuo;
import nl.inburgeringsregie.support.Schakel3ScenarioTest;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * DUO's exam number for the leerbaarheidstoets (issue 18, point 8). DUO's Leerbaarheidstoets API 1.2.0
 * ({@code duo-m2m/API/Leerbaarheidstoets/openapi.yml}): {@code GET /personen/{bsn}/lbt/examennummer} answers the
 * schema Examennummer ("examennummer", "Unieke identificatie voor een examen") "ten behoeve van het inplannen van
 * de leerbaarheidstoets", so the case keeps it and the planning task shows it; {@code DELETE} on the same path is
 * "Aangeven dat de leerbaarheidstoets is overgeslagen. De LBT aanmelding is daarmee overbodig en het examennummer
 * kan worden ingetrokken." Seed 002: the gemeente is responsible for "het inplannen van de afspraken met de
 * kandidaten voor de afname van de leerbaarheidstoets".
 */
class LeerbaarheidstoetsExamNumberScenarioTest extends Schakel3ScenarioTest {

    private static final String EXAM_NUMBER = "leerbaarheidstoetsExamennummer";

    @Autowired
    SimulatedDuo duo;

    @Test
    void theExamNumberDuoGivesAtRegistrationIsKeptOnTheCaseAndShownInThePlanningTask() throws IOException {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        driver.runAsyncSteps();

        String examNumber = examNumberDuoGave();
        assertThat(examNumber).as("DUO's number, not the BSN (it is shown in a form and kept as a variable)")
                .doesNotContain(bsn()).hasSizeLessThanOrEqualTo(12);
        assertThat(storedExamNumber()).as("kept on the case").isEqualTo(examNumber);
        assertThat(recorded().get(Milestone.LEERBAARHEIDSTOETS_REGISTERED).note()).isEqualTo("Examennummer " + examNumber);

        var task = driver.task(TASK_TOETS_PLANNEN);
        assertThat(engine.getTaskService().getVariable(task.getId(), EXAM_NUMBER)).isEqualTo(examNumber);
        JsonNode field = planningFormField(task.getId());
        assertThat(field).as("the planning form shows the exam number").isNotNull();
        assertThat(field.path("disabled").asBoolean()).as("read-only").isTrue();
    }

    @Test
    void aTestThatLapsesAfterRegistrationWithdrawsTheExamNumberAtDuo() {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        driver.runAsyncSteps();
        String examNumber = examNumberDuoGave();
        driver.planLeerbaarheidstoets();

        driver.consulent(TASK_TOETS_UITSLAG, "toetsAfgenomen", "vervalt");
        driver.runAsyncSteps();

        var withdrawal = received("LBT_EXAMENNUMMER_INTREKKEN");
        assertThat(withdrawal).as("DELETE examennummer sent to DUO").hasSize(1);
        assertThat(withdrawal.get(0).status()).isEqualTo(200);
        assertThat(withdrawal.get(0).findings()).as("checked against Leerbaarheidstoets/openapi.yml").isEmpty();
        assertThat(withdrawal.get(0).path()).isEqualTo("/personen/" + bsn() + "/lbt/examennummer");
        assertThat(outbox("LBT_EXAMENNUMMER_INTREKKEN")).as("through the outbox").hasSize(1);
        assertThat(duo.person(bsn()).examennummer).as("DUO has withdrawn it").isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lbt_examennummer WHERE case_id = ? AND withdrawn_at IS NOT NULL")
                .param(aCase().id()).query(Integer.class).single()).isOne();
        assertThat(recorded().get(Milestone.LEERBAARHEIDSTOETS_SKIPPED).note())
                .isEqualTo("Examennummer " + examNumber + " ingetrokken bij DUO");

        assertThat(schakel3()).isWaitingAt(TASK_PIP_OPSTELLEN);
        assertThat(engine.getRuntimeService().getVariable(schakel3().getId(), "leerbaarheidstoetsUitslag"))
                .isEqualTo("Niet afgenomen");
    }

    @Test
    void aMissedTestKeepsItsExamNumberAndWithdrawsNothing() {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        driver.runAsyncSteps();
        String examNumber = examNumberDuoGave();
        driver.planLeerbaarheidstoets();
        driver.consulent(TASK_TOETS_UITSLAG, "toetsAfgenomen", "nee");

        assertThat(engine.getTaskService().getVariable(driver.task(TASK_TOETS_PLANNEN).getId(), EXAM_NUMBER))
                .as("planned again with the same number").isEqualTo(examNumber);
        assertThat(received("LBT_EXAMENNUMMER_INTREKKEN")).isEmpty();
    }

    private String examNumberDuoGave() {
        var registration = received("LBT_EXAMENNUMMER_OPVRAGEN");
        assertThat(registration).hasSize(1);
        assertThat(registration.get(0).status()).isEqualTo(200);
        return duo.person(bsn()).examennummer;
    }

    private List<SimulatedDuo.Received> received(String operation) {
        return duo.journal().stream().filter(r -> r.operation() != null && r.operation().name().equals(operation))
                .filter(r -> r.path().startsWith("/personen/" + bsn() + "/")).toList();
    }

    private String storedExamNumber() {
        return jdbc.sql("SELECT examennummer FROM lbt_examennummer WHERE case_id = ?").param(aCase().id())
                .query(String.class).single();
    }

    private String bsn() {
        return jdbc.sql("SELECT p.bsn FROM person p JOIN integration_case c ON c.person_id = p.id WHERE c.case_number = ?")
                .param(driver.caseNumber()).query(String.class).single();
    }

    /** The field of the deployed form of the task that shows the exam number, or null. */
    private JsonNode planningFormField(String taskId) throws IOException {
        try (var form = engine.getFormService().getDeployedTaskForm(taskId)) {
            for (JsonNode component : json.readTree(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .path("components")) {
                if (EXAM_NUMBER.equals(component.path("key").asText())) {
                    return component;
                }
            }
            return null;
        }
    }
}
