package nl.inburgeringsregie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.support.IntegrationTest;

/** Tasklist speaks Dutch: our config selects the Dutch locale, which translates every label Camunda has. */
@IntegrationTest
class TasklistInDutchTest {

    private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/tasklist/";

    @Autowired
    TestRestTemplate rest;

    @Test
    void tasklistIsConfiguredForDutch() {
        var config = rest.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class);

        assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(config.getBody()).contains("fallbackLocale: 'nl'").contains("availableLocales: ['nl']");
    }

    @Test
    void theDutchLocaleIsServedAndTranslatesEveryEnglishLabel() throws IOException {
        var served = rest.getForEntity("/camunda/app/tasklist/locales/nl.json", String.class);
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode dutch = new ObjectMapper().readTree(served.getBody());
        JsonNode english = read(WEBJAR + "locales/en.json");

        assertThat(keys(dutch.path("labels"))).isEqualTo(keys(english.path("labels")));
        assertThat(keys(dutch.path("dateLocales"))).isEqualTo(keys(english.path("dateLocales")));
        assertThat(dutch.path("labels").path("COMPLETE").asText()).isEqualTo("Voltooien");
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = TasklistInDutchTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
            return new ObjectMapper().readTree(text);
        }
    }

    private static TreeSet<String> keys(JsonNode node) {
        var keys = new TreeSet<String>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            keys.add(names.next());
        }
        return keys;
    }
}
