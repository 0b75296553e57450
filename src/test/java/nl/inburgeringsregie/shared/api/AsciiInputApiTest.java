package nl.inburgeringsregie.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.support.IntegrationTest;

/**
 * Issue 16 point 3: numbers and BSNs in the application's API take the ASCII digits 0–9 only. Spring reads
 * a path or query number with Long.valueOf, which takes fullwidth "１" for 1.
 */
@IntegrationTest
class AsciiInputApiTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void pathAndQueryNumbersInOtherDigitsAreRefusedWith400() {
        var path = rest.withBasicAuth("analist", "demo").getForEntity("/api/modellen/migraties/\uFF11", JsonNode.class);
        assertThat(path.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(path.getBody().path("velden").path("id").asText()).startsWith("Ongeldige waarde").contains("getal");

        var query = rest.withBasicAuth("analist", "demo").getForEntity("/api/modellen/migraties/1?pagina=\uFF12",
                JsonNode.class);
        assertThat(query.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(query.getBody().path("velden").has("pagina")).isTrue();

        var ascii = rest.withBasicAuth("analist", "demo").getForEntity("/api/modellen/migraties/999999999?pagina=0",
                JsonNode.class);
        assertThat(ascii.getStatusCode()).as("ASCII digits are read").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theDuoSimulatorTakesOnlyABsnThatPassesTheElevenTestInAsciiDigits() {
        for (String bsn : new String[] {"\uFF19601092\uFF186", "123456789"}) {
            var answer = rest.withBasicAuth("analist", "demo").postForEntity("/duo-simulator/beheer/notificaties",
                    Map.of("gemeente", "GM0405", "bsn", bsn, "gebeurtenisId", "SS101"), JsonNode.class);
            assertThat(answer.getStatusCode()).as(bsn).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().path("velden").path("bsn").asText()).startsWith("Geen geldig BSN");
        }
    }
}
