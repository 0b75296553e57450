package nl.inburgeringsregie.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A /regie page's request from a test: with the session's CSRF token and cookie, as the browser sends it. */
public final class RegiePage {

    private RegiePage() {
    }

    /**
     * Sends {@code body} (JSON; a String as it is) with the CSRF token of GET /api/regie/keuzes in its header and that
     * answer's session cookie; without them when the user may not read the choices.
     */
    public static ResponseEntity<String> send(TestRestTemplate as, ObjectMapper json, HttpMethod method, String path,
            Object body) throws Exception {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var choices = as.getForEntity("/api/regie/keuzes", String.class);
        if (choices.getStatusCode().value() == 200) {
            JsonNode keuzes = json.readTree(choices.getBody());
            headers.add(keuzes.get("csrfHeader").asText(), keuzes.get("csrfToken").asText());
            String cookie = choices.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
            if (cookie != null) {
                headers.add(HttpHeaders.COOKIE, cookie.split(";")[0]);
            }
        }
        String text = body instanceof String given ? given : json.writeValueAsString(body);
        return as.exchange(path, method, new HttpEntity<>(text, headers), String.class);
    }
}
