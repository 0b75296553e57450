package nl.inburgeringsregie.bredeintake;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_TOETS_PLANNEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_TOETS_UITSLAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.support.Schakel3ScenarioTest;
import nl.inburgeringsregie.zaak.Milestone;

/** The leerbaarheidstoets after the brede intake: skipped for a visual or hearing impairment, missed and planned again. */
class LeerbaarheidstoetsScenarioTest extends Schakel3ScenarioTest {

    @Test
    void aVisualOrHearingImpairmentSkipsTheTestAndTheAdviceFollowsTheIntake() {
        holdIntake(3, "ANALFABEET", "nee", "ja");

        assertThat(schakel3()).isWaitingAt(TASK_PIP_OPSTELLEN).hasPassed(BredeIntakeEnPipProcess.SERVICE_TASK_TOETS_VRIJSTELLING)
                .hasNotPassed(BredeIntakeEnPipProcess.SERVICE_TASK_TOETS_AANMELDEN);
        assertThat(engine.getRuntimeService().getVariable(schakel3().getId(), "adviesLeerroute")).isEqualTo("Z_ROUTE");
        assertThat(recorded()).containsKey(Milestone.LEERBAARHEIDSTOETS_SKIPPED);
        assertThat(report("BREDE_INTAKE_GESPREK").get(0))
                .as("the impairment is health data: in the intake report only").contains("Blind aan één oog");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(schakel3().getId())
                .variableName("beperkingToelichting").count()).isZero();
        assertThat(outbox("LBT_EXAMENNUMMER_OPVRAGEN")).isEmpty();
    }

    @Test
    void aMissedTestIsPlannedAgainAndTheConsulentMayEnterTheResult() {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        driver.runAsyncSteps();
        driver.planLeerbaarheidstoets();
        driver.consulent(TASK_TOETS_UITSLAG, "toetsAfgenomen", "nee");
        assertThat(schakel3()).isWaitingAt(TASK_TOETS_PLANNEN);

        driver.planLeerbaarheidstoets();
        assertThatThrownBy(() -> driver.consulent(TASK_TOETS_UITSLAG, "toetsAfgenomen", "ja",
                "leerbaarheidstoetsUitslag", "Geslaagd"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("B1-route niet haalbaar");
        driver.consulent(TASK_TOETS_UITSLAG, "toetsAfgenomen", "ja", "leerbaarheidstoetsUitslag", "B1-route niet haalbaar");

        assertThat(schakel3()).isWaitingAt(TASK_PIP_OPSTELLEN);
        assertThat(engine.getRuntimeService().getVariable(schakel3().getId(), "adviesLeerroute")).isEqualTo("Z_ROUTE");
    }
}
