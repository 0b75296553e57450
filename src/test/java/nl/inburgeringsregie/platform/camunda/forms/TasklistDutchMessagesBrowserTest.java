package nl.inburgeringsregie.platform.camunda.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.BrowserScenarioTest;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 19, point 3, in Tasklist as a consulent with an English browser: form-js's own validation messages in Dutch
 * (scripts/formulier-meldingen.js), and no "Taak aanmaken" or "Proces starten", which no role uses.
 */
class TasklistDutchMessagesBrowserTest extends BrowserScenarioTest {

    TasklistDutchMessagesBrowserTest() {
        super("en-US");
    }

    @Test
    void anEmptyRequiredFieldIsReportedInDutchAndNoUnusableButtonIsShown() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        var task = driver.task(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN);
        engine.getTaskService().setAssignee(task.getId(), "consulent");
        logInToCamunda("tasklist", "consulent");
        open("/camunda/app/tasklist/default/#/?task=" + task.getId());
        chromium.waiting().until(page -> browser.findElements(By.cssSelector(".fjs-container h3")).stream()
                .anyMatch(shown -> shown.getText().equals("BRP-inschrijving vastleggen")));

        browser.findElement(By.xpath("//button[normalize-space()='Voltooien']")).click();

        chromium.waiting().until(page -> browser.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .anyMatch(error -> error.getText().contains("Dit veld is verplicht.")));
        assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText()).doesNotContain("Field is required");
        assertThat(browser.findElements(By.cssSelector(".create-task-action, .start-process-action")))
                .as("the navbar actions, in the page but hidden").isNotEmpty()
                .allSatisfy(action -> assertThat(action.isDisplayed()).isFalse());
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Taak aanmaken", "Proces starten");
        assertThat(driver.hasTask(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN)).as("nothing submitted").isTrue();
        chromium.screenshot("tasklist-verplicht-veld.png");
    }
}
