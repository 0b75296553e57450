package nl.inburgeringsregie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import nl.inburgeringsregie.support.BrowserScenarioTest;

/**
 * Issue 19, point 3: Camunda's banner "Het is tijd om te migreren naar Camunda 8" is not shown to the gemeente's staff
 * in Tasklist, Cockpit or Admin (each webapp's user-styles.css hides it).
 */
class CamundaWebappsBannerBrowserTest extends BrowserScenarioTest {

    CamundaWebappsBannerBrowserTest() {
        super("nl-NL");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"tasklist, consulent", "cockpit, analist", "admin, admin"})
    void theCamunda8BannerIsNotShown(String app, String user) {
        logInToCamunda(app, user);
        chromium.waiting().until(page -> !browser.findElements(By.cssSelector(".ce-eol-banner")).isEmpty());

        var banner = browser.findElement(By.cssSelector(".ce-eol-banner"));
        assertThat(banner.isDisplayed()).as("Camunda's banner, in the page but hidden").isFalse();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
        chromium.screenshot(app + "-zonder-banner.png");
    }
}
