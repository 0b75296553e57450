package nl.inburgeringsregie.inburgeren;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.TASK_EINDGESPREK_MAP;
import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.TASK_ESCALATIE_INBURGERINGSTERMIJN;
import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.TASK_MAP_VERWIJTBAARHEID_VASTLEGGEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * The MAP culpability ('verwijtbaar') goes to DUO when the term passes without the eindgesprek MAP, within DUO's rule
 * [issue 18, error 15; DOMAIN.md: "the municipality tells DUO whether a late MAP is culpable"; duo-m2m/README.md, MAP,
 * lines 113-118: no indication only when the term is not exceeded, none for a MAP before the end, 'Ja' only when
 * exceeded, 'Nee' only within two months of the end, a PUT replaces the resource].
 */
class MapCulpabilityScenarioTest extends ScenarioTest {

    @Test
    void theTermPassingWithoutMapAsksTheConsulentAndSendsVerwijtbaarJaAndALaterMapCarriesIt() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.runAsyncSteps();
        LocalDate end = aCase().termEndsOn();
        driver.travelTo(end.plusDays(1), 8);

        assertThat(driver.hasTask(TASK_ESCALATIE_INBURGERINGSTERMIJN)).as("the clock escalates as before").isTrue();
        var task = driver.task(TASK_MAP_VERWIJTBAARHEID_VASTLEGGEN);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> "consulenten".equals(link.getGroupId()));
        assertThat(engine.getTaskService().getVariable(task.getId(), "termijnVervaldatum")).isEqualTo(dutch(end));
        assertThatThrownBy(() -> driver.consulent(TASK_MAP_VERWIJTBAARHEID_VASTLEGGEN))
                .isInstanceOf(FormFieldValidationException.class);

        driver.consulent(TASK_MAP_VERWIJTBAARHEID_VASTLEGGEN, "mapVerwijtbaar", "ja");
        driver.runAsyncSteps();
        assertThat(outbox("MAP_REGISTREREN")).singleElement().asString().isEqualTo("{\"verwijtbaar\":\"Ja\"}");
        assertThat(recorded().get(Milestone.MAP_CULPABILITY).note()).isEqualTo("Verwijtbaar: ja");

        // the MAP held after the term carries the indication (PUT replaces the resource, README line 118)
        LocalDate late = end.plusDays(20);
        driver.travelTo(late, 9);
        driver.consulent(TASK_EINDGESPREK_MAP, "mapEindgesprekDatum", late.toString());
        driver.runAsyncSteps();
        assertThat(outbox("MAP_REGISTREREN")).hasSize(2).last().asString()
                .isEqualTo("{\"datumEindgesprekMap\":\"" + late + "\",\"verwijtbaar\":\"Ja\"}");
    }

    @Test
    void refusedCombinations_verwijtbaarWithinTheTermAndNoIndicationAfterIt() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.runAsyncSteps();
        LocalDate end = aCase().termEndsOn();
        LocalDate inTerm = end.minusMonths(1);
        driver.travelTo(inTerm, 9);
        assertThatThrownBy(() -> driver.consulent(TASK_EINDGESPREK_MAP, "mapEindgesprekDatum", inTerm.toString(),
                "mapVerwijtbaarTeLaat", "ja")).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("binnen de inburgeringstermijn (einde " + dutch(end) + ")");

        LocalDate late = end.plusDays(3);
        driver.travelTo(late, 9);
        assertThatThrownBy(() -> driver.consulent(TASK_EINDGESPREK_MAP, "mapEindgesprekDatum", late.toString()))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("De inburgeringstermijn is overschreden (einde " + dutch(end) + ")");
        driver.consulent(TASK_EINDGESPREK_MAP, "mapEindgesprekDatum", late.toString(), "mapVerwijtbaarTeLaat", "nee");
        driver.runAsyncSteps();
        assertThat(outbox("MAP_REGISTREREN")).singleElement().asString()
                .isEqualTo("{\"datumEindgesprekMap\":\"" + late + "\",\"verwijtbaar\":\"Nee\"}");

        // the culpability task the term's end opened adds nothing: the MAP went with its own indication
        driver.consulent(TASK_MAP_VERWIJTBAARHEID_VASTLEGGEN, "mapVerwijtbaar", "nee");
        driver.runAsyncSteps();
        assertThat(outbox("MAP_REGISTREREN")).hasSize(1);
    }

    @Test
    void aMapHeldInTimeIsNotAskedAgainWhenTheTermPasses() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.runAsyncSteps();
        LocalDate end = aCase().termEndsOn();
        driver.travelTo(end.minusDays(5), 9);
        driver.holdMapTalk();
        driver.travelTo(end.plusDays(1), 8);
        assertThat(driver.hasTask(TASK_ESCALATIE_INBURGERINGSTERMIJN)).isTrue();
        assertThat(driver.hasTask(TASK_MAP_VERWIJTBAARHEID_VASTLEGGEN)).isFalse();
        assertThat(outbox("MAP_REGISTREREN")).singleElement().asString().doesNotContain("verwijtbaar");
    }
}
