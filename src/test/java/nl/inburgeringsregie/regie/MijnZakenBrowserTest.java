package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.BrowserScenarioTest;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * A consulent's day (issue 19, point 1, "Done when"): Anna de Vries logs in once, lands on Mijn zaken, finds her new
 * case, opens its page — person, clocks, open tasks, timeline; no handover or clock actions, those are the
 * coordinator's — and with one click works the task in its own Camunda Form in Tasklist, without a second login. The
 * form's date, typed the Dutch way, is recorded as that day. Screenshots in target/browser/.
 */
class MijnZakenBrowserTest extends BrowserScenarioTest {

    private static final String BRP_TASK = InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN;

    MijnZakenBrowserTest() {
        super("nl-NL");
    }

    @Test
    void aConsulentGoesFromMijnZakenToTheCasePageToTheTasksFormAndSubmitsIt() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        engine.getTaskService().setAssignee(driver.task(BRP_TASK).getId(), "consulent");
        jdbc.sql("UPDATE integration_case SET consulent = 'consulent' WHERE case_number = ?").param(driver.caseNumber())
                .update();

        open("/regie/");
        browser.findElement(By.id("username")).sendKeys("consulent");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("inloggen")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().endsWith("/regie/mijn-zaken"));
        waitUntilLoaded();
        assertThat(browser.findElement(By.id("wiens")).getText()).isEqualTo("Mijn zaken");
        assertThat(browser.findElement(By.id("ingelogd")).getText()).isEqualTo("Anna de Vries");
        assertThat(browser.findElements(By.cssSelector("[data-rol=coordinator]"))).as("the coordinator's parts")
                .allMatch(part -> !part.isDisplayed());

        browser.findElement(By.id("filter-zoek")).sendKeys(driver.caseNumber(), Keys.ENTER);
        String rowSelector = "#zaken tr[data-zaak='" + driver.caseNumber() + "']";
        String row = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> browser
                .findElements(By.cssSelector(rowSelector)).stream().findFirst().map(WebElement::getText).orElse(null));
        assertThat(row).as("words, not codes").contains("Hoorn", "Aangemeld", "BRP-inschrijving vastleggen",
                "Anna de Vries").doesNotContain("GM0405", "REGISTERED", "consulent ");
        chromium.screenshot("mijn-zaken.png");

        browser.findElement(By.cssSelector(rowSelector)).findElement(By.linkText(driver.caseNumber())).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().contains("/regie/zaak"));
        waitUntilLoaded();
        assertThat(browser.findElement(By.id("kop")).getText()).contains("Hoorn", "Gezinsmigrant", "Anna de Vries");
        assertThat(browser.findElement(By.id("overdragen-sectie")).isDisplayed()).as("no handover for a consulent").isFalse();
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Pauzeren' or normalize-space()='Verlengen']")))
                .as("no clock actions for a consulent").isEmpty();
        assertThat(browser.findElement(By.id("taken")).getText()).contains("BRP-inschrijving vastleggen");
        chromium.screenshot("zaak-voor-consulent.png");

        browser.findElement(By.id("taken")).findElement(By.linkText("Formulier openen")).click();
        chromium.waiting().until(page -> browser.findElements(By.cssSelector(".fjs-container h3")).stream()
                .anyMatch(heading -> heading.getText().equals("BRP-inschrijving vastleggen")));
        assertThat(browser.findElements(By.cssSelector("form[name=signinForm]"))).as("no second login").isEmpty();
        WebElement date = chromium.waiting().until(page -> browser
                .findElements(By.cssSelector("[id$='-Field_brpInschrijfdatum']")).stream().findFirst().orElse(null));
        String typed = nl.inburgeringsregie.shared.DutchDate.format(CaseDriver.today().minusDays(1));
        date.sendKeys(typed);
        chromium.screenshot("tasklist-formulier-vanuit-zaak.png");
        browser.findElement(By.xpath("//button[normalize-space()='Voltooien']")).click();
        chromium.waiting().until(page -> !driver.hasTask(BRP_TASK));

        LocalDate recorded = records.milestones(driver.caseNumber()).get(Milestone.BRP_REGISTERED).occurredOn();
        assertThat(recorded).isEqualTo(CaseDriver.today().minusDays(1));
    }

    private void waitUntilLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> (Boolean) browser.executeScript(
                "return document.readyState === 'complete' && (document.body.dataset.geladen === 'ja'"
                        + " || document.querySelector('.melding.fout') !== null);"));
        assertThat(browser.findElements(By.cssSelector(".melding.fout"))).as("no error on the page").isEmpty();
    }
}
