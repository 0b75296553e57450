package nl.inburgeringsregie.support;

import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpHeaders;

/**
 * Calls as a demo user: people with their password ({@code demo}), system accounts with their token
 * (application-demo.yaml), as each logs in.
 */
public final class Logins {

    /** The demo tokens of the system accounts. */
    public static final Map<String, String> TOKENS = Map.of("coa", "demo-coa", "m2m", "demo-m2m", "duo", "demo-duo");

    private Logins() {
    }

    public static TestRestTemplate as(TestRestTemplate rest, String user) {
        String token = TOKENS.get(user);
        return token == null ? rest.withBasicAuth(user, "demo") : withToken(rest, token);
    }

    public static TestRestTemplate withToken(TestRestTemplate rest, String token) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(rest.getRootUri())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }
}
