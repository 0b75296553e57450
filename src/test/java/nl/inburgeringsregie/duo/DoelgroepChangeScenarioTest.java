package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.handhaving.FineDecision;
import nl.inburgeringsregie.handhaving.SanctionGround;
import nl.inburgeringsregie.handhaving.SanctionService;
import nl.inburgeringsregie.inburgeren.HoursService;
import nl.inburgeringsregie.ontzorgen.process.FinancieelOntzorgenProcess;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * SS124/SS125 update the case's doelgroep and what depends on it [issue 18, error 15]. DUO's Gebeurtenissen.md,
 * "Wijziging doelgroep": SS124 "Doelgroep van asielstatushouder naar gezinsmigrant en overige migrant gewijzigd", SS125
 * the other way, relevant API Inburgeringsplicht ({@code GET /personen/{bsn}/doelgroep}, served by DUO's simulator).
 * What follows: financieel ontzorgen only for asielstatushouders on bijstand (Participatiewet art. 56a; DOMAIN.md's
 * target-group table), a fine for an asielstatushouder only in exceptional cases (DOMAIN.md, "Handhaving": since the
 * 2025 rulings), 800 participation hours on the Z-route for asielmigranten only (DOMAIN.md, "Z-route").
 */
class DoelgroepChangeScenarioTest extends SimulatedDuoScenarioTest {

    @Autowired
    SanctionService sanctions;
    @Autowired
    HoursService hours;

    @Test
    void ss124MakesTheAsielmigrantAGezinsmigrantClosesTheRunningOntzorgenAndDropsTheFineException() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        driver.completeWarmeOverdracht(BRP, true);
        var ontzorgen = driver.instance(FinancieelOntzorgenProcess.PROCESS_ID);
        driver.consulent(FinancieelOntzorgenProcess.TASK_ONTZORGEN_STARTEN, "ontzorgenUitzondering", "nee",
                "bijstandStartdatum", BRP.toString(), "machtigingDatum", TODAY.toString());

        duo.person(bsn).doelgroep = "Gezinsmigrant en overige migrant";
        duo.person(bsn).gedetailleerdeDoelgroep = "Gezinsvormer";
        duo.person(bsn).doelgroepBegin = TODAY.minusDays(1);
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS124").status()).isEqualTo(201);
        runNotifications();

        assertThat(aCase().doelgroep()).isEqualTo(Doelgroep.GEZINSMIGRANT);
        assertThat(recorded().get(Milestone.DOELGROEP_CHANGED).note()).isEqualTo("Asielmigrant → Gezinsmigrant (SS124)");
        assertThat(recorded().get(Milestone.DOELGROEP_CHANGED).occurredOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(ontzorgen).as("a running ontzorgen is closed now with its closing talk")
                .isWaitingAt(FinancieelOntzorgenProcess.TASK_ONTZORGEN_AFRONDEN_DOELGROEP);
        assertThat(driver.hasTask(FinancieelOntzorgenProcess.TASK_VASTE_LASTEN_REGISTREREN)).isFalse();
        driver.consulent(FinancieelOntzorgenProcess.TASK_ONTZORGEN_AFRONDEN_DOELGROEP, "ontzorgenEindgesprekOp",
                TODAY.toString(), "financieelZelfredzaam", "ja", "vervolgondersteuning", "GEEN");
        assertThat(ontzorgen).isEnded().hasPassed(FinancieelOntzorgenProcess.END_EVENT_ONTZORGEN_BEEINDIGD);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.FINANCIEEL_ONTZORGEN).orElseThrow().status())
                .isEqualTo(DeadlineStatus.MET);

        // the fine exception for asielstatushouders no longer applies: a fine needs no exceptional reason
        fineProposed();
        assertThat(sanctions.decideFine(driver.caseNumber(), FineDecision.GOEDKEUREN, "Herhaald niet nagekomen", null,
                "coordinator").decision()).isEqualTo(FineDecision.GOEDKEUREN);
    }

    @Test
    void ss124BeforeOntzorgenStartedMeansItDoesNotStart() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        driver.completeWarmeOverdracht(BRP, true);
        var ontzorgen = driver.instance(FinancieelOntzorgenProcess.PROCESS_ID);
        duo.person(bsn).doelgroep = "Gezinsmigrant en overige migrant";
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS124").status()).isEqualTo(201);
        runNotifications();

        assertThat(aCase().doelgroep()).as("no detailed family group: overige migrant").isEqualTo(Doelgroep.OVERIGE_MIGRANT);
        assertThat(ontzorgen).isEnded().hasPassed(FinancieelOntzorgenProcess.END_EVENT_ONTZORGEN_NIET_MEER_NODIG);
        assertThat(driver.hasTask(FinancieelOntzorgenProcess.TASK_ONTZORGEN_STARTEN)).isFalse();
    }

    @Test
    void ss124WithoutOntzorgenChangesTheCaseAndIsProcessed() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        driver.completeWarmeOverdracht(BRP, false);
        duo.person(bsn).doelgroep = "Gezinsmigrant en overige migrant";
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS124").status()).isEqualTo(201);
        runNotifications();

        assertThat(aCase().doelgroep()).isEqualTo(Doelgroep.OVERIGE_MIGRANT);
        assertThat(jdbc.sql("SELECT status FROM inbound_message WHERE case_id = ? AND status IS NOT NULL")
                .param(aCase().id()).query(String.class).list()).containsExactly("VERWERKT");
    }

    @Test
    void ss125MakesTheGezinsmigrantAnAsielmigrantWithTheFineExceptionAndTheZRouteParticipationHours() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
        hours.record(driver.caseNumber(), TODAY.toString(), 800, 0, "consulent");
        assertThat(hours.zRouteHoursReached(driver.caseNumber())).as("a gezinsmigrant: 800 hours of language").isTrue();

        duo.person(bsn).doelgroep = "Asielstatushouder";
        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS125").status()).isEqualTo(201);
        runNotifications();

        assertThat(aCase().doelgroep()).isEqualTo(Doelgroep.ASIELMIGRANT);
        assertThat(recorded().get(Milestone.DOELGROEP_CHANGED).note()).isEqualTo("Gezinsmigrant → Asielmigrant (SS125)");
        assertThat(jdbc.sql("SELECT status || ': ' || COALESCE(outcome, '') FROM inbound_message WHERE case_id = ?")
                .param(aCase().id()).query(String.class).list())
                .as("the consulent judges financieel ontzorgen").anyMatch(outcome -> outcome != null && outcome.startsWith("SIGNAAL: Doelgroep "
                        + "gewijzigd: Gezinsmigrant → Asielmigrant (SS125). Beoordeel of financieel ontzorgen"));
        assertThat(hours.zRouteHoursReached(driver.caseNumber()))
                .as("an asielmigrant on the Z-route also needs 800 hours of participation").isFalse();

        fineProposed();
        assertThatThrownBy(() -> sanctions.decideFine(driver.caseNumber(), FineDecision.GOEDKEUREN,
                "Herhaald niet nagekomen", null, "coordinator"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("boeteUitzonderingAsielmigrant"));
    }

    private void fineProposed() {
        sanctions.warn(driver.caseNumber(), SanctionGround.PIP_NIET_NAKOMEN, TODAY.toString(), "Afspraken niet nagekomen",
                "consulent");
        sanctions.proposeFine(driver.caseNumber(), SanctionGround.PIP_NIET_NAKOMEN, 200, "Opnieuw niet nagekomen", "consulent");
    }

    private void runNotifications() {
        CaseDriver.processDuoNotifications(engine);
        driver.runAsyncSteps();
    }
}
