package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import nl.inburgeringsregie.support.Logins;

/**
 * The simulated DUO refuses as DUO's files say: 403 with an array of Foutmelding where the operation's file has that
 * body (MAP-PVT-Zroute PUT; PIP CHANGELOG 1.2.0: "Foutmeldingen worden nu teruggeven als een HTTP403"), 403 without a body where it has
 * none (the reading operations), and 404 without a body (no file gives 404 a body). Each answer is checked against the
 * file here too.
 */
class SimulatedDuoRefusalTest extends SimulatedDuoScenarioTest {

    /** An OIN no gemeente has (db/demo V1003 gives 0000000100000000 + four digits). */
    private static final String UNKNOWN_BRON = "00000009000000000001";

    @Autowired
    DuoSpecifications specifications;

    @Test
    void anUnknownBronIsRefusedWithAnArrayWhereTheFileHasOne() {
        String path = "/personen/" + bsn + "/map";

        var answer = Logins.as(rest, "m2m").exchange("/duo-simulator/v1" + path, HttpMethod.PUT,
                new HttpEntity<>("{\"datumEindgesprekMap\":\"" + TODAY.minusDays(1) + "\"}", headers(UNKNOWN_BRON)),
                String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getBody()).startsWith("[").contains("Bron is geen bekende gemeente.");
        assertThat(specifications.checkResponse(DuoApiName.MAP_PVT_ZROUTE, "PUT", path, 403,
                apiVersion(DuoApiName.MAP_PVT_ZROUTE), answer.getBody())).isEmpty();
    }

    @Test
    void anUnknownBronIsRefusedWithoutABodyWhereTheFileHasNone() {
        String path = "/personen/" + bsn + "/pvt";

        var answer = Logins.as(rest, "m2m").exchange("/duo-simulator/v1" + path, HttpMethod.GET,
                new HttpEntity<>(headers(UNKNOWN_BRON)), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getBody()).isNull();
        assertThat(specifications.checkResponse(DuoApiName.MAP_PVT_ZROUTE, "GET", path, 403,
                apiVersion(DuoApiName.MAP_PVT_ZROUTE), answer.getBody())).isEmpty();
    }

    @Test
    void whatDuoDoesNotKnowIs404WithoutABody() {
        String path = "/personen/" + bsn + "/pvt";

        var answer = Logins.as(rest, "m2m").exchange("/duo-simulator/v1" + path, HttpMethod.GET,
                new HttpEntity<>(headers(knownBron())), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody()).isNull();
        assertThat(specifications.checkResponse(DuoApiName.MAP_PVT_ZROUTE, "GET", path, 404,
                apiVersion(DuoApiName.MAP_PVT_ZROUTE), answer.getBody())).isEmpty();
    }

    private String knownBron() {
        return jdbc.sql("SELECT oin FROM gemeente WHERE oin IS NOT NULL ORDER BY code").query(String.class).list().get(0);
    }

    private Map<String, String> apiVersion(DuoApiName api) {
        return Map.of("API-Version", specifications.version(api));
    }

    private static HttpHeaders headers(String bron) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("bron", bron);
        headers.set("doel", "00000001999999999000");
        headers.set("berichtId", java.util.UUID.randomUUID().toString());
        return headers;
    }
}
