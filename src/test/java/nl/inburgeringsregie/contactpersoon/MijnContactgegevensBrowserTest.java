package nl.inburgeringsregie.contactpersoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.BrowserScenarioTest;
import nl.inburgeringsregie.support.RegieData;

/**
 * "Mijn contactgegevens" (issue 20, point 4): Fatima El Amrani, whose case waits for her details, is told so on Mijn
 * zaken, finds her name and e-mail suggested from her account, gets DUO's rule for a telephone number beside the field
 * in Dutch, and saves. Screenshots in target/browser/.
 */
class MijnContactgegevensBrowserTest extends BrowserScenarioTest {

    MijnContactgegevensBrowserTest() {
        super("nl-NL");
    }

    @AfterEach
    void forgetDetails() {
        jdbc.sql("DELETE FROM contact_person WHERE consulent = 'consulent2'").update();
    }

    @Test
    void aConsulentWhoseCaseWaitsFillsInHerContactDetailsForDuo() {
        jdbc.sql("DELETE FROM contact_person WHERE consulent = 'consulent2'").update();
        new RegieData(jdbc).newCase(Aanmeldingen.HOORN, "GEZINSMIGRANT", null, "consulent2", null);

        logInToRegie("consulent2", "demo");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().endsWith("/regie/mijn-zaken"));
        waitUntilLoaded();
        WebElement notice = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(page -> browser.findElement(By.id("contactgegevens-melding")).isDisplayed()
                        ? browser.findElement(By.id("contactgegevens-melding")) : null);
        assertThat(notice.getText()).contains("DUO kent u nog niet als contactpersoon", "Hoorn");
        notice.findElement(By.linkText("Vul uw contactgegevens in")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(page -> page.getCurrentUrl().endsWith("/regie/mijn-contactgegevens"));
        waitUntilLoaded();
        assertThat(browser.findElement(By.id("naam")).getDomProperty("value")).as("from her account")
                .isEqualTo("Fatima El Amrani");
        assertThat(row().getText()).as("Hoorn's case waits").contains("Hoorn", "Nog niet opgeslagen", "Nog niet");
        assertThat(browser.findElements(By.cssSelector("input[name=gemeente]:checked"))).as("every gemeente of hers")
                .hasSize(7);

        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("f.elamrani@hoorn.nl");
        browser.findElement(By.id("telefoonnummer")).sendKeys("bel mij");
        browser.findElement(By.id("opslaan")).click();
        WebElement phoneError = browser.findElement(By.id("fout-telefoonnummer"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> phoneError.isDisplayed());
        assertThat(phoneError.getText()).startsWith("Vul een telefoonnummer in zoals 0229 252200");
        assertThat(browser.findElement(By.id("fout-naam")).isDisplayed()).isFalse();
        chromium.screenshot("mijn-contactgegevens-fout.png");
        assertThat(browser.findElement(By.id("uitkomst")).getText()).as("a sentence, capitalised")
                .startsWith("Niet opgeslagen voor ").endsWith(": verbeter de gemarkeerde velden.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_person WHERE consulent = 'consulent2'").query(Long.class)
                .single()).as("nothing written").isZero();

        browser.findElement(By.id("telefoonnummer")).clear();
        browser.findElement(By.id("telefoonnummer")).sendKeys("0229 252211");
        browser.findElement(By.id("opslaan")).click();
        WebElement outcome = browser.findElement(By.id("uitkomst"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> outcome.getText().startsWith("Opgeslagen voor"));
        assertThat(phoneError.isDisplayed()).isFalse();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> row().getText().contains("0229 252211"));
        assertThat(row().getText()).contains("Wordt aangemeld");
        chromium.screenshot("mijn-contactgegevens.png");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_person WHERE consulent = 'consulent2' AND telefoonnummer = ?")
                .param("0229 252211").query(Long.class).single()).as("saved for each of her gemeenten").isEqualTo(7);
    }

    private WebElement row() {
        return browser.findElement(By.cssSelector("#gemeenten tr[data-gemeente=" + Aanmeldingen.HOORN + "]"));
    }
}
