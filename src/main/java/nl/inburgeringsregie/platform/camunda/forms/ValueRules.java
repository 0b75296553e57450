package nl.inburgeringsregie.platform.camunda.forms;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.validation.AsciiDigits;
import nl.inburgeringsregie.shared.validation.PlainText;

/**
 * The rules one text or number a form field holds must meet, as the browser checks them — {@code minLength}/
 * {@code maxLength}, {@code pattern}, {@code min}/{@code max}, {@code decimalDigits} — plus what the browser cannot
 * check: characters a reader cannot see ({@link PlainText}; a text area may hold line breaks and tabs), text without
 * a maximum length, and a date field's text that is no date ({@link DutchDate}, issue 16, point 8).
 */
final class ValueRules {

    /**
     * The longest text a field takes when its form sets no maximum: as long as the forms' text areas, and well
     * within the 4000 characters of Camunda's text column for a variable.
     */
    static final int DEFAULT_MAX_LENGTH = 2000;

    private final String key;
    private final boolean multiline;
    private final Integer minLength;
    private final int maxLength;
    private final Pattern pattern;
    private final String patternHint;
    private final BigDecimal min;
    private final BigDecimal max;
    private final Integer decimalDigits;
    private final boolean date;

    ValueRules(JsonNode component, String key, boolean multiline) {
        JsonNode validate = component.path("validate");
        this.key = key;
        this.multiline = multiline;
        this.minLength = validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null;
        this.maxLength = validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : DEFAULT_MAX_LENGTH;
        String regex = validate.path("pattern").asText("");
        // form-js tests the pattern with JavaScript's RegExp.test: found anywhere unless the pattern anchors it
        this.pattern = regex.isEmpty() ? null : Pattern.compile(regex);
        this.patternHint = validate.path("patternErrorMessage").asText(component.path("description").asText(""));
        this.min = number(validate.path("min"));
        this.max = number(validate.path("max"));
        this.decimalDigits = component.hasNonNull("decimalDigits") ? component.get("decimalDigits").asInt() : null;
        this.date = FormFields.isReadAsDate(component);
    }

    /** A field whose text is a date (dd-mm-jjjj). */
    boolean isDate() {
        return date;
    }

    /** The Dutch message for text that breaks a rule, or null. */
    String textProblem(String text, String name) {
        int hidden = multiline ? PlainText.Check.firstHiddenInLines(text) : PlainText.Check.firstHidden(text);
        if (hidden >= 0) {
            return name + " bevat een onzichtbaar of onbekend teken (" + String.format("U+%04X", hidden) + "), "
                    + (multiline ? "alleen regelovergangen en tabs mogen" : "typ alleen gewone tekst");
        }
        if (minLength != null && text.length() < minLength) {
            return name + " moet minstens " + minLength + " tekens hebben";
        }
        if (text.length() > maxLength) {
            return name + " mag hoogstens " + maxLength + " tekens hebben (nu " + text.length() + ")";
        }
        if (pattern != null && !pattern.matcher(text).find()) {
            return name + " heeft niet de vorm die het formulier vraagt" + (patternHint.isBlank() ? "" : ": " + patternHint);
        }
        return date ? dateProblem(text, name) : null;
    }

    /** A date field's text read as {@link FormDates} will read it (dd-mm-jjjj, strictly). */
    private String dateProblem(String text, String name) {
        try {
            DutchDate.read(text, key);
            return null;
        } catch (InvalidInputException e) {
            return name + ": " + e.fieldErrors().get(key);
        }
    }

    /** The Dutch message for a number that breaks a rule, or null. */
    String numberProblem(BigDecimal number, String name) {
        if (min != null && number.compareTo(min) < 0) {
            return name + " moet minstens " + min.toPlainString() + " zijn";
        }
        if (max != null && number.compareTo(max) > 0) {
            return name + " mag hoogstens " + max.toPlainString() + " zijn";
        }
        if (decimalDigits != null && Math.max(number.stripTrailingZeros().scale(), 0) > decimalDigits) {
            return decimalDigits == 0 ? name + " moet een heel getal zijn"
                    : name + " mag hoogstens " + decimalDigits + " cijfers achter de komma hebben";
        }
        return null;
    }

    private static BigDecimal number(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return node.isTextual() && !node.asText().isBlank() ? AsciiDigits.decimal(node.asText().strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
