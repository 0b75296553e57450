package nl.inburgeringsregie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.support.BrowserScenarioTest;

/**
 * Issue 19, point 3: after logging in, Cockpit's and Admin's dashboard and navigation are in Dutch, and no label of
 * Camunda's en.json is on the page. The browser asks for English on purpose: our config.js offers Dutch only, so
 * every browser gets Dutch.
 */
class CamundaWebappsInDutchBrowserTest extends BrowserScenarioTest {

    CamundaWebappsInDutchBrowserTest() {
        super("en-US");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "cockpit, analist, Lopende procesinstanties, Processen",
        "admin, admin, Gebruikers, Autorisaties"})
    void theDashboardSpeaksDutch(String app, String user, String dashboardLabel, String navigationLabel)
            throws IOException {
        logInToCamunda(app, user);
        chromium.waiting().until(page -> browser.findElement(By.tagName("body")).getText().contains(dashboardLabel));

        String page = browser.findElement(By.tagName("body")).getText();
        chromium.screenshot(app + "-in-het-nederlands.png");
        assertThat(page).contains(dashboardLabel);
        assertThat(browser.findElement(By.cssSelector(".sections-menu")).getText()).contains(navigationLabel);
        assertThat(englishLabelsOn(app, page)).isEmpty();
    }

    /**
     * Tasklist as a consulent with a task open (list, task header, form, the tabs): no label of Tasklist's en.json is on
     * the page. Also a form-js validation text ("Field is required.") stays out: the required date left empty.
     */
    @org.junit.jupiter.api.Test
    void tasklistWithATaskOpenSpeaksDutch() throws IOException {
        var aCase = nl.inburgeringsregie.support.CaseDriver.register(engine, aanmeldingen,
                nl.inburgeringsregie.support.Aanmeldingen.of(nl.inburgeringsregie.support.TestBsn.next(),
                        nl.inburgeringsregie.zaak.Doelgroep.GEZINSMIGRANT));
        String task = aCase.task(nl.inburgeringsregie.zaak.process.InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN)
                .getId();
        engine.getTaskService().setAssignee(task, "consulent");
        logInToCamunda("tasklist", "consulent");
        open("/camunda/app/tasklist/default/#/?task=" + task);
        chromium.waiting().until(page -> browser.findElements(By.cssSelector(".fjs-container h3")).stream()
                .anyMatch(heading -> heading.getText().equals("BRP-inschrijving vastleggen")));
        browser.findElement(By.xpath("//button[normalize-space()='Voltooien']")).click();
        chromium.waiting().until(page -> browser.findElement(By.tagName("body")).getText().contains("verplicht"));

        String page = browser.findElement(By.tagName("body")).getText();
        chromium.screenshot("tasklist-in-het-nederlands.png");
        assertThat(page).contains("Mijn taken", "Formulier", "Geschiedenis").doesNotContain("Field is required");
        assertThat(englishLabelsOn("tasklist", page)).isEmpty();
    }

    /** Labels of Camunda's en.json (of two words or more, so no word Dutch shares with English, and none of the few kept in Dutch) found on the page. */
    private static List<String> englishLabelsOn(String app, String page) throws IOException {
        JsonNode english = camundasEnglish(app).path("labels");
        List<String> shown = new ArrayList<>();
        for (Iterator<String> names = english.fieldNames(); names.hasNext();) {
            String label = english.path(names.next()).asText().strip();
            if (label.contains(" ") && !CamundaWebappsInDutchTest.SAME_IN_DUTCH.contains(label) && !label.contains("{{") && !label.contains("<") && page.contains(label)) {
                shown.add(label);
            }
        }
        return shown;
    }

    private static JsonNode camundasEnglish(String app) throws IOException {
        String resource = "META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json";
        try (InputStream in = CamundaWebappsInDutchBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return new ObjectMapper().readTree(text);
        }
    }
}
