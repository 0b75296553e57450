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
        WebElement form = browser.findElement(By.cssSelector("form[data-gemeente=" + Aanmeldingen.HOORN + "]"));
        assertThat(form.findElement(By.tagName("h3")).getText()).isEqualTo("Hoorn");
        assertThat(form.findElement(By.name("naam")).getDomProperty("value")).as("from her account")
                .isEqualTo("Fatima El Amrani");
        assertThat(form.findElement(By.cssSelector("[data-veld=stand]")).getText()).contains("wacht hierop");

        form.findElement(By.name("email")).clear();
        form.findElement(By.name("email")).sendKeys("f.elamrani@hoorn.nl");
        form.findElement(By.name("telefoonnummer")).sendKeys("bel mij");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement phoneError = form.findElement(By.id("fout-telefoonnummer-" + Aanmeldingen.HOORN));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> phoneError.isDisplayed());
        assertThat(phoneError.getText()).startsWith("Vul een telefoonnummer in zoals 0229 252200");
        assertThat(form.findElement(By.id("fout-naam-" + Aanmeldingen.HOORN)).isDisplayed()).isFalse();
        chromium.screenshot("mijn-contactgegevens-fout.png");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_person WHERE consulent = 'consulent2'").query(Long.class)
                .single()).as("nothing written").isZero();

        form.findElement(By.name("telefoonnummer")).clear();
        form.findElement(By.name("telefoonnummer")).sendKeys("0229 252211");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement status = form.findElement(By.cssSelector("[data-veld=stand]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> status.getText().startsWith("Opgeslagen."));
        assertThat(phoneError.isDisplayed()).isFalse();
        chromium.screenshot("mijn-contactgegevens.png");
        assertThat(jdbc.sql("""
                SELECT telefoonnummer FROM contact_person WHERE consulent = 'consulent2' AND gemeente_code = ?""")
                .param(Aanmeldingen.HOORN).query(String.class).single()).isEqualTo("0229 252211");
    }
}
