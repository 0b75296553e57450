package nl.inburgeringsregie.archief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.BrowserScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * The page Vernietiging (issue 21, point 4): the archivist logs in and lands on it, places a legal hold on one case
 * closed ten years ago (a reason is required), proposes a list for Stede Broec with the other one, approves it, cannot approve it twice (the message says why), and the
 * coordinator approves it too: the case is in the verklaring van vernietiging. Screenshots in target/browser/.
 */
class VernietigingBrowserTest extends BrowserScenarioTest {

    VernietigingBrowserTest() {
        super("nl-NL");
    }

    @Test
    void anArchivistAndACoordinatorApproveAListAndSeeTheVerklaring() {
        toSchakel4(Aanmeldingen.of(TestBsn.next(), Doelgroep.ASIELMIGRANT, DestructionScenarioTest.STEDE_BROEC), "B1_ROUTE");
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD, "SS110");
        String held = driver.caseNumber();
        toSchakel4(Aanmeldingen.of(TestBsn.next(), Doelgroep.ASIELMIGRANT, DestructionScenarioTest.STEDE_BROEC), "B1_ROUTE");
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD, "SS110");
        String caseNumber = driver.caseNumber();
        driver.travelTo(LocalDate.now(CaseDriverZone.NL).plusYears(10).plusDays(1), 9);

        logInToRegie("archivaris", "demo");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().endsWith("/regie/vernietiging"));
        waitUntilLoaded();
        assertThat(browser.findElement(By.cssSelector("a[data-rol=coordinator]")).isDisplayed()).as("not the archivist's")
                .isFalse();
        // a legal hold: without a reason refused in Dutch, with one in place and listed
        browser.findElement(By.id("blokkade-zaak")).sendKeys(held);
        browser.findElement(By.id("plaats-blokkade")).click();
        WebElement holdOutcome = browser.findElement(By.id("blokkade-uitkomst"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> holdOutcome.isDisplayed());
        assertThat(holdOutcome.getText()).isEqualTo("Schrijf op waarom de zaak niet vernietigd mag worden");
        browser.findElement(By.id("blokkade-reden")).sendKeys("Beroep loopt bij de rechtbank");
        browser.findElement(By.id("plaats-blokkade")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(page -> !browser.findElements(By.cssSelector("#blokkades tr[data-zaak='" + held + "']")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#blokkades tr[data-zaak='" + held + "']")).getText())
                .contains("Beroep loopt bij de rechtbank", "archivaris");

        new Select(browser.findElement(By.id("gemeente"))).selectByVisibleText("Stede Broec");
        browser.findElement(By.id("stel-op")).click();
        WebElement outcome = browser.findElement(By.id("uitkomst"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> outcome.getText().startsWith("Lijst "));
        assertThat(outcome.getText()).contains("wacht op goedkeuring");
        WebElement list = proposedListWith(caseNumber);
        assertThat(list.getText()).contains("Stede Broec", "voorgesteld, wacht op goedkeuring", "8.3 Beëindigd",
                "Inburgeringsplicht ingetrokken", "coördinator: nog niet").doesNotContain(held);
        chromium.screenshot("vernietiging-voorgesteld.png");

        browser.findElement(By.id("blokkade-reden")).clear();
        browser.findElement(By.id("blokkade-reden")).sendKeys("Uitspraak onherroepelijk");
        browser.findElement(By.id("hef-blokkade-op")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(page -> browser.findElements(By.cssSelector("#blokkades tr[data-zaak='" + held + "']")).isEmpty());
        assertThat(browser.findElement(By.id("blokkade-uitkomst")).getText()).isEqualTo("De blokkade op " + held
                + " is opgeheven.");

        proposedListWith(caseNumber).findElement(By.className("goedkeuren")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(page -> proposedListWith(caseNumber).getText().contains("archivaris archivaris"));
        proposedListWith(caseNumber).findElement(By.className("goedkeuren")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(page -> proposedListWith(caseNumber).findElement(By.cssSelector(".melding.fout")).isDisplayed());
        assertThat(proposedListWith(caseNumber).findElement(By.cssSelector(".melding.fout")).getText())
                .contains("al goedgekeurd", "vier ogen");
        browser.findElement(By.cssSelector("#uitloggen button")).click();
        // the logout's own redirect first, or it lands after the next page was asked for (failed on PostgreSQL)
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> browser.getCurrentUrl().endsWith("?uitgelogd"));

        logInToRegie("coordinator", "demo");
        // the login's own redirect to the start page first, or it lands after the next page was asked for (PostgreSQL, CI)
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> browser.getCurrentUrl().endsWith("/regie/"));
        open("/regie/vernietiging");
        waitUntilLoaded();
        proposedListWith(caseNumber).findElement(By.className("goedkeuren")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(page -> !browser.findElements(By.cssSelector("#verklaringen tr[data-zaak='" + caseNumber + "']"))
                        .isEmpty());
        assertThat(browser.findElement(By.cssSelector("#verklaringen tr[data-zaak='" + caseNumber + "']")).getText())
                .contains("Stede Broec", "8.3 Beëindigd", "Inburgeringsplicht ingetrokken",
                        "coordinator (coördinator), archivaris (archivaris)")
                .doesNotContain("Amina", "Testpersoon");
        assertThat(browser.findElement(By.id("uitkomst")).getText()).contains("uitgevoerd");
        chromium.screenshot("vernietiging-uitgevoerd.png");
    }

    private WebElement proposedListWith(String caseNumber) {
        return browser.findElements(By.cssSelector("article.vernietigingslijst")).stream()
                .filter(article -> !article.findElements(By.cssSelector("tr[data-zaak='" + caseNumber + "']")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no list with " + caseNumber + ": "
                        + browser.findElement(By.tagName("main")).getText()));
    }

    /** The zone the case driver counts days in. */
    private static final class CaseDriverZone {
        static final java.time.ZoneId NL = nl.inburgeringsregie.support.CaseDriver.NL;
    }
}
