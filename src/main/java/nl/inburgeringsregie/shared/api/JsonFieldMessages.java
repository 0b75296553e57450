package nl.inburgeringsregie.shared.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

import nl.inburgeringsregie.shared.validation.StrictJson;

/** The Dutch message for a JSON value Jackson could not take for its field, naming what the field expects. */
final class JsonFieldMessages {

    static final String NUL = "Bevat een NUL-teken (U+0000); dat is niet toegestaan";
    private static final int SHOWN = 60;

    private JsonFieldMessages() {
    }

    static String of(JsonMappingException e, JsonNode value) {
        if (e instanceof PropertyBindingException) {
            return "Onbekend veld";
        }
        String shown = value == null || !value.isValueNode() || value.isNull() ? "Ongeldige waarde"
                : "Ongeldige waarde " + shown(value);
        return shown + expectation(e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null);
    }

    static String expectation(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            var names = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
            return "; kies uit " + String.join(", ", names);
        }
        if (type == LocalDate.class) {
            return "; verwacht een datum als jjjj-mm-dd, als tekst tussen aanhalingstekens";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "; verwacht true of false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "; verwacht tekst tussen aanhalingstekens";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "; verwacht een geheel getal";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "; verwacht een getal";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "; verwacht een lijst";
        }
        return "; verwacht een object met velden";
    }

    private static String shown(JsonNode value) {
        String text = value.isTextual() ? "'" + StrictJson.visible(value.textValue()) + "'" : value.toString();
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 3) + "...";
    }
}
