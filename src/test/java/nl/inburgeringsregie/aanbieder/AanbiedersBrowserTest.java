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

    /**
     * The coordinator maintains the contracts on the page (issue 20, point 1: "a coordinator (or functioneel beheer)
     * maintains the list"); a route DUO does not recognise the provider for is refused in Dutch (README R:97) and
     * nothing changes. A gemeente other than Hoorn, so the contracts other tests set for Hoorn stay as they are.
     */
    @Test
    void aCoordinatorContractsAProviderForARouteAndIsRefusedOneWithoutKeurmerk() {
        logInToRegie("coordinator", "demo");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> !page.getCurrentUrl().endsWith("/inloggen"));
        open("/regie/aanbieders");
        waitUntilLoaded();
        browser.findElement(By.id("bijwerken")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> browser.findElement(By.id("bijwerken-melding")).isDisplayed());
        waitForRow("DEMO000006");

        edit("DEMO000006", "Z_ROUTE");
        String refused = message();
        assertThat(refused).startsWith("Niet opgeslagen:").contains("niet erkend door Blik op Werk");
        chromium.screenshot("regie-aanbieders-contract-geweigerd.png");

        edit("DEMO000002", "Z_ROUTE");
        assertThat(message()).isEqualTo("Contracten van Taalschool De Brug (demo) opgeslagen.");
        String row = new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> {
            String text = waitForRow("DEMO000002").getText();
            return text.contains("Z-route") ? text : null;
        });
        assertThat(row).contains(gemeenteName).doesNotContain("Z_ROUTE");
        assertThat(waitForRow("DEMO000006").getText()).as("nothing written for the refused one")
                .doesNotContain("Z-route");
    }

    private String gemeenteName;

    /** Opens the provider's contract form, picks a gemeente other than Hoorn, ticks the route and saves. */
    private void edit(String instellingsnummer, String route) {
        waitForRow(instellingsnummer).findElement(By.cssSelector("button.contract-wijzigen")).click();
        var gemeente = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("contract-gemeente")));
        var other = gemeente.getOptions().stream().filter(option -> !"GM0405".equals(option.getAttribute("value")))
                .findFirst().orElse(gemeente.getOptions().get(0));
        gemeente.selectByValue(other.getAttribute("value"));
        gemeenteName = other.getText();
        var box = browser.findElement(By.cssSelector("#contract-leerroutes input[value='" + route + "']"));
        if (!box.isSelected()) {
            box.click();
        }
        browser.findElement(By.id("contract-opslaan")).click();
    }

    private String message() {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> {
            var melding = browser.findElement(By.id("contract-melding"));
            return melding.isDisplayed() && !melding.getText().isBlank() ? melding.getText() : null;
        });
    }

    private org.openqa.selenium.WebElement waitForRow(String instellingsnummer) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> page.findElements(
                By.cssSelector("tr[data-instelling='" + instellingsnummer + "']")).stream().findFirst().orElse(null));
    }
}
