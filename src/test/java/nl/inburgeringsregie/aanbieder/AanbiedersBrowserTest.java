package nl.inburgeringsregie.aanbieder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.inburgeringsregie.support.BrowserScenarioTest;

/**
 * Issue 20, point 1: a coordinator opens the providers from the dashboard, asks DUO's list of recognised institutions
 * (GET /instellingen, here the simulator's demo list) and reads them with their recognition in words, as text.
 */
class AanbiedersBrowserTest extends BrowserScenarioTest {

    AanbiedersBrowserTest() {
        super("nl-NL");
    }

    @Test
    void aCoordinatorUpdatesTheProvidersFromDuoAndReadsThemInWords() {
        logInToRegie("coordinator", "demo");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> !page.findElements(By.linkText("Taalaanbieders")).isEmpty());
        browser.findElement(By.linkText("Taalaanbieders")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> "ja".equals(browser.executeScript(
                "return document.body.dataset.geladen;")));

        browser.findElement(By.id("bijwerken")).click();
        String message = new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> {
            var melding = browser.findElement(By.id("bijwerken-melding"));
            return melding.isDisplayed() ? melding.getText() : null;
        });
        assertThat(message).startsWith("Lijst van DUO opgehaald:").contains("instellingen");
        String table = new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> {
            String text = browser.findElement(By.id("aanbieders")).getText();
            return text.contains("(demo)") ? text : null;
        });
        assertThat(table).as("recognition and DUO's list in words, not flags").contains("DEMO000005")
                .doesNotContain("true", "false", "null");
        assertThat(browser.findElements(By.cssSelector(".melding.fout"))).isEmpty();
        chromium.screenshot("regie-aanbieders.png");
    }
}
