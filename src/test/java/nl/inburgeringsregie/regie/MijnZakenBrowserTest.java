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

        logInToRegie("consulent", "demo");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().endsWith("/regie/mijn-zaken"));
        waitUntilLoaded();
        assertThat(browser.findElement(By.id("wiens")).getText()).isEqualTo("Mijn zaken");
        assertThat(browser.findElement(By.id("ingelogd")).getText()).isEqualTo("Anna de Vries");
        assertThat(browser.findElements(By.cssSelector("[data-rol=coordinator]"))).as("the coordinator's parts")
                .allMatch(part -> !part.isDisplayed());

        browser.findElement(By.id("filter-zoek")).sendKeys(driver.caseNumber(), Keys.ENTER);
        String rowSelector = "#zaken tr[data-zaak='" + driver.caseNumber() + "']";
        String row = new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(page -> browser
                .findElements(By.cssSelector(rowSelector)).stream().findFirst().map(WebElement::getText).orElse(null));
        assertThat(row).as("words, not codes").contains("Hoorn", "Aangemeld", "BRP-inschrijving vastleggen",
                "Anna de Vries").doesNotContain("GM0405", "REGISTERED", "consulent ");
        chromium.screenshot("mijn-zaken.png");

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> browser.findElements(By.cssSelector("#zaken tbody tr"))
                .size() == 1);
        // the list may render once more (the page's requests answer in any order): click the row as it is then
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(page -> {
                    browser.findElement(By.cssSelector(rowSelector)).findElement(By.linkText(driver.caseNumber())).click();
                    return true;
                });
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

    /**
     * Issue 19, point 4, from Mijn zaken: a consulent leaves; the coordinator opens that consulent's cases — all of
     * them, also one without a running clock, which the deadline list does not show — ticks them all and hands them
     * to Fatima El Amrani with a reason.
     */
    @Test
    void aCoordinatorHandsAllCasesOfALeavingConsulentOverFromHerCaseload() {
        var identity = engine.getIdentityService();
        String leaving = "vertrekt" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var user = identity.newUser(leaving);
        user.setFirstName("Lotte");
        user.setLastName("Leeuw");
        identity.saveUser(user);
        identity.createMembership(leaving, nl.inburgeringsregie.shared.Groups.CONSULENTEN);
        identity.createTenantUserMembership("GM0405", leaving);
        var data = new nl.inburgeringsregie.support.RegieData(jdbc);
        long withClock = data.newCase("GM0405", "GEZINSMIGRANT", "B1_ROUTE", leaving, null);
        data.deadline(withClock, "VOORTGANGSGESPREK", 1, CaseDriver.today().plusDays(30), "OPEN", null);
        long withoutClock = data.newCase("GM0405", "GEZINSMIGRANT", null, leaving, null);

        logInToRegie("coordinator", "demo");
        waitUntilLoaded();
        browser.findElement(By.linkText("Zaken per consulent")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().endsWith("/regie/mijn-zaken"));
        waitUntilLoaded();
        assertThat(browser.findElement(By.id("wiens")).getText()).isEqualTo("Zaken van het team");

        open("/regie/mijn-zaken?consulent=" + leaving);
        waitUntilLoaded();
        assertThat(browser.findElement(By.id("wiens")).getText()).isEqualTo("Zaken van Lotte Leeuw");
        assertThat(browser.findElements(By.cssSelector("#zaken tbody tr[data-zaak]"))).hasSize(2);
        browser.findElement(By.id("alles-kiezen")).click();
        assertThat(browser.findElement(By.id("gekozen-aantal")).getText()).isEqualTo("2 zaken gekozen");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> new org.openqa.selenium.support.ui.Select(
                browser.findElement(By.id("overdragen-consulent"))).getOptions().stream()
                .anyMatch(option -> option.getText().equals("Fatima El Amrani")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("overdragen-consulent")))
                .selectByVisibleText("Fatima El Amrani");
        browser.findElement(By.id("overdragen-reden")).sendKeys("Lotte vertrekt");
        chromium.screenshot("mijn-zaken-overdragen-gekozen.png");
        browser.findElement(By.id("overdragen-knop")).click();

        String message = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> {
            var melding = browser.findElement(By.id("overdragen-melding"));
            return melding.isDisplayed() ? melding.getText() : null;
        });
        assertThat(message).isEqualTo("2 zaken overgedragen aan Fatima El Amrani.");
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> browser.findElement(By.cssSelector("#zaken tbody"))
                .getText().contains("Geen zaken bij dit filter."));
        for (long aCase : new long[] {withClock, withoutClock}) {
            assertThat(jdbc.sql("SELECT consulent FROM integration_case WHERE id = ?").param(aCase).query(String.class)
                    .single()).isEqualTo("consulent2");
        }
        chromium.screenshot("mijn-zaken-overgedragen.png");
    }

}
