package nl.inburgeringsregie.warmeoverdracht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Each part the DMN onderdelen-per-doelgroep grants happens for every group it grants it to, also for those
 * who skip the warme overdracht (issue 18, error 3). DOMAIN.md: "nareizigers (asielmigrant) get maatschappelijke
 * begeleiding and, on bijstand, financieel ontzorgen, though they skip the warme overdracht"; the ondertussengroep
 * gets maatschappelijke begeleiding only if not done before (target-group table: INDIEN_NIET_EERDER).
 */
class BegeleidingZonderWarmeOverdrachtScenarioTest extends ScenarioTest {

    @Test
    void aNareizigerOnBijstandGetsMaatschappelijkeBegeleidingAndFinancieelOntzorgen() {
        registerNareiziger();
        assertThat(driver.main()).isWaitingAt(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN)
                .hasNotPassed(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT);
        driver.consulent(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, "begeleidingAanbieder", "Vluchtelingenwerk",
                "begeleidingVerwezenOp", BRP.toString());
        driver.consulent(InburgeringProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN, "bijstandAangevraagd", "ja",
                "bijstandAanvraagdatum", BRP.toString());
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());

        assertThat(driver.main()).isWaitingAt(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP,
                InburgeringProcess.CALL_ACTIVITY_FINANCIEEL_ONTZORGEN);
        assertThat(recorded()).containsKeys(Milestone.SOCIAL_GUIDANCE_REFERRED, Milestone.BIJSTAND_APPLIED);
        assertThat(recorded().get(Milestone.SOCIAL_GUIDANCE_REFERRED).note()).isEqualTo("Vluchtelingenwerk");
    }

    @Test
    void aNareizigerWithoutBijstandGetsMaatschappelijkeBegeleidingButNoFinancieelOntzorgen() {
        registerNareiziger();
        driver.consulent(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, "begeleidingAanbieder", "Vluchtelingenwerk",
                "begeleidingVerwezenOp", BRP.toString());
        driver.consulent(InburgeringProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN, "bijstandAangevraagd", "nee", "redenGeenBijstand", "Werkt");
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());

        assertThat(driver.main()).isWaitingAt(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP)
                .hasPassed(InburgeringProcess.END_EVENT_GEEN_ONTZORGEN);
        assertThat(recorded()).containsKeys(Milestone.SOCIAL_GUIDANCE_REFERRED, Milestone.NO_BIJSTAND)
                .doesNotContainKey(Milestone.BIJSTAND_APPLIED);
    }

    @Test
    void theOndertussengroepWithoutEarlierBegeleidingGetsItButNoBijstandQuestion() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.ONDERTUSSENGROEP));
        driver.consulent(InburgeringProcess.TASK_EERDER_GEVOLGDE_ONDERDELEN, "eerderBredeIntake", "nee", "termijnStartdatum",
                "2021-11-01", "eerderPvt", "nee", "eerderMaatschappelijkeBegeleiding", "nee");

        assertThat(driver.main()).isWaitingAt(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN);
        driver.consulent(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, "begeleidingAanbieder", "Vluchtelingenwerk",
                "begeleidingVerwezenOp", BRP.toString());
        assertThat(driver.main()).as("the ondertussengroep gets no financieel ontzorgen (DMN: NEE)")
                .isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN)
                .hasNotPassed(InburgeringProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN);
        assertThat(recorded()).containsKey(Milestone.SOCIAL_GUIDANCE_REFERRED);
    }

    @Test
    void theOndertussengroepWithEarlierBegeleidingDoesNotGetItAgain() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.ONDERTUSSENGROEP));
        driver.consulent(InburgeringProcess.TASK_EERDER_GEVOLGDE_ONDERDELEN, "eerderBredeIntake", "nee", "termijnStartdatum",
                "2021-11-01", "eerderPvt", "nee", "eerderMaatschappelijkeBegeleiding", "ja");

        assertThat(driver.main()).isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN)
                .hasNotPassed(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN);
    }

    @Test
    void aGezinsmigrantGetsNeitherMaatschappelijkeBegeleidingNorTheBijstandQuestion() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));

        assertThat(driver.main()).isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN)
                .hasNotPassed(InburgeringProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN,
                        InburgeringProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN);
    }

    private void registerNareiziger() {
        String household = "HH-MB-" + TestBsn.next();
        CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.withIdentity(Aanmeldingen.asielmigrant(TestBsn.next()), TestBsn.next(), household));
        driver = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.nareiziger(TestBsn.next(), Doelgroep.ASIELMIGRANT, household, Aanmeldingen.HOORN));
    }
}
