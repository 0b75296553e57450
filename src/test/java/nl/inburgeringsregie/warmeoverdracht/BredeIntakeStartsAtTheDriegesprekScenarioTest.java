package nl.inburgeringsregie.warmeoverdracht;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN;
import static nl.inburgeringsregie.termijn.Clocks.escalationTask;
import static nl.inburgeringsregie.termijn.Clocks.reminderTask;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_DRIEGESPREK_VOEREN;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_OVERDRACHT_OP_AFSTAND;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_VERHUIZING_VASTLEGGEN;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 18, error 10: the brede intake starts at the driegesprek, beside the rest of schakel 2, while its clocks
 * still count from the BRP registration.
 * <ul>
 * <li>Seed 002 §2.2: "Het driepartijengesprek gesprek is tevens de start van de uitvoering van de brede intake"; §2.3:
 * "de procedure van de brede intake zijn aanvang op het moment van het driepartijengesprek in het AZC".</li>
 * <li>Seed 004 stap 3: "De werkcoach begint al met de brede intake wanneer hij/zij het driegesprek in het kader van de
 * warme overdracht voert"; §5: "Alle statushouders krijgen uiterlijk binnen 4 weken na inschrijving in de BRP een
 * brede intake, indien mogelijk al op het AZC."</li>
 * </ul>
 */
class BredeIntakeStartsAtTheDriegesprekScenarioTest extends ScenarioTest {

    @BeforeEach
    void registerAnAsielmigrant() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
    }

    @Test
    void theIntakeTaskIsThereRightAfterTheDriegesprekWhileHousingAndBrpAreStillOpenAndItsClockCountsFromTheBrp() {
        holdDriegesprek();

        assertThat(driver.hasTask(TASK_INTAKEGESPREK_PLANNEN)).as("the driegesprek starts the brede intake").isTrue();
        assertThat(driver.instance(WarmeOverdrachtProcess.PROCESS_ID)).isWaitingAt(TASK_WONING_TOEWIJZEN);
        assertThat(driver.main()).isWaitingAt(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT,
                InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP);
        assertThat(records.caseOf(driver.caseNumber()).phase()).isEqualTo(CasePhase.BREDE_INTAKE);
        assertThat(deadlines.findByCase(driver.caseNumber())).as("no clock before the BRP registration").isEmpty();

        // months pass in the AZC before a house is found: the clocks wait for the BRP date, nothing reminds or breaches
        driver.travelTo(TODAY.plusWeeks(12), 9);
        assertThat(driver.hasTask(reminderTask("BREDE_INTAKE"))).isFalse();
        assertThat(driver.hasTask(escalationTask("BREDE_INTAKE"))).isFalse();
        assertThat(driver.hasTask(escalationTask("PIP"))).isFalse();
        assertThat(deadlines.findBreaches(driver.caseNumber())).isEmpty();
        assertThat(driver.main()).as("ontzorgen waits for the bijstand application")
                .hasNotPassed(InburgeringProcess.GATEWAY_ONTZORGEN_VAN_TOEPASSING);

        LocalDate brp = CaseDriver.today().minusDays(1);
        housingAndBrp(brp);

        assertThat(deadline(Norm.BREDE_INTAKE).startsOn()).isEqualTo(brp);
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).as("4 weeks from the BRP [seed 004 §5]").isEqualTo(brp.plusWeeks(4));
        assertThat(deadline(Norm.PIP).dueOn()).as("10 weeks from the BRP").isEqualTo(brp.plusWeeks(10));

        driver.travelTo(brp.plusWeeks(4).plusDays(1), 9);
        assertThat(driver.hasTask(escalationTask("BREDE_INTAKE"))).as("the started clock does breach").isTrue();
        assertThat(breach(Norm.BREDE_INTAKE).dueOn()).isEqualTo(brp.plusWeeks(4));
    }

    @Test
    void anIntakeHeldAtTheAzcBeforeTheBrpRegistrationMeetsItsNormInTimeOnceTheBrpDateIsKnown() {
        holdDriegesprek();
        driver.holdBredeIntake(CaseDriver.Intake.B1_HAALBAAR);
        LocalDate held = CaseDriver.today();
        assertThat(driver.hasTask(BredeIntakeEnPipProcess.TASK_TOETS_PLANNEN)).as("the leerbaarheidstoets follows").isTrue();

        driver.travelTo(TODAY.plusWeeks(6), 9);
        LocalDate brp = CaseDriver.today().minusDays(1);
        housingAndBrp(brp);

        var intake = deadlines.findLatest(driver.caseNumber(), Norm.BREDE_INTAKE).orElseThrow();
        assertThat(intake.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(intake.startsOn()).isEqualTo(brp);
        assertThat(deadlines.findBreaches(driver.caseNumber())).isEmpty();
        assertThat(deadline(Norm.PIP).dueOn()).as("the PIP clock still runs from the BRP").isEqualTo(brp.plusWeeks(10));
        assertThat(held).isBefore(brp);
    }

    @Test
    void aHandoverAtADistanceStartsTheIntakeTooAndOntzorgenFollowsTheBijstandApplication() {
        driver.consulent(TASK_DRIEGESPREK_PLANNEN, "driegesprekMogelijk", "nee", "redenGeenDriegesprek", "Elders opgevangen");
        assertThat(driver.hasTask(TASK_INTAKEGESPREK_PLANNEN)).as("not before the handover").isFalse();
        driver.consulent(TASK_OVERDRACHT_OP_AFSTAND, "overdrachtWijze", "telefonisch", "overdrachtDatum", TODAY.toString());

        assertThat(driver.hasTask(TASK_INTAKEGESPREK_PLANNEN)).isTrue();
        housingAndBrp(TODAY.minusDays(1));
        driver.consulent(TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, "begeleidingAanbieder", "Vluchtelingenwerk",
                "begeleidingVerwezenOp", TODAY.toString());
        driver.consulent(TASK_BIJSTANDSAANVRAAG_VASTLEGGEN, "bijstandAangevraagd", "ja", "bijstandAanvraagdatum", TODAY.toString());

        assertThat(driver.main()).isWaitingAt(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP,
                InburgeringProcess.CALL_ACTIVITY_FINANCIEEL_ONTZORGEN);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(driver.caseNumber())
                .processDefinitionKey(BredeIntakeEnPipProcess.PROCESS_ID).count()).as("one brede intake").isOne();
        assertThat(driver.main()).hasNotPassed(InburgeringProcess.GATEWAY_SCHAKEL3_SPLITSEN);
    }

    private void holdDriegesprek() {
        driver.consulent(TASK_DRIEGESPREK_PLANNEN, "driegesprekMogelijk", "ja", "driegesprekDatum", TODAY.toString(),
                "driegesprekLocatie", "AZC Alkmaar");
        assertThat(driver.hasTask(TASK_INTAKEGESPREK_PLANNEN)).as("planning the talk does not start the intake").isFalse();
        driver.consulent(TASK_DRIEGESPREK_VOEREN, "driegesprekGehouden", "ja", "driegesprekGehoudenOp", TODAY.toString(),
                "driegesprekVerslag", "Kennismaking; start brede intake");
    }

    private void housingAndBrp(LocalDate brp) {
        driver.consulent(TASK_WONING_TOEWIJZEN, "woningcorporatie", "Intermaris", "woningAdres", "Dorpsstraat 1",
                "woningPostcode", "1621 AB", "woningToegewezenOp", brp.minusDays(10).toString());
        driver.consulent(TASK_VERHUIZING_VASTLEGGEN, "verhuisdatum", brp.minusDays(1).toString());
        driver.consulent(TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", brp.toString());
    }
}
