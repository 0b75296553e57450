package nl.inburgeringsregie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages chromium and chromium-driver (which .ci/run installs; other paths
 * via CHROMIUM_BINARY and CHROMEDRIVER), in the browser language given, leaving screenshots in target/browser/.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "browser");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A browser whose user interface language is {@code language}, e.g. nl-NL or en-US. */
    public static Browser start(String language) {
        var options = new ChromeOptions();
        options.setBinary(executable("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1800",
                "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile()).build();
        return new Browser(new ChromeDriver(service, options));
    }

    /**
     * Sets the browser's own time zone to one whose date differs from Amsterdam's right now (Pago Pago before noon,
     * Kiritimati after), so a page that takes "today" from the browser instead of Dutch time shows the wrong day.
     */
    public void inTimeZoneOnAnotherDayThanAmsterdam() {
        int hour = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Amsterdam")).getHour();
        String zone = hour < 12 ? "Pacific/Pago_Pago" : "Pacific/Kiritimati";
        driver.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", zone));
        assertThat(java.time.LocalDate.now(java.time.ZoneId.of(zone)))
                .isNotEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Waits up to 30 s; an element the page drew again meanwhile (Tasklist redraws) is looked up again. A wait ends as
     * soon as its condition holds; the bound is for a loaded 2-core machine, where Tasklist took more than 15 s to
     * open a task's form (TasklistFormsBrowserTest failed so in a CI run beside another build).
     */
    public WebDriverWait waiting() {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
            assertThat(Files.size(SCREENSHOTS.resolve(name))).isPositive();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String executable(String variable, String fallback) {
        String path = System.getenv().getOrDefault(variable, fallback);
        assertThat(Path.of(path)).as("%s: install Debian's chromium and chromium-driver (.ci/run does)", path).isExecutable();
        return path;
    }
}
