package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.inburgeringsregie.support.Browser;
import nl.inburgeringsregie.support.OidcIntegrationTest;
import nl.inburgeringsregie.support.TestIdentityProvider;

/**
 * Single sign-on for people (issue 21, point 1: "Browser tests log in through the embedded OIDC provider as consulent,
 * coordinator and analist and reach exactly their screens in /regie, Tasklist and Cockpit"): one login at the
 * provider's own login form, then /regie and Camunda's webapps without a second login, each role exactly its screens
 * (as with a password, see CamundaWebappLoginTest and AccessTest); a user without a mapped group sees the Dutch
 * "Geen toegang" page; a user whose groups changed at the provider has the new rights at the next login; logging out
 * ends the session here and at the provider.
 */
@OidcIntegrationTest
class OidcLoginBrowserTest {

    private static final String CAMUNDA_USER = "/camunda/api/admin/auth/user/" + OidcIntegrationTest.ENGINE;

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    private Browser chromium;
    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        TestIdentityProvider.allowLogoutTo(base());
        chromium = Browser.start("nl-NL");
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aConsulentReachesMijnZakenAndTasklistNotTheDashboardOrCockpit() {
        logIn("/regie/", "ssoconsulent");
        waitFor(() -> browser.getCurrentUrl().endsWith("/regie/mijn-zaken"));
        waitUntilLoaded();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Mijn zaken");

        assertThat(camundaUser()).contains("\"userId\":\"ssoconsulent\"").contains("tasklist").doesNotContain("cockpit");
        open("/camunda/app/tasklist/" + OidcIntegrationTest.ENGINE + "/");
        waitFor(() -> text().contains("Mijn taken"));
        assertThat(browser.findElements(By.cssSelector("form[name=signinForm]"))).as("no second login").isEmpty();

        open("/regie/index.html");
        assertThat(text()).contains("Geen toegang");
        open("/camunda/app/cockpit/" + OidcIntegrationTest.ENGINE + "/");
        waitFor(() -> "complete".equals(browser.executeScript("return document.readyState")));
        assertThat(text()).as("Camunda refuses Cockpit to her").doesNotContain("Lopende procesinstanties");
        assertThat(text()).as("in Dutch, not Spring's English error page").contains("Geen toegang")
                .doesNotContain("Whitelabel");

        var person = identityService.createUserQuery().userId("ssoconsulent").singleResult();
        assertThat(person.getFirstName() + " " + person.getLastName()).as("the name from the token")
                .isEqualTo("Sanne Oosterhuis");
        assertThat(person.getEmail()).isEqualTo("sanne@gemeente.example");
    }

    @Test
    void aCoordinatorReachesTheDashboardTasklistAndCockpit() {
        logIn("/regie/", "ssocoordinator");
        waitFor(() -> browser.getCurrentUrl().matches(".*/regie/(\\?continue)?"));
        waitUntilLoaded();
        assertThat(camundaUser()).contains("\"userId\":\"ssocoordinator\"").contains("tasklist", "cockpit");
        open("/camunda/app/cockpit/" + OidcIntegrationTest.ENGINE + "/");
        waitFor(() -> text().contains("Lopende procesinstanties"));
        open("/camunda/app/tasklist/" + OidcIntegrationTest.ENGINE + "/");
        waitFor(() -> text().contains("Mijn taken"));
    }

    @Test
    void anAnalistReachesCockpitNotRegieOrTasklist() {
        logIn("/camunda/app/cockpit/" + OidcIntegrationTest.ENGINE + "/", "ssoanalist");
        waitFor(() -> text().contains("Lopende procesinstanties"));
        assertThat(browser.findElements(By.cssSelector("form[name=signinForm]"))).as("no second login").isEmpty();
        assertThat(camundaUser()).contains("\"userId\":\"ssoanalist\"").contains("cockpit").doesNotContain("tasklist");
        open("/regie/");
        assertThat(text()).contains("Geen toegang");
        assertThat(identityService.createTenantQuery().userMember("ssoanalist").list()).extracting(Tenant::getId)
                .containsExactlyInAnyOrder("GM0405", "GM0388");
    }

    @Test
    void aUserWithoutAMappedGroupSeesGeenToegang() {
        logIn("/regie/", "ssoniemand");
        waitFor(() -> text().contains("Geen toegang"));
        assertThat(browser.findElement(By.id("uitleg")).getText()).contains("hoort bij geen groep");
        chromium.screenshot("oidc-geen-toegang.png");
        assertThat(identityService.createUserQuery().userId("ssoniemand").count()).as("not copied to Camunda").isZero();
        open(CAMUNDA_USER);
        assertThat(text()).doesNotContain("ssoniemand");
    }

    @Test
    void aUserWhoseGroupsChangedHasTheNewRightsAtTheNextLoginAndLogoutEndsTheSessionEverywhere() {
        TestIdentityProvider.setGroups("ssowisselaar", "/regie/consulenten", "/gemeenten/hoorn");
        logIn("/regie/", "ssowisselaar");
        waitFor(() -> browser.getCurrentUrl().endsWith("/regie/mijn-zaken"));
        waitUntilLoaded();
        assertThat(camundaUser()).contains("tasklist").doesNotContain("cockpit");

        open("/regie/mijn-zaken");
        waitUntilLoaded();
        browser.findElement(By.cssSelector("#uitloggen button")).click();
        waitFor(() -> browser.getCurrentUrl().contains("/regie/inloggen?uitgelogd"));
        assertThat(text()).contains("U bent uitgelogd");
        assertThat(browser.findElements(By.id("password"))).as("no password asked here").isEmpty();
        assertThat(browser.findElement(By.id("inloggen")).getText()).isEqualTo("Inloggen via uw organisatie");
        open("/regie/");
        waitFor(() -> browser.getCurrentUrl().startsWith(System.getProperty("testidp.issuer") + "/login"));
        assertThat(browser.findElements(By.id("password"))).as("the provider asks for the password again").isNotEmpty();

        TestIdentityProvider.setGroups("ssowisselaar", "/regie/analisten", "/gemeenten/enkhuizen");
        signInAtProvider("ssowisselaar");
        waitFor(() -> text().contains("Geen toegang"));
        assertThat(camundaUser()).contains("cockpit").doesNotContain("tasklist");
        assertThat(identityService.createGroupQuery().groupMember("ssowisselaar").list()).extracting(Group::getId)
                .containsExactly("analisten");
        assertThat(identityService.createTenantQuery().userMember("ssowisselaar").list()).extracting(Tenant::getId)
                .containsExactly("GM0388");
    }

    @Test
    void loggingOutOfAWebappEndsTheSessionHereAndAtTheProvider() {
        logIn("/camunda/app/cockpit/" + OidcIntegrationTest.ENGINE + "/", "ssocoordinator");
        waitFor(() -> text().contains("Lopende procesinstanties"));
        browser.findElement(By.cssSelector("li.account .dropdown-toggle")).click();
        waitFor(() -> browser.findElement(By.cssSelector("li.logout a")).isDisplayed());
        browser.findElement(By.cssSelector("li.logout a")).click();

        waitFor(() -> browser.getCurrentUrl().contains("/regie/inloggen?uitgelogd"));
        assertThat(text()).contains("U bent uitgelogd");
        open("/camunda/app/tasklist/" + OidcIntegrationTest.ENGINE + "/");
        waitFor(() -> browser.getCurrentUrl().startsWith(System.getProperty("testidp.issuer") + "/login"));
        assertThat(browser.findElements(By.id("password"))).as("the provider asks for the password again").isNotEmpty();
    }

    /** Opens a page of the application, is sent to the provider's login form, and logs in there. */
    private void logIn(String path, String user) {
        open(path);
        signInAtProvider(user);
    }

    private void signInAtProvider(String user) {
        waitFor(() -> browser.getCurrentUrl().startsWith(System.getProperty("testidp.issuer") + "/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(() -> browser.getCurrentUrl().startsWith(base()));
    }

    /** What Camunda's webapps know of the session's user: id and the webapps they may open. */
    private String camundaUser() {
        open(CAMUNDA_USER);
        return text();
    }

    private void waitUntilLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> (Boolean) browser.executeScript(
                "return document.readyState === 'complete' && (document.body.dataset.geladen === 'ja'"
                        + " || document.querySelector('.melding.fout') !== null);"));
        assertThat(browser.findElements(By.cssSelector(".melding.fout"))).as("no error on the page").isEmpty();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            chromium.screenshot("oidc-wacht.png");
            throw new AssertionError("Waited in vain at " + browser.getCurrentUrl() + ": " + text(), e);
        }
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void open(String path) {
        browser.get(base() + path);
    }

    /** The application at 127.0.0.1, the provider at localhost: two hosts, two sets of cookies. */
    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
