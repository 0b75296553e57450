package nl.inburgeringsregie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.support.IntegrationTest;

/**
 * Issue 19, point 3: Cockpit and Admin speak Dutch, as Tasklist does. Camunda's community translations have no Dutch
 * for these two webapps, so our own config.js selects our own locales/nl.json, which must translate every label of
 * Camunda's en.json: the same keys, the same {{placeholders}} and links, and no English text left.
 */
@IntegrationTest
class CamundaWebappsInDutchTest {

    /**
     * English labels that stay as they are in Dutch, and why:
     * product names (Camunda, Cockpit, Admin, Optimize); abbreviations, formats and symbols (ID, CSV, JSON, <, >=,
     * the plural suffix "s" Camunda glues to a word); Java/Camunda variable types a user types into forms exactly so
     * (String, Integer, Boolean, Long, Short, Double, <null>); words that are the same in Dutch (Account, Dashboard,
     * Element, Filter, Maximum, Minimum, Operator, Status, Type, weekend, OK); and Camunda's technical terms that
     * Dutch administrators and the Camunda-NL community use untranslated (batch, case, deployment, endpoint, heatmap,
     * job, resource, tenant, topic). Our Tasklist nl.json keeps the same words.
     */
    static final Set<String> SAME_IN_DUTCH = Set.of(
            "Camunda", "Cockpit", "Camunda Cockpit", "Admin", "Optimize",
            "ID", "ID*", "CSV", "JSON", "<", "<=", ">", ">=", "s",
            "String", "Integer", "Boolean", "Long", "Short", "Double", "<null>",
            "Account", "Dashboard", "Element", "Filter", "Filters", "Maximum:", "Minimum:", "Operator", "Status", "Type",
            "weekend", "OK", " OK",
            "Batch", "Batches", "batch", "Cases", "case", "Deployment", "Deployments", "Endpoint", "Heatmap:", "Job",
            "Jobs", "{{count}} jobs", "Resource", "Tenant", "Tenants", "Tenant: ID", "Incident : ID", "Topic");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern HTML_TAG = Pattern.compile("</?(a|strong|br|b|i|em|span|p|code)\\b[^>]*>");

    @Autowired
    TestRestTemplate rest;

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin"})
    void theWebappIsConfiguredForDutch(String app) {
        var config = rest.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);

        assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(config.getBody()).contains("fallbackLocale: 'nl'").contains("availableLocales: ['nl']");
    }

    @ParameterizedTest
    @CsvSource({
        "cockpit, DASHBOARD_PROCESS_DEFINITIONS, Procesdefinities",
        "cockpit, PLGN_HIST_CANCEL_PROCESS_INSTANCE, Procesinstantie annuleren",
        "admin, USERS_CREATE_NEW_USER, Nieuwe gebruiker aanmaken",
        "admin, AUTHORIZATION_AUTHORIZATIONS, Autorisaties"})
    void theDutchLocaleIsServedWithEveryKeyOfTheEnglishOne(String app, String key, String dutchLabel)
            throws IOException {
        JsonNode dutch = served(app);
        JsonNode english = camundasEnglish(app);

        assertThat(keys(dutch.path("labels"))).isEqualTo(keys(english.path("labels")));
        assertThat(keys(dutch.path("dateLocales"))).isEqualTo(keys(english.path("dateLocales")));
        assertThat(dutch.path("dateLocales").path("months").get(2).asText()).isEqualTo("maart");
        assertThat(dutch.path("labels").path(key).asText()).isEqualTo(dutchLabel);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin"})
    void everyDutchLabelKeepsThePlaceholdersAndLinksOfItsEnglishLabel(String app) throws IOException {
        JsonNode dutch = served(app).path("labels");
        JsonNode english = camundasEnglish(app).path("labels");

        List<String> lost = new ArrayList<>();
        for (Iterator<String> names = english.fieldNames(); names.hasNext();) {
            String key = names.next();
            String en = english.path(key).asText();
            String nl = dutch.path(key).asText();
            if (!all(PLACEHOLDER, nl).equals(all(PLACEHOLDER, en)) || !all(HTML_TAG, nl).equals(all(HTML_TAG, en))) {
                lost.add(key + ": " + en + " -> " + nl);
            }
        }
        assertThat(lost).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin"})
    void noEnglishLabelIsShownToADutchUser(String app) throws IOException {
        JsonNode dutch = served(app).path("labels");
        JsonNode english = camundasEnglish(app).path("labels");

        List<String> untranslated = new ArrayList<>();
        for (Iterator<String> names = english.fieldNames(); names.hasNext();) {
            String key = names.next();
            String en = english.path(key).asText();
            if (dutch.path(key).asText().equals(en) && !SAME_IN_DUTCH.contains(en)) {
                untranslated.add(key + ": " + en);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    private JsonNode served(String app) throws IOException {
        var served = rest.getForEntity("/camunda/app/" + app + "/locales/nl.json", String.class);
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new ObjectMapper().readTree(served.getBody());
    }

    private static JsonNode camundasEnglish(String app) throws IOException {
        String resource = "META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json";
        try (InputStream in = CamundaWebappsInDutchTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return new ObjectMapper().readTree(text);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }

    private static TreeSet<String> keys(JsonNode node) {
        var keys = new TreeSet<String>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            keys.add(names.next());
        }
        return keys;
    }
}
