package nl.inburgeringsregie.platform.camunda.forms;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a task's form lets a user send, and the check of one submission against it: only the keys of the form's
 * input fields, each as the Camunda variable type Tasklist sends for it ({@code {"value": …}} with the JSON type
 * of the value, {@code "type": "Json"} for a list or group), and each by the rules of its field. Every broken rule
 * of every field is reported, one Dutch message per field.
 */
final class FormInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "short", "double");

    private final List<InputField> fields;

    private FormInput(List<InputField> fields) {
        this.fields = fields;
    }

    /** The input of a form; a task without a form takes no variables. */
    static FormInput of(JsonNode form) {
        return new FormInput(form == null ? List.of() : InputField.fieldsOf(form.path("components")));
    }

    /**
     * The problems of the variables of a submission (Camunda's REST shape: name → {value, type, valueInfo}), given
     * the task's current primitive variables; empty when it may be submitted.
     */
    Map<String, String> check(JsonNode variables, Map<String, Object> current, FeelEngine feel) {
        Map<String, String> unknown = new LinkedHashMap<>();
        Map<String, String> wrongType = new LinkedHashMap<>();
        ObjectNode values = JSON.createObjectNode();
        Map<String, Object> submitted = new LinkedHashMap<>();
        variables.fields().forEachRemaining(variable -> {
            InputField field = field(variable.getKey());
            JsonNode value = field == null ? null : fromRest(field, variable.getValue());
            if (field == null) {
                unknown.put(variable.getKey(), InputField.unknownKey(variable.getKey(), null));
            } else if (value.isMissingNode()) {
                wrongType.put(field.key, field.typeMessage(field.name(null)));
            } else {
                values.set(field.key, value);
                submitted.put(field.key, JSON.convertValue(value, Object.class));
            }
        });
        var conditions = new FormConditions(feel, current, submitted);
        Map<String, String> problems = new LinkedHashMap<>();
        for (InputField field : fields) {
            if (wrongType.containsKey(field.key)) {
                problems.put(field.key, wrongType.get(field.key));
            } else {
                field.check(values.get(field.key), conditions, null, field.key, problems);
            }
        }
        problems.putAll(unknown);
        return problems;
    }

    private InputField field(String key) {
        return fields.stream().filter(field -> field.key.equals(key)).findFirst().orElse(null);
    }

    /**
     * The value of a REST variable as form-js holds it, or a missing node when its Camunda type or JSON type is not
     * the field's. Camunda reads a type name with its first letter in either case ({@code String}, {@code string}).
     */
    private static JsonNode fromRest(InputField field, JsonNode variable) {
        if (!variable.isObject()) {
            return MissingNode.getInstance();
        }
        String typeName = variable.path("type").asText("");
        String type = typeName.isEmpty() ? null : Character.toLowerCase(typeName.charAt(0)) + typeName.substring(1);
        JsonNode value = variable.path("value").isMissingNode() ? NullNode.getInstance() : variable.get("value");
        if ("null".equals(type) || type == null && value.isNull()) {
            return NullNode.getInstance();
        }
        boolean fits = switch (field.kind) {
            case TEXT, TEXTAREA, CHOICE -> (type == null || "string".equals(type)) && (value.isTextual() || value.isNull());
            case NUMBER -> value.isNull() || value.isNumber() && InputField.isFinite(value) && numberFits(type, value);
            case CHECKBOX -> (type == null || "boolean".equals(type)) && (value.isBoolean() || value.isNull());
            case CHOICES, GROUP, LIST -> "json".equals(type) && (value.isTextual() || value.isNull());
        };
        if (!fits) {
            return MissingNode.getInstance();
        }
        if (value.isTextual() && "json".equals(type)) {
            try {
                return JSON.readTree(value.asText());
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }
        return value;
    }

    /** A number as the Camunda type stores it: a whole number within its range, or any number as Double. */
    private static boolean numberFits(String type, JsonNode value) {
        if (type == null) {
            return !value.isIntegralNumber() || value.canConvertToLong();
        }
        if (!NUMBER_TYPES.contains(type)) {
            return false;
        }
        return switch (type) {
            case "integer" -> value.isIntegralNumber() && value.canConvertToInt();
            case "short" -> value.isIntegralNumber() && value.canConvertToInt()
                    && Math.abs(value.asInt()) <= Short.MAX_VALUE;
            case "long" -> value.isIntegralNumber() && value.canConvertToLong();
            default -> true;
        };
    }
}
