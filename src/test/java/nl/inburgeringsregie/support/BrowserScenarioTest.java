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
        // typed again until both fields hold what was typed: on a loaded machine Angular may still move the focus
        // while the keys arrive ("consulentdemo" in the user name field, failed in CI)
        chromium.waiting().until(page -> {
            var username = browser.findElement(By.cssSelector("input[ng-model=username]"));
            var password = browser.findElement(By.cssSelector("input[ng-model=password]"));
            username.clear();
            username.sendKeys(user);
            password.clear();
            password.sendKeys("demo");
            return user.equals(username.getDomProperty("value")) && "demo".equals(password.getDomProperty("value"));
        });
        browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        try {
            // a loaded database (PostgreSQL at the end of the suite) may take longer than a page's usual wait
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(45))
                    .until(page -> browser.findElements(By.cssSelector("form[name=signinForm]")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            chromium.screenshot("camunda-login-" + app + "-" + user + ".png");
            throw new AssertionError("Still on Camunda's login page of " + app + " as " + user + ": "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Logs in on /regie's own login page, as a person does; the page after it is the role's start page. */
    protected void logInToRegie(String user, String password) {
        open("/regie/");
        org.assertj.core.api.Assertions.assertThat(browser.getCurrentUrl()).as("the login page first")
                .endsWith("/regie/inloggen");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("inloggen")).click();
    }

    /** Waits until a /regie page has loaded its data, and asserts it shows no error. */
    protected void waitUntilLoaded() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(page -> (Boolean)
                browser.executeScript("return document.readyState === 'complete' && (document.body.dataset.geladen === 'ja'"
                        + " || document.querySelector('.melding.fout') !== null);"));
        org.assertj.core.api.Assertions.assertThat(browser.findElements(By.cssSelector(".melding.fout")))
                .as("no error on the page").isEmpty();
    }

    /** Opens a page of the application, e.g. {@code /regie/}. */
    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
