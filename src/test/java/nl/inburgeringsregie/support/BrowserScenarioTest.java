package nl.inburgeringsregie.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A scenario test with a headless Chromium ({@link Browser}) in the user interface language the test class gives,
 * started before each test and closed after it.
 */
public abstract class BrowserScenarioTest extends ScenarioTest {

    private final String language;

    @LocalServerPort
    protected int port;

    protected Browser chromium;
    protected ChromeDriver browser;

    /** @param language the browser's user interface language, e.g. nl-NL or en-US */
    protected BrowserScenarioTest(String language) {
        this.language = language;
    }

    @BeforeEach
    void startBrowser() {
        chromium = Browser.start(language);
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Logs in to a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin}) as a demo user (password demo). */
    protected void logInToCamunda(String app, String user) {
        open("/camunda/app/" + app + "/");
        chromium.waiting().until(page -> !browser.findElements(By.cssSelector("input[ng-model=username]")).isEmpty());
        browser.findElement(By.cssSelector("input[ng-model=username]")).sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        chromium.waiting().until(page -> browser.findElements(By.cssSelector("form[name=signinForm]")).isEmpty());
    }

    /** Opens a page of the application, e.g. {@code /regie/}. */
    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
