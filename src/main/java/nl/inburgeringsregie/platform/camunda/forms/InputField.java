package nl.inburgeringsregie.platform.camunda.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * One field of a Camunda Form (form-js 1.8.7, schemaVersion 16) as the browser treats it — shown only, readonly or
 * hidden by its condition, required, of a type (text, number, checkbox, one or more options), a group or dynamic
 * list with a {@code path} holding the fields inside it as form-js writes them (an object, a list of objects) —
 * checked again on the server; the rules of its text or number are {@link ValueRules}, so a bad date is reported
 * with the other fields in one answer.
 */
final class InputField {

    enum Kind { TEXT, TEXTAREA, NUMBER, CHECKBOX, CHOICE, CHOICES, GROUP, LIST }

    private static final ObjectMapper JSON = new ObjectMapper();

    final String key;
    final String label;
    final Kind kind;
    /** Shown only (disabled, or computed by an expression field): form-js never sends it. */
    final boolean shownOnly;
    /** {@code true} or a FEEL expression: sent by form-js with the value it received, which may not change. */
    final String readonly;
    final String hide;
    final boolean required;
    /** Option value → label; null when the options come from data (valuesKey, valuesExpression). */
    final Map<JsonNode, String> options;
    final ValueRules rules;
    final List<InputField> fields;

    private InputField(JsonNode component, String key, Kind kind, List<InputField> fields) {
        String type = component.path("type").asText("");
        this.key = key;
        this.label = component.path("label").asText("").isBlank() ? key : component.path("label").asText().strip();
        this.kind = kind;
        this.shownOnly = component.path("disabled").asBoolean(false) || "expression".equals(type);
        JsonNode readonlyNode = component.path("readonly");
        this.readonly = readonlyNode.isTextual() ? readonlyNode.asText() : readonlyNode.asBoolean(false) ? "true" : null;
        String condition = component.path("conditional").path("hide").asText("");
        this.hide = condition.isBlank() ? null : condition;
        this.required = component.path("validate").path("required").asBoolean(false);
        this.options = component.has("values") ? options(component.get("values")) : null;
        this.rules = new ValueRules(component, key, kind == Kind.TEXTAREA);
        this.fields = fields;
    }

    /** The fields of one level of components, those of groups without a path taken up in it. */
    static List<InputField> fieldsOf(JsonNode components) {
        List<InputField> fields = new ArrayList<>();
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String path = component.path("path").asText("");
            if (FormFields.INPUT_TYPES.contains(type) || "expression".equals(type)) {
                fields.add(new InputField(component, component.path("key").asText(), kind(type), List.of()));
            } else if (("group".equals(type) || "dynamiclist".equals(type)) && !path.isBlank()) {
                fields.add(container(component, type, path));
            } else {
                fields.addAll(fieldsOf(component.path("components")));
            }
        }
        return fields;
    }

    /** A group or dynamic list writing its fields under its path; a path a.b is an object a holding b. */
    private static InputField container(JsonNode component, String type, String path) {
        String[] segments = path.split("\\.");
        var field = new InputField(component, segments[segments.length - 1],
                "dynamiclist".equals(type) ? Kind.LIST : Kind.GROUP, fieldsOf(component.path("components")));
        for (int i = segments.length - 2; i >= 0; i--) {
            field = new InputField(component, segments[i], Kind.GROUP, List.of(field));
        }
        return field;
    }

    private static Kind kind(String type) {
        return switch (type) {
            case "textarea" -> Kind.TEXTAREA;
            case "number" -> Kind.NUMBER;
            case "checkbox" -> Kind.CHECKBOX;
            case "radio", "select" -> Kind.CHOICE;
            case "checklist", "taglist" -> Kind.CHOICES;
            default -> Kind.TEXT;
        };
    }

    private static Map<JsonNode, String> options(JsonNode values) {
        Map<JsonNode, String> options = new LinkedHashMap<>();
        values.forEach(option -> options.put(option.path("value"), option.path("label").asText(option.path("value").asText())));
        return options;
    }

    /** How the field is named in a message: its label, and where it stands when inside a group or list. */
    String name(String within) {
        return "'" + label + "'" + (within == null ? "" : " (" + within + ")");
    }

    /**
     * Checks a value (null when not sent) as the browser would, adding one Dutch message for this field when it
     * breaks a rule.
     */
    void check(JsonNode value, FormConditions conditions, String within, String path, Map<String, String> problems) {
        String name = name(within);
        boolean sent = value != null && !value.isMissingNode();
        if (shownOnly || readonly != null && !Boolean.FALSE.equals(isReadonly(conditions))) {
            if (sent && !(readonly != null && unchanged(value, conditions.current(key)))) {
                problems.putIfAbsent(path, name + " wordt alleen getoond en kan hier niet worden gewijzigd");
            }
            return;
        }
        boolean empty = !sent || value.isNull() || value.isTextual() && value.asText().isEmpty()
                || value.isArray() && value.isEmpty();
        boolean unchecked = kind == Kind.CHECKBOX && value != null && value.isBoolean() && !value.asBoolean();
        if ((empty || unchecked) && required && Boolean.FALSE.equals(hidden(conditions))) {
            problems.putIfAbsent(path, requiredMessage(name));
        }
        if (empty && kind == Kind.GROUP && Boolean.FALSE.equals(hidden(conditions))) {
            // form-js sends a group's object with all its fields: one left out is an empty one
            checkAll(fields, JSON.createObjectNode(), conditions, name, path + ".", problems);
        }
        if (!empty && Boolean.TRUE.equals(hidden(conditions))) {
            // form-js leaves a hidden field out of what it sends (re-probe of issue 16: a value was stored anyway)
            problems.putIfAbsent(path, name + " wordt bij deze keuzes niet getoond en kan dus niet worden ingevuld");
            return;
        }
        if (!empty) {
            String problem = problem(value, conditions, name, path, problems);
            if (problem != null) {
                problems.putIfAbsent(path, problem);
            }
        }
    }

    private Boolean isReadonly(FormConditions conditions) {
        return "true".equals(readonly) ? Boolean.TRUE : conditions.evaluate(readonly);
    }

    /** Hidden by its condition: TRUE, FALSE, or null when the condition cannot be evaluated (not required then). */
    private Boolean hidden(FormConditions conditions) {
        return hide == null ? Boolean.FALSE : conditions.evaluate(hide);
    }

    private String problem(JsonNode value, FormConditions conditions, String name, String path,
            Map<String, String> problems) {
        return switch (kind) {
            case TEXT, TEXTAREA -> value.isTextual() ? rules.textProblem(value.asText(), name) : typeMessage(name);
            case NUMBER -> value.isNumber() && isFinite(value) ? rules.numberProblem(value.decimalValue(), name)
                    : typeMessage(name);
            case CHECKBOX -> value.isBoolean() ? null : typeMessage(name);
            case CHOICE -> options != null ? (options.containsKey(value) ? null : typeMessage(name))
                    : value.isTextual() ? rules.textProblem(value.asText(), name) : typeMessage(name);
            case CHOICES -> !value.isArray() ? typeMessage(name) : choicesProblem(value, name);
            case GROUP -> {
                if (!value.isObject()) {
                    yield typeMessage(name);
                }
                checkAll(fields, value, conditions, name, path + ".", problems);
                yield null;
            }
            case LIST -> {
                if (!value.isArray()) {
                    yield typeMessage(name);
                }
                for (int row = 0; row < value.size(); row++) {
                    String rowPath = path + "[" + row + "]";
                    if (value.get(row).isObject()) {
                        checkAll(fields, value.get(row), conditions, name + ", regel " + (row + 1), rowPath + ".",
                                problems);
                    } else {
                        problems.putIfAbsent(rowPath, name + ", regel " + (row + 1) + " moet een groep velden zijn");
                    }
                }
                yield null;
            }
        };
    }

    /**
     * Whether a JSON number is one: 1e400 is read as a double that is infinite, which no field's rules can compare and
     * Camunda cannot store (it threw a NumberFormatException, a 500; found by FormInputPropertiesTest, issue 24,
     * point 3).
     */
    static boolean isFinite(JsonNode number) {
        return !number.isFloatingPointNumber() || number.isBigDecimal() || Double.isFinite(number.doubleValue());
    }

    /** The fields of a group against the object form-js wrote for it; a key it does not know is refused. */
    static void checkAll(List<InputField> fields, JsonNode object, FormConditions conditions, String within,
            String pathPrefix, Map<String, String> problems) {
        var known = new java.util.HashSet<String>();
        for (InputField field : fields) {
            known.add(field.key);
            field.check(object.get(field.key), conditions, within, pathPrefix + field.key, problems);
        }
        object.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                problems.putIfAbsent(pathPrefix + key, unknownKey(key, within));
            }
        });
    }

    static String unknownKey(String key, String within) {
        boolean plain = key.matches("[A-Za-z0-9_]{1,60}");
        return "Het formulier" + (within == null ? " van deze taak" : " bij " + within) + " heeft geen veld "
                + (plain ? "'" + key + "'" : "met deze naam");
    }

    private String choicesProblem(JsonNode values, String name) {
        for (JsonNode value : values) {
            if (options == null ? !value.isTextual() || rules.textProblem(value.asText(), name) != null
                    : !options.containsKey(value)) {
                return typeMessage(name);
            }
        }
        return null;
    }

    /** The message for a value of the wrong kind: what the field takes. */
    String typeMessage(String name) {
        return switch (kind) {
            case TEXT, TEXTAREA -> rules.isDate()
                    ? "Typ de datum als tekst dd-mm-jjjj bij " + name + ", bijvoorbeeld 05-11-2026"
                    : name + " moet tekst zijn";
            case NUMBER -> name + " moet een getal zijn";
            case CHECKBOX -> name + " is een vinkje: aangevinkt (true) of niet (false)";
            case CHOICE, CHOICES -> options == null ? name + " moet tekst zijn"
                    : "Kies bij " + name + " uit: " + String.join(", ", options.values());
            case GROUP -> name + " moet een groep velden zijn (type Json)";
            case LIST -> name + " moet een lijst van groepen velden zijn (type Json)";
        };
    }

    private String requiredMessage(String name) {
        return switch (kind) {
            case CHECKBOX -> "Vink " + name + " aan";
            case CHOICE, CHOICES -> "Kies bij " + name + " een mogelijkheid";
            default -> "Vul " + name + " in";
        };
    }

    /** A readonly field sent back unchanged: what the task had, or nothing when it had nothing. */
    private static boolean unchanged(JsonNode sent, Object before) {
        boolean sentNothing = sent.isNull() || sent.isTextual() && sent.asText().isEmpty()
                || sent.isBoolean() && !sent.asBoolean() || sent.isArray() && sent.isEmpty();
        if (before == null || "".equals(before) || Boolean.FALSE.equals(before)) {
            return sentNothing;
        }
        if (sent.isNumber() && before instanceof Number number) {
            return sent.decimalValue().compareTo(new BigDecimal(number.toString())) == 0;
        }
        return JSON.valueToTree(before).equals(sent);
    }
}
