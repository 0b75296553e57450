package nl.inburgeringsregie.platform.camunda.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.BrowserScenarioTest;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;

/**
 * The forms issue 18 changed, as a consulent sees them in Camunda Tasklist (headless Chromium, Dutch browser):
 * DUO's exam number in the leerbaarheidstoets planning (point 8), the Wi2013 PIP without a Wi2021 leerroute
 * (point 4) and the date of the first contact with work in the progress talk (point 11d).
 */
class LawFormsBrowserTest extends BrowserScenarioTest {

    LawFormsBrowserTest() {
        super("nl-NL");
    }

    /**
     * DUO's Leerbaarheidstoets API ({@code GET /personen/{bsn}/lbt/examennummer}, "ten behoeve van het inplannen van
     * de leerbaarheidstoets"): the planning form shows the number DUO gave, read-only.
     */
    @Test
    void theLeerbaarheidstoetsPlanningShowsTheExamNumberDuoGaveReadOnly() {
        driver = handedOver(Doelgroep.ASIELMIGRANT);
        driver.holdBredeIntake(CaseDriver.Intake.B1_HAALBAAR);
        String task = BredeIntakeEnPipProcess.TASK_TOETS_PLANNEN;
        String examNumber = (String) engine.getTaskService().getVariable(driver.task(task).getId(),
                "leerbaarheidstoetsExamennummer");
        assertThat(examNumber).as("DUO's simulator gave a number at registration").isNotBlank();

        openAsConsulent(task, "Leerbaarheidstoets plannen");

        WebElement number = field("Field_toon_leerbaarheidstoetsExamennummer");
        assertThat(number.getDomProperty("value")).isEqualTo(examNumber);
        assertThat(number.getDomProperty("disabled")).as("read-only").isEqualTo("true");
        assertThat(label(number)).isEqualTo("Examennummer DUO");
        chromium.screenshot("tasklist-leerbaarheidstoets-examennummer.png");
    }

    /**
     * DOMAIN.md: "Wi2013 cases (ondertussengroep, asielmigrant coupled before 2022) have no Wi2021 leerroute, term or
     * bestuurlijke boete": their PIP form explains that and asks for no leerroute and shows no route advice.
     */
    @Test
    void aWi2013PipFormAsksForNoLeerrouteAndSaysWhy() {
        driver = handedOver(Doelgroep.ASIELMIGRANT_OVERGANG);
        driver.holdBredeIntake(CaseDriver.Intake.B1_HAALBAAR);
        driver.runAsyncSteps();

        openAsConsulent(BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN, "PIP opstellen");

        assertThat(text()).contains("Deze zaak valt onder de Wet inburgering 2013")
                .doesNotContain("Wijkt u af van het advies voor de leerroute");
        assertThat(absent("Field_leerroute")).as("no leerroute to choose").isTrue();
        assertThat(absent("Field_toon_adviesLeerrouteNaam")).as("no route advice").isTrue();
        chromium.screenshot("tasklist-pip-wi2013.png");
    }

    /** KPI "in contact with work during year 1" [001]: the date of the contact is asked only when there was contact. */
    @Test
    void theProgressTalkAsksTheDateOfContactWithWorkOnlyWhenThereWasContact() {
        driver = handedOver(Doelgroep.ASIELMIGRANT);
        driver.completeBredeIntakeEnPip("B1_ROUTE");

        openAsConsulent(InburgerenProcess.TASK_VOORTGANGSGESPREK_VOEREN, "Voortgangsgesprek voeren");
        assertThat(absent("Field_werkContactDatum")).as("before the answer").isTrue();

        WebElement yes = field("Field_werkContact-0");
        assertThat(label(yes)).as("the first option").isEqualTo("Ja");
        yes.click();
        WebElement date = field("Field_werkContactDatum");
        assertThat(date.isDisplayed()).isTrue();
        assertThat(label(date)).isEqualTo("Wanneer was het (eerste) contact met werk sinds het vorige gesprek?");
        chromium.screenshot("tasklist-voortgangsgesprek-werkcontact.png");
    }

    private CaseDriver handedOver(Doelgroep doelgroep) {
        var aCase = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), doelgroep));
        aCase.completeWarmeOverdracht(LocalDate.now(CaseDriver.NL).minusDays(3), false);
        aCase.runAsyncSteps();
        return aCase;
    }

    private void openAsConsulent(String task, String heading) {
        engine.getTaskService().setAssignee(driver.task(task).getId(), "consulent");
        logInToCamunda("tasklist", "consulent");
        open("/camunda/app/tasklist/default/#/?task=" + driver.task(task).getId());
        chromium.waiting().until(page -> browser.findElements(By.cssSelector(".fjs-container h3")).stream()
                .anyMatch(shown -> shown.getText().equals(heading)));
    }

    private String text() {
        return browser.findElement(By.cssSelector(".fjs-container")).getText();
    }

    private boolean absent(String id) {
        return browser.findElements(By.cssSelector("[id$='-" + id + "']")).isEmpty();
    }

    /** A form-js field by its id in the .form file (form-js prefixes it per rendered form). */
    private WebElement field(String id) {
        return chromium.waiting().until(page -> browser.findElements(By.cssSelector("[id$='-" + id + "']")).stream()
                .findFirst().orElse(null));
    }

    private String label(WebElement field) {
        return browser.findElement(By.cssSelector("label[for='" + field.getDomAttribute("id") + "']")).getText().trim();
    }
}
