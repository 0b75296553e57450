package nl.inburgeringsregie.warmeoverdracht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/** Which target groups go through schakel 2, as the DMN model onderdelen-per-doelgroep decides. */
class DoelgroepRoutingTest extends ScenarioTest {

    @ParameterizedTest
    @EnumSource(value = Doelgroep.class, names = {"ASIELMIGRANT", "ASIELMIGRANT_OVERGANG"})
    void asielmigrantenGoThroughTheWarmeOverdracht(Doelgroep doelgroep) {
        register(doelgroep);
        var main = driver.main();

        assertThat(main).isActive().isWaitingAt(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        assertThat(aCase().phase()).isEqualTo(CasePhase.WARME_OVERDRACHT);
    }

    @ParameterizedTest
    @EnumSource(value = Doelgroep.class, names = {"GEZINSMIGRANT", "OVERIGE_MIGRANT"})
    void otherTargetGroupsSkipTheWarmeOverdracht(Doelgroep doelgroep) {
        register(doelgroep);
        var main = driver.main();

        assertThat(main).as("without a warme overdracht the BRP date is asked for in the main process")
                .isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN).hasNotPassed(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        assertThat(aCase().phase()).isEqualTo(CasePhase.REGISTERED);
    }

    @ParameterizedTest
    @CsvSource({
            "ASIELMIGRANT, true, JA, INDIEN_BIJSTAND, JA, JA",
            "ASIELMIGRANT_OVERGANG, true, JA, NEE, JA, NEE",
            "ONDERTUSSENGROEP, false, INDIEN_NIET_EERDER, NEE, INDIEN_NIET_EERDER, NEE",
            "GEZINSMIGRANT, false, JA, NEE, NEE, EIGEN_KOSTEN",
            "OVERIGE_MIGRANT, false, JA, NEE, NEE, EIGEN_KOSTEN"})
    void theDecisionTableFollowsTheTargetGroupTable(String doelgroep, boolean warmeOverdracht, String intake,
            String ontzorgen, String begeleiding, String leerroute) {
        var result = engine.getDecisionService().evaluateDecisionTableByKey(InburgeringProcess.DECISION_ONDERDELEN_PER_DOELGROEP)
                .variables(java.util.Map.of("doelgroep", doelgroep, "nareiziger", false)).evaluate().getSingleResult();

        assertThat(result.<Boolean>getEntry("warmeOverdracht")).isEqualTo(warmeOverdracht);
        assertThat(result.<String>getEntry("bredeIntakeEnPip")).isEqualTo(intake);
        assertThat(result.<String>getEntry("financieelOntzorgen")).isEqualTo(ontzorgen);
        assertThat(result.<String>getEntry("maatschappelijkeBegeleiding")).isEqualTo(begeleiding);
        assertThat(result.<String>getEntry("leerroute")).isEqualTo(leerroute);
    }

    @Test
    void theOndertussengroepFirstRecordsWhatWasDoneBeforeThenSkipsTheWarmeOverdracht() {
        register(Doelgroep.ONDERTUSSENGROEP);
        assertThat(driver.main()).isWaitingAt(InburgeringProcess.TASK_EERDER_GEVOLGDE_ONDERDELEN)
                .hasNotPassed(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
    }

    @ParameterizedTest
    @CsvSource({"ASIELMIGRANT, true, false, true", "ASIELMIGRANT, false, true, true", "ASIELMIGRANT_OVERGANG, false, true, true",
            "GEZINSMIGRANT, false, false, false", "ONDERTUSSENGROEP, false, false, true"})
    void aNareizigerHasNoWarmeOverdrachtAndStatushoudersGetAfterCare(String doelgroep, boolean nareiziger,
            boolean warmeOverdracht, boolean nazorg) {
        var result = engine.getDecisionService().evaluateDecisionTableByKey(InburgeringProcess.DECISION_ONDERDELEN_PER_DOELGROEP)
                .variables(java.util.Map.of("doelgroep", doelgroep, "nareiziger", nareiziger)).evaluate().getSingleResult();
        assertThat(result.<Boolean>getEntry("warmeOverdracht")).isEqualTo(warmeOverdracht);
        assertThat(result.<Boolean>getEntry("nazorg")).isEqualTo(nazorg);
    }

    private void register(Doelgroep doelgroep) {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), doelgroep));
    }
}
