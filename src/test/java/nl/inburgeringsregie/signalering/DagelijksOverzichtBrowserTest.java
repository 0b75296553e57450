package nl.inburgeringsregie.signalering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.support.BrowserScenarioTest;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.TestDates;

/**
 * The coordinator's digest in the browser (issue 19, point 6 and "Done when"): a clock of her gemeente broke; the
 * morning's digest is made; on /regie the header counts the late clocks, and a click shows the digest as it was mailed
 * — the case number and the norm in words, no citizen's name, no BSN. In the demo no mail server is configured, so this
 * page is where a newcomer reads the mail.
 */
class DagelijksOverzichtBrowserTest extends BrowserScenarioTest {

    private static final String HOORN = "GM0405";

    @Autowired
    private DeadlineDigest digest;

    private String coordinator;
    private long caseId;

    DagelijksOverzichtBrowserTest() {
        super("nl-NL");
    }

    @Test
    void aCoordinatorSeesTheCountAndReadsHerDigest() {
        coordinator = "dgb" + Long.toString(System.nanoTime() % 1_000_000_000L);
        var identity = engine.getIdentityService();
        var user = identity.newUser(coordinator);
        user.setFirstName("Wilma");
        user.setLastName("Wiegers");
        user.setEmail(coordinator + "@inburgeringsregie.example");
        user.setPassword("demo-" + coordinator);
        identity.saveUser(user);
        identity.createMembership(coordinator, Groups.COORDINATOREN);
        identity.createTenantUserMembership(HOORN, coordinator);
        var data = new RegieData(jdbc);
        caseId = data.newCase(HOORN, "GEZINSMIGRANT", null, "consulent", null);
        data.deadline(caseId, "PIP", 1, TestDates.today().minusDays(2), "OPEN", null);
        String bsn = jdbc.sql("SELECT p.bsn FROM person p JOIN integration_case c ON c.person_id = p.id WHERE c.id = ?")
                .param(caseId).query(String.class).single();
        digest.run();

        logInToRegie(coordinator, "demo-" + coordinator);
        String count = new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> browser
                .findElements(By.cssSelector("#signalering a")).stream().findFirst().map(link -> link.getText()).orElse(null));
        assertThat(count).matches("Signalering: [1-9]\\d* te laat, \\d+ binnenkort");
        chromium.screenshot("regie-signalering.png");

        browser.findElement(By.cssSelector("#signalering a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().endsWith("/regie/berichten"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> "ja".equals(browser.executeScript(
                "return document.body.dataset.geladen;")));
        String digestText = browser.findElement(By.id("berichten")).getText();
        assertThat(digestText).contains(data.caseNumber(caseId), "Hoorn", "PIP vastgesteld", "te laat")
                .contains("Niet per e-mail verzonden: er is geen mailserver ingesteld")
                .doesNotContain(bsn, "Test Regie", "GM0405", "PIP_");
        chromium.screenshot("regie-dagelijks-overzicht.png");
    }

    /** The case's clock ends and the user goes, so the suite's other counts do not meet them. */
    @AfterEach
    void removeCaseAndUser() {
        if (coordinator != null) {
            jdbc.sql("UPDATE case_deadline SET status = 'GEHAALD', met_on = due_on WHERE case_id = ?").param(caseId).update();
            jdbc.sql("UPDATE integration_case SET closed_at = CURRENT_TIMESTAMP WHERE id = ?").param(caseId).update();
            engine.getIdentityService().deleteUser(coordinator);
        }
    }
}
