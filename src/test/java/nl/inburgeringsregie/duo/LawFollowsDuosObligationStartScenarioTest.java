package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * The law follows the start of the obligation as DUO registered it (API/Inburgeringsplicht/openapi.yml,
 * Inburgeringsplicht.begindatum), not the koppeldatum [DOMAIN.md: "Wi2021 applies to people who became obliged on
 * or after 2022-01-01 (the date the IND granted residence, not the housing date); earlier ones stay under Wi2013"].
 * The case records which law applies and why; a doelgroep that DUO's date contradicts is not changed but flagged.
 */
class LawFollowsDuosObligationStartScenarioTest extends SimulatedDuoScenarioTest {

    @Test
    void theCaseSaysTheKoppeldatumStandsInForTheLawUntilDuosStartIsKnown() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.ASIELMIGRANT_OVERGANG));

        assertThat(recorded().get(Milestone.APPLICABLE_LAW).note())
                .isEqualTo("Wet inburgering 2013: gekoppeld op 15-11-2021 (koppeldatum, DUO nog niet bekend)");
    }

    @Test
    void duosStartInAgreementWithTheDoelgroepIsRecordedAsTheReasonForTheLaw() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.GEZINSMIGRANT));
        duo.person(bsn).plichtBegin = LocalDate.of(2024, 5, 6);
        notifications.send(Aanmeldingen.HOORN, bsn, "SS101");
        CaseDriver.processDuoNotifications(engine);

        assertThat(recorded().get(Milestone.APPLICABLE_LAW).note())
                .isEqualTo("Wet inburgering 2021: inburgeringsplichtig sinds 06-05-2024 (DUO)");
    }

    @Test
    void aKoppelingBefore2022WithDuosStartIn2022KeepsTheDoelgroepAndTellsTheConsulentToCheckIt() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(bsn, Doelgroep.ASIELMIGRANT_OVERGANG));
        duo.person(bsn).plichtBegin = LocalDate.of(2022, 1, 10);
        notifications.send(Aanmeldingen.HOORN, bsn, "SS101");
        CaseDriver.processDuoNotifications(engine);

        assertThat(recorded().get(Milestone.APPLICABLE_LAW).note()).isEqualTo(
                "Wet inburgering 2021: inburgeringsplichtig sinds 10-01-2022 (DUO). Let op: doelgroep Asielmigrant "
                        + "(overgang) hoort bij de Wet inburgering 2013; de doelgroep is niet automatisch aangepast, "
                        + "controleer de zaak");
        assertThat(cases.findByNumber(driver.caseNumber()).orElseThrow().doelgroep())
                .as("not changed silently").isEqualTo(Doelgroep.ASIELMIGRANT_OVERGANG);
    }
}
