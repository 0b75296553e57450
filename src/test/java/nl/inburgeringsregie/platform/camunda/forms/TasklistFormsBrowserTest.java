package nl.inburgeringsregie.platform.camunda.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.BrowserScenarioTest;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * A consulent in Camunda Tasklist, in headless Chromium with an English user interface (as many government
 * workstations have): what the person's data holds is shown as text, and a date is typed as dd-mm-jjjj.
 * Issue 16, points 4 and 8.
 */
class TasklistFormsBrowserTest extends BrowserScenarioTest {

    private static final String BRP_TASK = InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN;
    private static final String PLAN_TALK = WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN;
    /** The longest text of a field whose form sets no maximum (engine.ValueRules.DEFAULT_MAX_LENGTH). */
    private static final int DEFAULT_MAX_LENGTH = 2000;
    private static final String HOSTILE = "<a href=\"https://evil.example/\">Klik</a><img src=x onerror=alert(1)>";
    /** After the dates typed below, so that none of them lies in the future. */
    private static final LocalDate EARLIEST_TODAY = LocalDate.of(2026, 11, 26);

    TasklistFormsBrowserTest() {
        super("en-US");
    }

    @Test
    void aHostileNameIsShownAsTextAndCreatesNoElement() {
        driver = register("Amina " + HOSTILE);
        logIn();

        openTask(driver);

        assertThat(browser.findElements(By.cssSelector("a[href*='evil.example']"))).as("a link made from the name").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".fjs-container img, img[src='x']"))).as("an image made from the name")
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText()).doesNotContain("Klik");
        WebElement name = field("Field_toon_naam");
        assertThat(name.getDomProperty("value")).as("the name, literally").isEqualTo("Amina " + HOSTILE + " Testpersoon");
        assertThat(name.isDisplayed()).isTrue();
        assertThat(field("Field_toon_zaaknummer").getDomProperty("value")).isEqualTo(driver.caseNumber());
        chromium.screenshot("tasklist-vijandige-naam.png");
    }

    @Test
    void aDutchDateTypedInTheBrpFormIsRecordedAsThatDayAndAnUnreadableOneIsRefused() {
        var first = register("Amina");
        var second = register("Olga");
        LocalDate today = TestDates.today().isBefore(EARLIEST_TODAY) ? EARLIEST_TODAY : TestDates.today();
        first.travelTo(today, 9);
        logIn();

        openTask(first);
        for (String unreadable : new String[] {"31-02-2026", "5/11/26", "11/05/2026"}) {
            typeDateAndComplete(unreadable);
            String shown = chromium.waiting().until(page -> {
                String text = browser.findElement(By.tagName("body")).getText();
                return text.contains("'" + unreadable + "'") ? text : null;
            });
            assertThat(shown).as(unreadable).containsAnyOf("typ de datum als dd-mm-jjjj", "bestaat niet")
                    .doesNotContain("TaskListener");
            assertThat(first.hasTask(BRP_TASK)).as("the task stays open after %s", unreadable).isTrue();
        }
        chromium.screenshot("tasklist-datum-geweigerd.png");
        typeDateAndComplete("05-11-2026");
        chromium.waiting().until(page -> !first.hasTask(BRP_TASK));

        openTask(second);
        typeDateAndComplete("25-11-2026");
        chromium.waiting().until(page -> !second.hasTask(BRP_TASK));

        assertThat(records.milestones(first.caseNumber()).get(Milestone.BRP_REGISTERED).occurredOn())
                .isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(records.milestones(second.caseNumber()).get(Milestone.BRP_REGISTERED).occurredOn())
                .isEqualTo(LocalDate.of(2026, 11, 25));
    }

    /**
     * Tasklist's submission goes through the same check as the REST API's (CheckedFormSubmissions): a form with
     * read-only data is accepted as Tasklist sends it, and what only the server refuses is shown in Dutch.
     */
    @Test
    void tasklistSubmissionsAreCheckedByTheServerAndItsRefusalIsShownInDutch() {
        driver = register("Amina");
        logIn();

        openTask(driver);
        typeDateAndComplete("1".repeat(DEFAULT_MAX_LENGTH + 1));
        String shown = chromium.waiting().until(page -> {
            String text = browser.findElement(By.tagName("body")).getText();
            return text.contains("mag hoogstens") ? text : null;
        });
        assertThat(shown).contains("Het formulier is niet opgeslagen: 'Datum inschrijving in de BRP' mag hoogstens "
                + DEFAULT_MAX_LENGTH + " tekens hebben").doesNotContain("Cannot");
        assertThat(driver.hasTask(BRP_TASK)).isTrue();

        var asylum = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        engine.getTaskService().setAssignee(asylum.task(PLAN_TALK).getId(), "consulent");
        openTask(asylum, PLAN_TALK, "Driegesprek plannen");
        browser.findElement(By.xpath("//label[normalize-space()='Nee']")).click();
        field("Field_redenGeenDriegesprek").sendKeys("Statushouder al verhuisd");
        browser.findElement(By.xpath("//button[normalize-space()='Voltooien']")).click();
        chromium.waiting().until(page -> !asylum.hasTask(PLAN_TALK));
    }

    private CaseDriver register(String givenNames) {
        var r = Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT);
        var request = new AanmeldingRequest(givenNames, r.achternaam(), r.bsn(), r.geboortedatum(), r.nationaliteit(),
                r.doelgroep(), r.gemeente(), r.huishoudenReferentie(), r.taal(), r.tolkNodig(), r.opleidingsniveau(),
                r.koppeldatum(), r.azc(), r.nareiziger(), r.pipVorigeGemeente());
        var aCase = CaseDriver.register(engine, aanmeldingen, request);
        engine.getTaskService().setAssignee(aCase.task(BRP_TASK).getId(), "consulent");
        return aCase;
    }

    private void logIn() {
        logInToCamunda("tasklist", "consulent");
    }

    private void openTask(CaseDriver aCase) {
        openTask(aCase, BRP_TASK, "BRP-inschrijving vastleggen");
    }

    private void openTask(CaseDriver aCase, String task, String heading) {
        open("/camunda/app/tasklist/default/#/?task=" + aCase.task(task).getId());
        chromium.waiting().until(page -> browser.findElements(By.cssSelector(".fjs-container h3")).stream()
                .anyMatch(shown -> shown.getText().equals(heading)));
    }

    private void typeDateAndComplete(String date) {
        WebElement input = field("Field_brpInschrijfdatum");
        input.clear();
        input.sendKeys(date);
        browser.findElement(By.xpath("//button[normalize-space()='Voltooien']")).click();
    }

    /** A form-js field by its id in the .form file (form-js prefixes it per rendered form). */
    private WebElement field(String id) {
        return chromium.waiting().until(page -> browser.findElements(By.cssSelector("[id$='-" + id + "']")).stream()
                .findFirst().orElse(null));
    }
}
