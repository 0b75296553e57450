package nl.inburgeringsregie.inburgeren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.HoursTestProviders;
import nl.inburgeringsregie.zaak.FollowedHoursService;

/**
 * Every rule of the hours per provider and month (issue 20, point 3), good and bad, with its Dutch message on the form's
 * field; nothing is written when a rule is broken. A B1-route case whose PIP is dated today.
 */
class MonthlyHoursRulesTest extends ScenarioTest {

    @Autowired
    MonthlyHoursService monthly;
    @Autowired
    HoursService hours;
    @Autowired
    FollowedHoursService followed;

    @BeforeEach
    void aB1Case() {
        HoursTestProviders.contractAll(jdbc);
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
    }

    @AfterEach
    void forgetProviders() {
        HoursTestProviders.clear(jdbc);
    }


    private Map<String, String> refused(String provider, String month, Number language, Number participation) {
        try {
            monthly.record(driver.caseNumber(), provider, month, language, participation, "consulent");
        } catch (InvalidInputException e) {
            assertThat(followed.months(aCase().id())).as("nothing written").isEmpty();
            return e.fieldErrors();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aRecognisedContractedProviderWithAPastMonthAndWholeHoursIsRecorded() {
        var recorded = monthly.record(driver.caseNumber(), HoursTestProviders.BOW, HoursTestProviders.month(TODAY), 40, null, "consulent");

        assertThat(recorded.followedIn()).isEqualTo(TODAY.withDayOfMonth(1));
        assertThat(hours.totals(driver.caseNumber()).orElseThrow().languageHours()).isEqualTo(40);
        String iso = TODAY.getYear() + "-" + String.format("%02d", TODAY.getMonthValue());
        monthly.record(driver.caseNumber(), HoursTestProviders.BOW, iso, new BigDecimal("45"), null, "consulent");
        assertThat(hours.totals(driver.caseNumber()).orElseThrow().languageHours()).as("the month replaced, upwards")
                .isEqualTo(45);
    }

    @Test
    void theProviderMustBeChosenKnownRecognisedForTheRouteAndContracted() {
        assertThat(refused(null, HoursTestProviders.month(TODAY), 10, null)).containsEntry("urenAanbieder",
                "Kies de aanbieder bij wie de uren zijn gevolgd");
        assertThat(refused("ONBEKEND01", HoursTestProviders.month(TODAY), 10, null).get("urenAanbieder"))
                .contains("niet bekend als erkende instelling van DUO");
        assertThat(refused(HoursTestProviders.NONE, HoursTestProviders.month(TODAY), 10, null).get("urenAanbieder"))
                .contains("niet erkend door Blik op Werk");
        assertThat(refused(HoursTestProviders.TST, HoursTestProviders.month(TODAY), 10, null).get("urenAanbieder"))
                .as("a TST alone does not serve the B1-route (README R:97)").contains("keurmerk van Blik op Werk");
        assertThat(refused(HoursTestProviders.NOT_CONTRACTED, HoursTestProviders.month(TODAY), 10, null).get("urenAanbieder"))
                .contains("heeft geen contract met de gemeente voor de B1-route");
    }

    @Test
    void theMonthIsReadStrictlyAndLiesBetweenThePipAndToday() {
        assertThat(refused(HoursTestProviders.BOW, null, 10, null)).containsEntry("urenMaand",
                "Vul de maand in waarin de uren zijn gevolgd");
        assertThat(refused(HoursTestProviders.BOW, "maart", 10, null).get("urenMaand")).contains("typ mm-jjjj");
        assertThat(refused(HoursTestProviders.BOW, "13-2026", 10, null).get("urenMaand")).contains("bestaat niet");
        assertThat(refused(HoursTestProviders.BOW, HoursTestProviders.month(TODAY.plusMonths(1)), 10, null).get("urenMaand"))
                .contains("ligt in de toekomst");
        assertThat(refused(HoursTestProviders.BOW, HoursTestProviders.month(TODAY.minusMonths(1)), 10, null).get("urenMaand"))
                .contains("ligt vóór het PIP");
    }

    @Test
    void theHoursAreAWholeNumberAMonthCanHold() {
        assertThat(refused(HoursTestProviders.BOW, HoursTestProviders.month(TODAY), null, null).get("urenTaalKnm")).contains("Vul het aantal uren");
        assertThat(refused(HoursTestProviders.BOW, HoursTestProviders.month(TODAY), -1, null).get("urenTaalKnm")).contains("heel getal van 0 tot en met 300");
        assertThat(refused(HoursTestProviders.BOW, HoursTestProviders.month(TODAY), new BigDecimal("7.5"), null).get("urenTaalKnm"))
                .contains("heel getal");
        assertThat(refused(HoursTestProviders.BOW, HoursTestProviders.month(TODAY), 301, null).get("urenTaalKnm")).contains("300");
        assertThat(refused(HoursTestProviders.BOW, HoursTestProviders.month(TODAY), 10, 5).get("urenParticipatie"))
                .as("participation belongs to the Z-route of an asielmigrant").contains("Z-route");
        var all = refused("", "x", -3, null);
        assertThat(all).as("every broken rule at once").containsOnlyKeys("urenAanbieder", "urenMaand", "urenTaalKnm");
    }

    @Test
    void aTotalNeverGoesDownNorBeyondDuosMaximum() {
        monthly.record(driver.caseNumber(), HoursTestProviders.BOW, HoursTestProviders.month(TODAY), 40, null, "consulent");
        assertThatThrownBy(() -> monthly.record(driver.caseNumber(), HoursTestProviders.BOW, HoursTestProviders.month(TODAY), 39, null, "consulent"))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).fieldErrors())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKey("urenTaalKnm");
        hours.record(driver.caseNumber(), TODAY.toString(), 9950, null, "consulent");
        assertThatThrownBy(() -> monthly.record(driver.caseNumber(), HoursTestProviders.BOW_2, HoursTestProviders.month(TODAY), 20, null, "consulent"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ten hoogste 9999");
    }

    @Test
    void theBredeIntakesTotalIsAWholeNumberThatNeverGoesDown() {
        assertThat(monthly.recordIntake(driver.caseNumber(), 24, "consulent")).isEqualTo(24);
        assertThatThrownBy(() -> monthly.recordIntake(driver.caseNumber(), 20, "consulent"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("niet lager");
        for (Number bad : new Number[] {-1, new BigDecimal("2.5"), 10000}) {
            assertThatThrownBy(() -> monthly.recordIntake(driver.caseNumber(), bad, "consulent"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("heel getal van 0 tot en met 9999");
        }
        assertThat(monthly.intakeHours(driver.caseNumber())).contains(24);
    }
}
