package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.casefile.Doelgroep;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;

/**
 * The coordinator in a real browser (headless Chromium from Debian's packages chromium and
 * chromium-driver, which .ci/run installs): logs in, finds the case whose PIP is overdue after the
 * clock moved, opens its timeline, and leaves screenshots in target/browser/.
 */
@IntegrationTest
class RegieBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "browser");

    @Autowired
    ProcessEngine engine;
    @Autowired
    AanmeldingService aanmeldingen;
    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @BeforeEach
    void start() {
        BpmnAwareTests.init(engine);
        var options = new ChromeOptions();
        options.setBinary(executable("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1800",
                "--lang=nl-NL");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        CaseDriver.resetClock();
        BpmnAwareTests.reset();
    }

    @Test
    void aCoordinatorFindsTheOverduePipAndOpensItsTimeline() throws Exception {
        var driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        LocalDate brp = TestDates.today();
        driver.consulent("Task_BrpInschrijvingVastleggen", "brpInschrijfdatum", brp.toString());
        driver.runAsyncSteps();
        driver.travelTo(brp.plusWeeks(11), 9);

        browser.get("http://localhost:" + port + "/regie/");
        assertThat(browser.getCurrentUrl()).endsWith("/regie/inloggen");
        browser.findElement(By.id("username")).sendKeys("coordinator");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("inloggen")).click();
        waitUntilLoaded();

        new Select(browser.findElement(By.id("filter-norm"))).selectByValue("PIP");
        new Select(browser.findElement(By.id("filter-stand"))).selectByValue("TE_LAAT");
        String rowSelector = "#termijnen tr[data-zaak='" + driver.caseNumber() + "']";
        String rowText = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> (String) browser.executeScript(
                "const rows = [...document.querySelectorAll('#termijnen tbody tr')];"
                        + "const row = document.querySelector(arguments[0]);"
                        + "return row && rows.every(r => r.classList.contains('te-laat')) ? row.className + ' | ' + row.innerText : null;",
                rowSelector));
        assertThat(rowText).startsWith("te-laat | ").contains("PIP vastgesteld").contains("7 dagen te laat");
        assertThat(browser.findElement(By.cssSelector("[data-kpi='PIP_BINNEN_NORM']")).getText()).contains("PIP binnen de norm");
        screenshot("regie-dashboard.png");

        browser.findElement(By.cssSelector(rowSelector)).findElement(By.linkText(driver.caseNumber())).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().contains("/regie/zaak"));
        waitUntilLoaded();
        assertThat(browser.findElement(By.id("zaaknummer")).getText()).isEqualTo(driver.caseNumber());
        assertThat(browser.findElements(By.cssSelector("#klokken tr.te-laat"))).as("late clocks")
                .anyMatch(clock -> clock.getText().contains("PIP vastgesteld") && clock.getText().contains("7 dagen te laat"));
        assertThat(browser.findElement(By.id("tijdlijn")).getText()).contains("Ingeschreven in de BRP")
                .contains("PIP vastgesteld: termijn loopt tot " + brp.plusWeeks(10));
        // the escalation task came at 09:00 Dutch time, and shows so whatever the zone of server and browser
        assertThat(browser.findElement(By.id("taken")).getText())
                .contains(brp.plusWeeks(11).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + " 09:00");
        assertThat(browser.findElement(By.linkText("Open in Tasklist")).getDomAttribute("href"))
                .startsWith("/camunda/app/tasklist/default/#/?task=");
        screenshot("regie-zaak.png");
    }

    private void waitUntilLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> (Boolean) browser.executeScript(
                "return document.readyState === 'complete' && (document.body.dataset.geladen === 'ja'"
                        + " || document.querySelector('.melding.fout') !== null);"));
        assertThat(browser.findElements(By.cssSelector(".melding.fout"))).as("no error on the page").isEmpty();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(SCREENSHOTS.resolve(name))).isPositive();
    }

    private static String executable(String variable, String fallback) {
        String path = System.getenv().getOrDefault(variable, fallback);
        assertThat(Path.of(path)).as("%s: install Debian's chromium and chromium-driver (.ci/run does)", path).isExecutable();
        return path;
    }
}
