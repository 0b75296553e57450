package nl.inburgeringsregie.warmeoverdracht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.aanmelding.Requester;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.CaseRepository;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestBsn;

/** Which target groups go through schakel 2, as the DMN model onderdelen-per-doelgroep decides. */
@IntegrationTest
class DoelgroepRoutingTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AanmeldingService aanmeldingen;
    @Autowired
    CaseRepository cases;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void reset() {
        BpmnAwareTests.reset();
    }

    @ParameterizedTest
    @EnumSource(value = Doelgroep.class, names = {"ASIELMIGRANT", "ASIELMIGRANT_OVERGANG"})
    void asielmigrantenGoThroughTheWarmeOverdracht(Doelgroep doelgroep) {
        String caseNumber = register(doelgroep);
        var main = mainProcess(caseNumber);

        assertThat(main).isActive().isWaitingAt(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        assertThat(cases.findByNumber(caseNumber).orElseThrow().phase()).isEqualTo(CasePhase.WARME_OVERDRACHT);
    }

    @ParameterizedTest
    @EnumSource(value = Doelgroep.class, names = {"GEZINSMIGRANT", "OVERIGE_MIGRANT"})
    void otherTargetGroupsSkipTheWarmeOverdracht(Doelgroep doelgroep) {
        String caseNumber = register(doelgroep);
        var main = mainProcess(caseNumber);

        assertThat(main).as("without a warme overdracht the BRP date is asked for in the main process")
                .isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN).hasNotPassed(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        assertThat(cases.findByNumber(caseNumber).orElseThrow().phase()).isEqualTo(CasePhase.REGISTERED);
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
        String caseNumber = register(Doelgroep.ONDERTUSSENGROEP);
        assertThat(mainProcess(caseNumber)).isWaitingAt(InburgeringProcess.TASK_EERDER_GEVOLGDE_ONDERDELEN)
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

    private String register(Doelgroep doelgroep) {
        return aanmeldingen.register(Aanmeldingen.of(TestBsn.next(), doelgroep),
                new Requester("test", Set.of(Aanmeldingen.HOORN), true));
    }

    private org.camunda.bpm.engine.runtime.ProcessInstance mainProcess(String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(InburgeringProcess.PROCESS_ID).singleResult();
    }
}
