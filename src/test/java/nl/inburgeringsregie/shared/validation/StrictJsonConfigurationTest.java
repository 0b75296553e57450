package nl.inburgeringsregie.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The application's ObjectMapper as Spring Boot builds it from application.yaml (spring.jackson.*) and
 * {@link StrictJsonConfiguration}: every value only as its own JSON type (issue 16 point 10). In particular
 * Jackson's JSR-310 LocalDate reader would take the integer 12345 as epoch day 2003-10-20 when lenient.
 */
@JsonTest
@Import(StrictJsonConfiguration.class)
class StrictJsonConfigurationTest {

    record Fields(String tekst, LocalDate datum, Boolean janee, Integer aantal, BigDecimal bedrag, Kleur kleur) {
    }

    enum Kleur { ROOD, GROEN }

    @Autowired
    ObjectMapper json;

    @Test
    void readsEachValueAsItsOwnType() throws Exception {
        var fields = json.readValue("""
                {"tekst":"999990019","datum":"1994-03-12","janee":true,"aantal":3,"bedrag":12.5,"kleur":"GROEN"}""",
                Fields.class);
        assertThat(fields).isEqualTo(new Fields("999990019", LocalDate.of(1994, 3, 12), true, 3, new BigDecimal("12.5"),
                Kleur.GROEN));
        assertThat(json.readValue("{\"bedrag\":12}", Fields.class).bedrag()).as("a whole number is a number")
                .isEqualByComparingTo("12");
    }

    @Test
    void refusesAnIntegerAsADate() {
        assertThatThrownBy(() -> json.readValue("{\"datum\":12345}", Fields.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("LocalDate");
        assertThatThrownBy(() -> json.readValue("{\"datum\":\"1994-03-12T10:00:00\"}", Fields.class))
                .as("nor a date with a time").isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void refusesScalarsOfAnotherType() {
        for (String body : new String[] {"{\"tekst\":999990019}", "{\"tekst\":1.5}", "{\"tekst\":true}",
                "{\"janee\":1}", "{\"janee\":\"true\"}", "{\"aantal\":\"3\"}", "{\"aantal\":1.5}",
                "{\"bedrag\":\"12.5\"}", "{\"kleur\":0}"}) {
            assertThatThrownBy(() -> json.readValue(body, Fields.class)).as(body)
                    .isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void refusesDuplicateKeysAndTrailingContent() {
        assertThatThrownBy(() -> json.readValue("{\"tekst\":\"a\",\"tekst\":\"b\"}", Fields.class))
                .hasMessageContaining("Duplicate field 'tekst'");
        assertThatThrownBy(() -> json.readTree("{\"tekst\":\"a\",\"tekst\":\"b\"}"))
                .as("also as a tree").hasMessageContaining("Duplicate field 'tekst'");
        assertThatThrownBy(() -> json.readValue("{\"tekst\":\"a\"} {}", Fields.class)).hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> json.readTree("{\"tekst\":\"a\"} {}")).hasMessageContaining("Trailing token");
    }

    @Test
    void strictJsonExplainsInDutch() {
        assertThat(reason("{\"bsn\":\"1\",\"bsn\":\"2\"}")).isEqualTo("het veld 'bsn' komt twee keer voor");
        assertThat(reason("{\"bsn\":\"1\"} []")).startsWith("na het JSON-document volgt nog tekst (regel 1");
        assertThat(reason("{\"bsn\": ")).startsWith("de opbouw klopt niet");
        assertThat(reason("{\"bsn\":\"1\u0000\"}")).isEqualTo("het bevat een NUL-teken (U+0000)");
        assertThat(reason(" ")).isEqualTo("het is leeg");
        JsonNode escaped = StrictJson.read(json, "{\"a\":[\"x\",{\"b\":\"1\\u0000\"}]}");
        assertThat(StrictJson.nulCharacters(escaped)).extracting(JsonPath::name).containsExactly("a[1].b");
    }

    private String reason(String text) {
        try {
            StrictJson.read(json, text);
            return "gelezen";
        } catch (StrictJson.UnreadableJsonException e) {
            return e.getMessage();
        }
    }
}
