package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.BrowserScenarioTest;
import nl.inburgeringsregie.support.TestBsn;

/**
 * Issue 20, point 6 on the case page in headless Chromium: a coordinator withdraws the first PIP with a reason and sees
 * it withdrawn in words; once DUO has set the term (the simulated DUO does so the day after the PIP), the same action is
 * refused with DUO's rule in Dutch, shown as text. Screenshots in target/browser/.
 */
class PipIntrekkenBrowserTest extends BrowserScenarioTest {

    PipIntrekkenBrowserTest() {
        super("nl-NL");
    }

    @Test
    void aCoordinatorWithdrawsTheFirstPipAndIsToldInDutchWhenDuoNoLongerAllowsIt() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.runAsyncSteps();
        String withdrawn = driver.caseNumber();
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.runAsyncSteps();
        String tooLate = driver.caseNumber();

        logInToRegie("coordinator", "demo");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> !page.getCurrentUrl().endsWith("/inloggen"));
        withdraw(withdrawn, "Bezwaar gegrond <b>verklaard</b>");
        String melding = new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> {
            String text = page.findElement(By.id("pip-intrekken-melding")).getText();
            return text.isBlank() ? null : text;
        });
        assertThat(melding).contains("is ingetrokken", "stelt een nieuw PIP op");
        assertThat(browser.findElement(By.id("pips")).getText()).contains("Ingetrokken").doesNotContain("INGETROKKEN");
        assertThat(browser.findElement(By.id("tijdlijn")).getText()).as("the reason as text, not as HTML")
                .contains("PIP ingetrokken", "Bezwaar gegrond <b>verklaard</b>");
        assertThat(browser.findElement(By.id("pip-intrekken")).isDisplayed()).as("nothing left to withdraw").isFalse();
        assertThat(browser.findElement(By.id("kop")).getText()).as("the phase in words").contains("PIP in voorbereiding");
        chromium.screenshot("pip-ingetrokken.png");

        // the next day DUO has set the term of the other case: refused, with DUO's rule in Dutch
        driver.travelTo(TODAY.plusDays(1), 9);
        withdraw(tooLate, "Bezwaar gegrond");
        String refusal = new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> {
            String text = page.findElement(By.id("pip-intrekken-melding")).getText();
            return text.isBlank() ? null : text;
        });
        assertThat(refusal).startsWith("Niet ingetrokken: DUO heeft de inburgeringstermijn al vastgesteld");
        assertThat(browser.findElement(By.id("pips")).getText()).contains("Vastgesteld").doesNotContain("Ingetrokken");
        chromium.screenshot("pip-intrekken-geweigerd.png");
    }

    private void withdraw(String caseNumber, String reason) {
        open("/regie/zaak.html?nummer=" + caseNumber);
        waitUntilLoaded();
        assertThat(browser.findElement(By.id("pip-intrekken")).isDisplayed()).isTrue();
        browser.findElement(By.id("pip-intrekken-reden")).sendKeys(reason);
        browser.findElement(By.id("pip-intrekken-knop")).click();
    }
}
