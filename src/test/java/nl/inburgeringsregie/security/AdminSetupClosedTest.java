package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import nl.inburgeringsregie.support.IntegrationTest;

/**
 * Issue 16, point 1: Camunda Admin's setup page, which creates an administrator for whoever calls it while no
 * user exists, is closed by the application itself in every profile — not only by Camunda's check that users
 * exist. (Production on an empty database: see {@code ProdProfileTest}.)
 */
@IntegrationTest
class AdminSetupClosedTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;

    /** Issue 16, point 11: the webapps' session cookie is HttpOnly and SameSite=Lax, each attribute once. */
    @Test
    void aWebappLoginGetsOneSessionCookieWithItsAttributesOnce() {
        var headers = xsrf();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        var login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>("username=consulent&password=demo", headers), String.class);

        assertThat(login.getStatusCode().value()).isEqualTo(200);
        assertThat(login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement().satisfies(cookie -> {
                    assertThat(cookie).contains("HttpOnly");
                    assertThat(cookie.split("SameSite=Lax", -1)).hasSize(2);
                });
    }

    @Test
    void anAnonymousCallWithTheXsrfCookieCreatesNoAdministrator() {
        var headers = xsrf();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String user = """
                {"profile": {"id": "indringer", "firstName": "In", "lastName": "Dringer", "email": "i@example.org"},
                 "credentials": {"password": "indringer123"}}""";

        var answer = rest.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
                new HttpEntity<>(user, headers), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getBody()).contains("De eerste beheerder wordt via de configuratie aangemaakt");
        assertThat(identityService.createUserQuery().userId("indringer").count()).isZero();
    }

    /** The cookies and XSRF header a webapp page gives its next request. */
    private HttpHeaders xsrf() {
        var adminPage = rest.getForEntity("/camunda/app/admin/default/", String.class);
        var headers = new HttpHeaders();
        adminPage.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(cookie -> {
            String nameAndValue = cookie.split(";", 2)[0];
            headers.add(HttpHeaders.COOKIE, nameAndValue);
            if (nameAndValue.startsWith("XSRF-TOKEN=")) {
                headers.add("X-XSRF-TOKEN", nameAndValue.substring("XSRF-TOKEN=".length()));
            }
        });
        return headers;
    }
}
