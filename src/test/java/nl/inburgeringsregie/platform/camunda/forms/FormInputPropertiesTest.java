package nl.inburgeringsregie.platform.camunda.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Example;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.time.api.Dates;

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

    @Property
    void wholeHoursWithinTheFormsBoundsAreAccepted(@ForAll @IntRange(min = 0, max = 300) int hours) {
        assertThat(problems("{\"uren\": {\"value\": " + hours + ", \"type\": \"Integer\"}}")).isEmpty();
        assertThat(problems("{\"uren\": {\"value\": " + hours + ".0, \"type\": \"Double\"}}")).isEmpty();
    }

    @Property
    void hoursOutsideTheBoundsOrWithAFractionAreRefusedAtTheirField(
            @ForAll @BigRange(min = "-1000", max = "1000") @Scale(3) BigDecimal hours) {
        boolean allowed = hours.signum() >= 0 && hours.compareTo(BigDecimal.valueOf(300)) <= 0
                && hours.stripTrailingZeros().scale() <= 0;
        Map<String, String> problems = problems("{\"uren\": {\"value\": " + hours.toPlainString() + ", \"type\": \"Double\"}}");
        if (allowed) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys("uren");
            assertThat(problems.get("uren")).startsWith("'Uren'").containsAnyOf("minstens", "hoogstens", "heel getal");
        }
    }

    @Property
    void amountsWithAtMostTwoDecimalsWithinTheBoundsAreAccepted(
            @ForAll @BigRange(min = "0", max = "5000") @Scale(2) BigDecimal amount) {
        assertThat(problems("{\"uren\": {\"value\": 1}, \"bedrag\": {\"value\": " + amount.toPlainString() + "}}")).isEmpty();
    }

    /** Any JSON number a client can write, however large or small: an answer per field, never an exception. */
    @Property
    void anyNumberIsAcceptedOrRefusedNeverThrown(@ForAll("jsonNumbers") String number,
            @ForAll("numberTypes") String type) {
        Map<String, String> problems = problems("{\"uren\": {\"value\": " + number + type + "}, \"bedrag\": {\"value\": "
                + number + type + "}, \"maanden\": {\"value\": \"[{\\\"uren\\\": " + number + "}]\", \"type\": \"Json\"}}");
        assertThat(problems.keySet()).isSubsetOf("uren", "bedrag", "maanden[0].uren");
        problems.values().forEach(message -> assertThat(message).startsWith("'").doesNotContain("Exception"));
    }

    @Property
    void aDateTypedTheDutchWayIsAcceptedAndAnImpossibleOneRefused(@ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 29, max = 32) int day) {
        assertThat(problems("{\"uren\": {\"value\": 1}, \"datum\": {\"value\": \"" + DutchDate.format(date) + "\"}}")).isEmpty();
        String typed = String.format("%02d-%02d-%04d", day, date.getMonthValue(), date.getYear());
        boolean exists = day <= date.lengthOfMonth();
        Map<String, String> problems = problems("{\"uren\": {\"value\": 1}, \"datum\": {\"value\": \"" + typed + "\"}}");
        if (exists) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys("datum");
            assertThat(problems.get("datum")).isEqualTo("'Datum': De datum '" + typed + "' bestaat niet");
        }
    }

    @Property
    void anyTextInATextOrDateFieldIsAcceptedOrRefusedAtItsField(@ForAll("anyText") String text) {
        ObjectNode variables = JSON.createObjectNode();
        variables.putObject("uren").put("value", 1);
        variables.putObject("naam").put("value", text).put("type", "String");
        variables.putObject("datum").put("value", text);
        Map<String, String> problems = FORM.check(variables, Map.of(), null);
        assertThat(problems.keySet()).isSubsetOf("naam", "datum");
        if (text.length() > 100) {
            assertThat(problems.get("naam")).contains("hoogstens 100 tekens");
        }
    }

    /** The counterexample the property shrank to before the fix: 1e400 threw a NumberFormatException (a 500). */
    @Example
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

    @Provide
    Arbitrary<String> jsonNumbers() {
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(30)
                .map(d -> d.replaceFirst("^0+(?=.)", ""));
        Arbitrary<String> exponent = Arbitraries.integers().between(-2000, 2000).map(e -> "e" + e);
        return Arbitraries.oneOf(
                digits,
                digits.map(d -> "-" + d),
                digits.flatMap(d -> digits.map(f -> d + "." + f)),
                digits.flatMap(d -> exponent.map(e -> d + e)),
                digits.flatMap(d -> exponent.map(e -> "-" + d + ".5" + e)),
                Arbitraries.of("1e400", "-1e400", "1e-400", "1.7976931348623157e309", "9223372036854775808",
                        "-9223372036854775809", "4.9e-325", "0.0", "-0"));
    }

    @Provide
    Arbitrary<String> numberTypes() {
        return Arbitraries.of("", ", \"type\": \"Double\"", ", \"type\": \"Integer\"", ", \"type\": \"Long\"",
                ", \"type\": \"Short\"", ", \"type\": \"double\"");
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31));
    }

    @Provide
    Arbitrary<String> anyText() {
        return AdversarialText.anything();
    }
}
