package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.support.Logins;
import nl.inburgeringsregie.support.OidcIntegrationTest;
import nl.inburgeringsregie.support.TestIdentityProvider;

/**
 * Single sign-on for programs (issue 21, point 1: "API tests for tokens (valid, expired, wrong audience, unmapped
 * groups)"): in oidc mode the application's API and Camunda's REST API take the identity provider's access token; its
 * signature, issuer, expiry and audience are checked, its groups mapped to roles as at a person's login. System
 * accounts keep their own tokens; people's passwords no longer open anything.
 */
@OidcIntegrationTest
class OidcTokenTest {

    private static final String COUNT = "/api/signalering/aantal";
    private static final String ENGINE_COUNT = "/engine-rest/engine/" + OidcIntegrationTest.ENGINE
            + "/process-definition/count";

    @Autowired
    TestRestTemplate rest;

    @Test
    void aValidTokenOfAMappedUserOpensWhatTheirRoleMayDo() {
        var consulent = get(COUNT, valid("ssoconsulent"));
        assertThat(consulent.getStatusCode().value()).isEqualTo(200);
        assertThat(consulent.getBody()).contains("\"eigenZaken\":true");

        assertThat(get("/api/modellen", valid("ssoanalist")).getStatusCode().value()).as("analist: models").isEqualTo(200);
        var consulentOnModels = get("/api/modellen", valid("ssoconsulent"));
        assertThat(consulentOnModels.getStatusCode().value()).as("the role still counts").isEqualTo(403);
        assertThat(consulentOnModels.getBody()).contains("Geen toegang");
    }

    @Test
    void anExpiredTokenIsRefusedInDutch() {
        var answer = get(COUNT, TestIdentityProvider.accessToken("ssoconsulent", TestIdentityProvider.AUDIENCE,
                Instant.now().minusSeconds(300)));
        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getBody()).contains("Niet aangemeld").contains("identity provider");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        var answer = get(COUNT, TestIdentityProvider.accessToken("ssoconsulent", "ander-systeem",
                Instant.now().plusSeconds(300)));
        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getBody()).contains("Niet aangemeld");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        assertThat(get(COUNT, TestIdentityProvider.accessTokenSignedByAnother("ssoconsulent")).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void aUserWithoutAMappedGroupHasNoAccess() {
        var answer = get(COUNT, valid("ssoniemand"));
        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getBody()).contains("Geen toegang");
    }

    @Test
    void passwordsNoLongerOpenTheApiButSystemAccountsKeepTheirTokens() {
        assertThat(rest.withBasicAuth("consulent", "demo").getForEntity(COUNT, String.class).getStatusCode().value())
                .as("a person's password").isEqualTo(401);
        var coa = Logins.as(rest, "coa").exchange("/api/aanmeldingen", HttpMethod.POST,
                new HttpEntity<>("{}", json()), String.class);
        assertThat(coa.getStatusCode().value()).as("COA's coupling is let in (and told what its message lacks)")
                .isEqualTo(400);
        assertThat(Logins.withToken(rest, "geen-token").getForEntity(COUNT, String.class).getStatusCode().value())
                .as("an unknown system token").isEqualTo(401);
    }

    @Test
    void camundasRestApiTakesTheTokenWithTheMappedGroups() {
        var analist = get(ENGINE_COUNT, valid("ssoanalist"));
        assertThat(analist.getStatusCode().value()).isEqualTo(200);
        assertThat(analist.getBody()).matches("\\{\"count\":[1-9]\\d*}");
        assertThat(get(ENGINE_COUNT, null).getStatusCode().value()).isEqualTo(401);
        assertThat(get("/engine-rest/engine", null).getStatusCode().value()).isEqualTo(401);
        assertThat(get(ENGINE_COUNT, TestIdentityProvider.accessToken("ssoanalist",
                TestIdentityProvider.AUDIENCE, Instant.now().minusSeconds(60))).getStatusCode().value())
                .as("expired").isEqualTo(401);
        assertThat(rest.withBasicAuth("analist", "demo").getForEntity(ENGINE_COUNT,
                String.class).getStatusCode().value()).as("a password").isEqualTo(401);
    }

    @Test
    void theRegieApiTakesTheTokenToo() {
        assertThat(get("/api/regie/keuzes", valid("ssocoordinator")).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/api/regie/keuzes", valid("ssoanalist")).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/regie/keuzes", TestIdentityProvider.accessToken("ssocoordinator", "ander-systeem",
                Instant.now().plusSeconds(300))).getStatusCode().value()).as("another audience").isEqualTo(401);
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/api/regie/keuzes", String.class)
                .getStatusCode().value()).as("a password").isEqualTo(401);
    }

    @Test
    void camundasOwnPasswordLoginIsClosed() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var answer = rest.exchange("/camunda/api/admin/auth/user/" + OidcIntegrationTest.ENGINE + "/login/cockpit", HttpMethod.POST,
                new HttpEntity<>("username=analist&password=demo", headers), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getBody()).contains("meld u aan via uw organisatie");
    }

    private static String valid(String user) {
        return TestIdentityProvider.accessToken(user, TestIdentityProvider.AUDIENCE, Instant.now().plusSeconds(300));
    }

    private ResponseEntity<String> get(String path, String token) {
        var headers = json();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static HttpHeaders json() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        return headers;
    }
}
