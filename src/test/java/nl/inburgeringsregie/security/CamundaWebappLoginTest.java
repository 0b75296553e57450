package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.inburgeringsregie.support.ScenarioTest;

/**
 * One login for a consulent's day (issue 19, point 1): who logged in on /regie is logged in to Camunda's webapps in
 * the same session (the case page's "Formulier openen" opens Tasklist's form, not a login page); without that login
 * the webapps know nobody; logging out of a webapp ends the /regie login too, so it cannot log the user straight back
 * in. A person as a browser does it: cookies, the login form with its CSRF token, Camunda's XSRF header.
 */
class CamundaWebappLoginTest extends ScenarioTest {

    private static final String CAMUNDA_USER = "/camunda/api/admin/auth/user/default";

    @LocalServerPort
    int port;

    @Test
    void aRegieLoginIsALoginToTheWebappsAndAWebappLogoutEndsBoth() throws Exception {
        var browser = new Browser(port);
        assertThat(browser.get(CAMUNDA_USER).statusCode()).as("nobody logged in yet").isNotEqualTo(200);

        browser.logInToRegie("consulent");
        var camundaUser = browser.get(CAMUNDA_USER);
        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"consulent\"").contains("tasklist")
                .as("a consulent is not given Cockpit").doesNotContain("cockpit");
        assertThat(browser.get("/camunda/api/engine/engine/default/task/count").body())
                .as("the engine REST of the webapps answers as her").matches("\\{\"count\":\\d+}");

        var logout = browser.post(CAMUNDA_USER + "/logout", browser.cookie("XSRF-TOKEN"));
        assertThat(logout.statusCode()).isBetween(200, 299);

        assertThat(browser.get(CAMUNDA_USER).statusCode()).as("logged out of the webapps").isNotEqualTo(200);
        assertThat(browser.get("/api/regie/keuzes").statusCode()).as("and out of /regie").isEqualTo(401);
    }

    @Test
    void aCoordinatorGetsTheWebappsHerAuthorizationsAllow() throws Exception {
        var browser = new Browser(port);
        browser.logInToRegie("coordinator");
        assertThat(browser.get(CAMUNDA_USER).body()).contains("\"userId\":\"coordinator\"").contains("tasklist", "cockpit");
    }

    /** A cookie-keeping client, as a browser. */
    private static final class Browser {

        private final int port;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client;

        Browser(int port) {
            this.port = port;
            this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        void logInToRegie(String user) throws Exception {
            String page = client.send(HttpRequest.newBuilder(uri("/regie/inloggen")).header("Accept", "text/html").GET()
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(token.find()).as("the login form carries its CSRF token").isTrue();
            String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            var answer = client.send(HttpRequest.newBuilder(uri("/regie/inloggen"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("fout");
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String xsrf) throws Exception {
            var request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody());
            if (xsrf != null) {
                request.header("X-XSRF-TOKEN", xsrf);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                    .map(cookie -> cookie.getValue()).findFirst().orElse(null);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
