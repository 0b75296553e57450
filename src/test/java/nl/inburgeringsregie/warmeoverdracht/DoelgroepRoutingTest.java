package nl.inburgeringsregie.warmeoverdracht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.handhaving.SanctionService;
import nl.inburgeringsregie.pip.PipDraft;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/** Which target groups go through schakel 2, and the target-group matrix of DOMAIN.md, as the application decides it. */
class DoelgroepRoutingTest extends ScenarioTest {

    @Autowired
    SanctionService sanctions;

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

    /**
     * DOMAIN.md, "Target groups — what applies to whom" [004 §4 table, 001 §3.2, 002 §1.2], one row per group and one
     * column per part the application can tell: huisvesting via taakstelling (COA couples the person), warme
     * overdracht, brede intake + PIP, financieel ontzorgen, maatschappelijke begeleiding, leerroute, PVT, MAP/KNM
     * (the DMN onderdelen-per-doelgroep), and from "Wi2013 cases (ondertussengroep, asielmigrant coupled before 2022)
     * have no Wi2021 leerroute, term or bestuurlijke boete": a Wi2021 leerroute in the PIP and the Wi2021 fine
     * (handhaving for all; the fine under Wet inburgering 2021 art. 34/35 only for Wi2021 cases). Gezins- and overige
     * migrant share the table's last column. "yes (done)" and "only if not done before" are INDIEN_NIET_EERDER or,
     * for housing, no taakstelling in this case.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ASIELMIGRANT,          true,  true,  JA,                 INDIEN_BIJSTAND, JA,                 JA,           JA,                 JA,           true,  true",
            "ASIELMIGRANT_OVERGANG, true,  true,  JA,                 NEE,             JA,                 NEE,          JA,                 NEE,          false, false",
            "ONDERTUSSENGROEP,      false, false, INDIEN_NIET_EERDER, NEE,             INDIEN_NIET_EERDER, NEE,          INDIEN_NIET_EERDER, NEE,          false, false",
            "GEZINSMIGRANT,         false, false, JA,                 NEE,             NEE,                EIGEN_KOSTEN, EIGEN_KOSTEN,       EIGEN_KOSTEN, true,  true",
            "OVERIGE_MIGRANT,       false, false, JA,                 NEE,             NEE,                EIGEN_KOSTEN, EIGEN_KOSTEN,       EIGEN_KOSTEN, true,  true"})
    void theTargetGroupMatrixOfDomainMdHoldsForEveryGroupAndPart(Doelgroep doelgroep, boolean taakstelling,
            boolean warmeOverdracht, String intake, String ontzorgen, String begeleiding, String leerroute, String pvt,
            String mapKnm, boolean wi2021LeerrouteInPip, boolean wi2021Fine) {
        var result = engine.getDecisionService().evaluateDecisionTableByKey(InburgeringProcess.DECISION_ONDERDELEN_PER_DOELGROEP)
                .variables(java.util.Map.of("doelgroep", doelgroep.name(), "nareiziger", false)).evaluate().getSingleResult();
        register(doelgroep);

        assertThat(doelgroep.isCoupledByCoa()).as("huisvesting via taakstelling").isEqualTo(taakstelling);
        assertThat(result.<Boolean>getEntry("warmeOverdracht")).as("warme overdracht").isEqualTo(warmeOverdracht);
        assertThat(result.<String>getEntry("bredeIntakeEnPip")).as("brede intake + PIP").isEqualTo(intake);
        assertThat(result.<String>getEntry("financieelOntzorgen")).as("financieel ontzorgen").isEqualTo(ontzorgen);
        assertThat(result.<String>getEntry("maatschappelijkeBegeleiding")).as("maatschappelijke begeleiding").isEqualTo(begeleiding);
        assertThat(result.<String>getEntry("leerroute")).as("leerroute").isEqualTo(leerroute);
        assertThat(result.<String>getEntry("pvt")).as("PVT").isEqualTo(pvt);
        assertThat(result.<String>getEntry("mapKnm")).as("MAP / KNM").isEqualTo(mapKnm);
        assertThat(aPipWithoutLeerrouteIsRefused()).as("a Wi2021 leerroute in the PIP").isEqualTo(wi2021LeerrouteInPip);
        assertThat(sanctions.fineMayApply(driver.caseNumber())).as("Wi2021 bestuurlijke boete").isEqualTo(wi2021Fine);
    }

    /**
     * Issue 18, error 14: an asielstatushouder who moved here from another gemeente without a PIP (DUO's SS120) lives
     * here already: no warme overdracht (DOMAIN.md: "A statushouder who moves in (SS120/SS121) lives here already: no
     * driegesprek, no housing"), but what the DMN grants an asielmigrant that is not tied to arriving: maatschappelijke
     * begeleiding and the bijstand application (then financieel ontzorgen), the BRP registration here and the brede
     * intake (docs/consulent.md, "Verhuisd uit een andere gemeente").
     */
    @Test
    void anAsielstatushouderWhoMovedHereWithoutAPipSkipsTheWarmeOverdrachtButGetsBegeleidingAndBijstand() {
        String caseNumber = aanmeldingen.registerMovedIn(Aanmeldingen.movedIn(TestBsn.next()),
                new nl.inburgeringsregie.aanmelding.Requester("test", java.util.Set.of(Aanmeldingen.HOORN), false),
                registered -> { });
        driver = CaseDriver.of(engine, caseNumber, Aanmeldingen.HOORN);

        assertThat(driver.main()).isWaitingAt(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN)
                .hasNotPassed(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        driver.consulent(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, "begeleidingAanbieder",
                "Vluchtelingenwerk", "begeleidingVerwezenOp", TODAY.toString());
        assertThat(driver.main()).isWaitingAt(InburgeringProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN);
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

    /** Whether the case's PIP must name a Wi2021 leerroute: a draft without one is refused. */
    private boolean aPipWithoutLeerrouteIsRefused() {
        var draft = new PipDraft(null, null, null, null, null, null, null, false, "Vluchtelingenwerk", null,
                "Maandelijks gesprek", "Vrijwilligerswerk", null, 24, null, null);
        try {
            pips.draft(driver.caseNumber(), draft, "consulent");
            return false;
        } catch (InvalidInputException refused) {
            assertThat(refused.fieldErrors()).containsEntry("leerroute", "Kies een leerroute");
            return true;
        }
    }

    private void register(Doelgroep doelgroep) {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), doelgroep));
    }
}
