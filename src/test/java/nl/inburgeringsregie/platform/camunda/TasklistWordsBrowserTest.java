package nl.inburgeringsregie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.BrowserScenarioTest;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 19, point 2, in Tasklist as a consulent: the task's header shows the gemeente by name (the tenant's name, seed
 * V1000__demo_gemeenten: GM0405 is Hoorn, GM0420 Medemblik) and the inburgeraar with the case number, not the CBS code
 * Camunda shows there; the list shows person, case and gemeente; the behandelaar and, in the tab Geschiedenis, whoever
 * acted are people by full name (demo users: consulent2 is Fatima El Amrani, coordinator Carla Jansen), not login
 * names (scripts/woorden.js). Switching tasks in the list puts the other task's words in the header. The consulent is
 * consulent2, whose "Mijn taken" holds few tasks of other tests: scenario tests that move the engine's clock can leave
 * tasks of consulent created "later" than these, which would push them off Tasklist's first page.
 */
class TasklistWordsBrowserTest extends BrowserScenarioTest {

    /** A code as the issue found them on screen: a CBS code, an ALL_CAPS constant (ASIELMIGRANT, B1_ROUTE …). */
    private static final Pattern CODE = Pattern.compile("\\bGM\\d{4}\\b|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b[A-Z]{5,}\\b");

    private static final String CONSULENT = "consulent2";
    private static final String NAME = "Fatima El Amrani";

    private final List<String> handed = new java.util.ArrayList<>();

    TasklistWordsBrowserTest() {
        super("nl-NL");
    }

    @Test
    void theHeaderTheListAndTheHistoryShowNamesNotCodes() {
        var hoorn = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT, Aanmeldingen.HOORN));
        var medemblik = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT, "GM0420"));
        Task hoornTask = handedToFatimaByCarla(hoorn, Aanmeldingen.HOORN);
        handedToFatimaByCarla(medemblik, "GM0420");

        logInToCamunda("tasklist", CONSULENT);
        open("/camunda/app/tasklist/default/#/?task=" + hoornTask.getId());
        chromium.waiting().until(page -> headerShows("Hoorn", hoorn.caseNumber()));

        WebElement header = browser.findElement(By.cssSelector(".task-card header"));
        assertThat(header.findElement(By.cssSelector(".tenant-id")).getText()).isEqualTo("Hoorn");
        assertThat(header.findElement(By.cssSelector(".inburgeraar")).getText())
                .isEqualTo("Amina Testpersoon – zaak " + hoorn.caseNumber());
        assertThat(header.getText()).contains("BRP-inschrijving vastleggen", NAME).doesNotContainPattern(CODE);

        WebElement list = browser.findElement(By.cssSelector(".tasks-list"));
        WebElement medemblikItem = item(medemblik.caseNumber());
        assertThat(item(hoorn.caseNumber()).getText()).contains("Amina Testpersoon", NAME);
        assertThat(list.getText()).doesNotContainPattern(CODE).doesNotContain(CONSULENT + "\n");
        chromium.screenshot("tasklist-woorden-kop-en-lijst.png");

        medemblikItem.findElement(By.cssSelector("h4.task a")).click();
        chromium.waiting().until(page -> headerShows("Medemblik", medemblik.caseNumber()));
        assertThat(browser.findElement(By.cssSelector(".task-card header")).getText()).doesNotContainPattern(CODE);

        browser.findElement(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Geschiedenis']")).click();
        chromium.waiting().until(page -> browser.findElements(By.cssSelector(".history-pane .operation-user")).stream()
                .anyMatch(user -> user.getText().equals("Carla Jansen")));
        String history = browser.findElement(By.cssSelector(".history-pane")).getText();
        assertThat(history).contains("Toewijzen", "Behandelaar", "Carla Jansen", NAME);
        assertThat(browser.findElements(By.cssSelector(".history-pane .operation-user, .history-pane .new-value span")))
                .isNotEmpty().allSatisfy(person -> assertThat(person.getText()).isNotIn("coordinator", CONSULENT));
        chromium.screenshot("tasklist-woorden-geschiedenis.png");
    }

    /** This test's tasks go back to the team, so consulent2's own list is as the next test that opens it expects. */
    @AfterEach
    void backToTheTeam() {
        handed.forEach(taskId -> engine.getTaskService().setAssignee(taskId, null));
    }

    /** The coordinator gives the case's first task to Fatima: a recorded assignment (Tasklist's history shows it). */
    private Task handedToFatimaByCarla(CaseDriver driver, String gemeente) {
        Task task = driver.task(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN);
        engine.getIdentityService().setAuthentication("coordinator", List.of(Groups.COORDINATOREN), List.of(gemeente));
        try {
            engine.getTaskService().setAssignee(task.getId(), CONSULENT);
            handed.add(task.getId());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        return task;
    }

    private boolean headerShows(String gemeente, String caseNumber) {
        var tenant = browser.findElements(By.cssSelector(".task-card header .tenant-id"));
        var person = browser.findElements(By.cssSelector(".task-card header .inburgeraar"));
        return !tenant.isEmpty() && tenant.get(0).getText().equals(gemeente) && !person.isEmpty()
                && person.get(0).getText().endsWith(caseNumber);
    }

    private WebElement item(String caseNumber) {
        chromium.waiting().until(page -> !browser.findElements(By.xpath(itemXpath(caseNumber))).isEmpty());
        return browser.findElement(By.xpath(itemXpath(caseNumber)));
    }

    private static String itemXpath(String caseNumber) {
        return "//ol[contains(@class,'tasks-list')]/li[contains(normalize-space(.), '" + caseNumber + "')]";
    }
}
