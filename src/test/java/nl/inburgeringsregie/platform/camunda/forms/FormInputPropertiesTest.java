package nl.inburgeringsregie.platform.camunda.forms;

import static nl.inburgeringsregie.support.PropertyChecks.datesBetween;
import static nl.inburgeringsregie.support.PropertyChecks.qt;
import static nl.inburgeringsregie.support.PropertyChecks.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: the server's check of a task form's submission ({@link FormInput}, {@link ValueRules}) over
 * generated input, sent as Tasklist sends it (Camunda's REST shape, read by the same plain {@code ObjectMapper} as
 * {@code security.CheckedFormSubmissions}): what the form's rules allow is accepted, every broken rule gets a Dutch
 * message at its field, and nothing is thrown — whatever number, text or date arrives.
 */
class FormInputPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A form like uren-registreren: hours (whole, 0–300), an amount (two decimals, 0–5000), a text, a date. */
    private static final FormInput FORM = FormInput.of(read("""
            {"components": [
              {"type": "number", "key": "uren", "label": "Uren", "decimalDigits": 0,
               "validate": {"required": true, "min": 0, "max": 300}},
              {"type": "number", "key": "bedrag", "label": "Bedrag", "decimalDigits": 2,
               "validate": {"min": 0, "max": 5000}},
              {"type": "textfield", "key": "naam", "label": "Naam", "validate": {"maxLength": 100}},
              {"type": "textfield", "key": "datum", "label": "Datum", "properties": {"invoer": "datum"}},
              {"type": "dynamiclist", "path": "maanden", "label": "Maanden", "components": [
                {"type": "number", "key": "uren", "label": "Uren", "decimalDigits": 0, "validate": {"min": 0, "max": 300}}]}
            ]}"""));

    @Test
    void wholeHoursWithinTheFormsBoundsAreAccepted() {
        qt().forAll(integers().between(0, 300)).checkAssert(hours -> {
            assertThat(problems("{\"uren\": {\"value\": " + hours + ", \"type\": \"Integer\"}}")).isEmpty();
            assertThat(problems("{\"uren\": {\"value\": " + hours + ".0, \"type\": \"Double\"}}")).isEmpty();
        });
    }

    @Test
    void hoursOutsideTheBoundsOrWithAFractionAreRefusedAtTheirField() {
        // -1000.000 to 1000.000, three decimals
        qt().forAll(integers().between(-1_000_000, 1_000_000).map(thousandths -> BigDecimal.valueOf(thousandths, 3)))
                .checkAssert(hours -> {
                    boolean allowed = hours.signum() >= 0 && hours.compareTo(BigDecimal.valueOf(300)) <= 0
                            && hours.stripTrailingZeros().scale() <= 0;
                    Map<String, String> problems = problems("{\"uren\": {\"value\": " + hours.toPlainString()
                            + ", \"type\": \"Double\"}}");
                    if (allowed) {
                        assertThat(problems).isEmpty();
                    } else {
                        assertThat(problems).containsOnlyKeys("uren");
                        assertThat(problems.get("uren")).startsWith("'Uren'").containsAnyOf("minstens", "hoogstens", "heel getal");
                    }
                });
    }

    @Test
    void amountsWithAtMostTwoDecimalsWithinTheBoundsAreAccepted() {
        // 0.00 to 5000.00
        qt().forAll(integers().between(0, 500_000).map(cents -> BigDecimal.valueOf(cents, 2))).checkAssert(amount ->
                assertThat(problems("{\"uren\": {\"value\": 1}, \"bedrag\": {\"value\": " + amount.toPlainString() + "}}"))
                        .isEmpty());
    }

    /** Any JSON number a client can write, however large or small: an answer per field, never an exception. */
    @Test
    void anyNumberIsAcceptedOrRefusedNeverThrown() {
        qt().forAll(jsonNumbers(), numberTypes()).checkAssert((number, type) -> {
            Map<String, String> problems = problems("{\"uren\": {\"value\": " + number + type + "}, \"bedrag\": {\"value\": "
                    + number + type + "}, \"maanden\": {\"value\": \"[{\\\"uren\\\": " + number + "}]\", \"type\": \"Json\"}}");
            assertThat(problems.keySet()).isSubsetOf("uren", "bedrag", "maanden[0].uren");
            problems.values().forEach(message -> assertThat(message).startsWith("'").doesNotContain("Exception"));
        });
    }

    @Test
    void aDateTypedTheDutchWayIsAcceptedAndAnImpossibleOneRefused() {
        qt().forAll(dates(), integers().between(29, 32)).checkAssert((date, day) -> {
            assertThat(problems("{\"uren\": {\"value\": 1}, \"datum\": {\"value\": \"" + DutchDate.format(date) + "\"}}"))
                    .isEmpty();
            String typed = String.format("%02d-%02d-%04d", day, date.getMonthValue(), date.getYear());
            boolean exists = day <= date.lengthOfMonth();
            Map<String, String> problems = problems("{\"uren\": {\"value\": 1}, \"datum\": {\"value\": \"" + typed + "\"}}");
            if (exists) {
                assertThat(problems).isEmpty();
            } else {
                assertThat(problems).containsOnlyKeys("datum");
                assertThat(problems.get("datum")).isEqualTo("'Datum': De datum '" + typed + "' bestaat niet");
            }
        });
    }

    @Test
    void anyTextInATextOrDateFieldIsAcceptedOrRefusedAtItsField() {
        qt().forAll(AdversarialText.anything()).checkAssert(text -> {
            ObjectNode variables = JSON.createObjectNode();
            variables.putObject("uren").put("value", 1);
            variables.putObject("naam").put("value", text).put("type", "String");
            variables.putObject("datum").put("value", text);
            Map<String, String> problems = FORM.check(variables, Map.of(), null);
            assertThat(problems.keySet()).isSubsetOf("naam", "datum");
            if (text.length() > 100) {
                assertThat(problems.get("naam")).contains("hoogstens 100 tekens");
            }
        });
    }

    /** The counterexample the property shrank to before the fix: 1e400 threw a NumberFormatException (a 500). */
    @Test
    void aNumberTooLargeForADoubleIsRefusedAtItsField() {
        assertThat(problems("{\"uren\": {\"value\": 1e400}}")).containsExactly(Map.entry("uren", "'Uren' moet een getal zijn"));
    }

    private static Map<String, String> problems(String variables) {
        return FORM.check(read(variables), Map.of(), null);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static Gen<String> jsonNumbers() {
        Gen<String> digits = textOf("0123456789", 1, 30).map(d -> d.replaceFirst("^0+(?=.)", ""));
        Gen<String> exponent = integers().between(-2000, 2000).map(e -> "e" + e);
        return Generate.oneOf(
                digits,
                digits.map(d -> "-" + d),
                digits.zip(digits, (d, f) -> d + "." + f),
                digits.zip(exponent, (d, e) -> d + e),
                digits.zip(exponent, (d, e) -> "-" + d + ".5" + e),
                Generate.pick(List.of("1e400", "-1e400", "1e-400", "1.7976931348623157e309", "9223372036854775808",
                        "-9223372036854775809", "4.9e-325", "0.0", "-0")));
    }

    private static Gen<String> numberTypes() {
        return Generate.pick(List.of("", ", \"type\": \"Double\"", ", \"type\": \"Integer\"", ", \"type\": \"Long\"",
                ", \"type\": \"Short\"", ", \"type\": \"double\""));
    }

    private static Gen<LocalDate> dates() {
        return datesBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31));
    }
}
