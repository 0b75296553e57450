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

    @Test
    void anAnonymousCallWithTheXsrfCookieCreatesNoAdministrator() {
        var adminPage = rest.getForEntity("/camunda/app/admin/default/", String.class);
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        adminPage.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(cookie -> {
            String nameAndValue = cookie.split(";", 2)[0];
            headers.add(HttpHeaders.COOKIE, nameAndValue);
            if (nameAndValue.startsWith("XSRF-TOKEN=")) {
                headers.add("X-XSRF-TOKEN", nameAndValue.substring("XSRF-TOKEN=".length()));
            }
        });
        String user = """
                {"profile": {"id": "indringer", "firstName": "In", "lastName": "Dringer", "email": "i@example.org"},
                 "credentials": {"password": "indringer123"}}""";

        var answer = rest.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
                new HttpEntity<>(user, headers), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getBody()).contains("De eerste beheerder wordt via de configuratie aangemaakt");
        assertThat(identityService.createUserQuery().userId("indringer").count()).isZero();
    }
}
