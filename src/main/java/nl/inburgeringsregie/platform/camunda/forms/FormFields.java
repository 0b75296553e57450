package nl.inburgeringsregie.platform.camunda.forms;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a Camunda Form (form-js JSON) marks its fields, known in one place for the gate and the engine.
 * <p>
 * A date field is a text field with the custom property {@code invoer = datum} (Camunda Modeler: Custom
 * properties): Tasklist 7.24's own date field (form-js 1.8.7 {@code datetime}) takes its format from the
 * browser's language — {@code mm/dd/yyyy} on an English workstation, so 05-11-2026 became 11 May — and has no
 * setting to change that, so the forms ask for dd-mm-jjjj as text and the engine reads it strictly
 * ({@code nl.inburgeringsregie.shared.DutchDate}; issue 16, point 8, and /work/shared/CAMUNDA-NOTES.md).
 */
public final class FormFields {

    /** The custom property that marks a text field as a date field, and its value. */
    public static final String INPUT_PROPERTY = "invoer";
    public static final String DATE_INPUT = "datum";
    /** The component types of form-js 1.8.7 that take input under their {@code key}. */
    public static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "checkbox",
            "checklist", "radio", "select", "taglist");

    private FormFields() {
    }

    /** Whether the component is a date field the engine reads as dd-mm-jjjj. */
    public static boolean isDateField(JsonNode component) {
        return "textfield".equals(component.path("type").asText())
                && DATE_INPUT.equals(component.path("properties").path(INPUT_PROPERTY).asText());
    }

    /**
     * Whether the engine reads the component's value as a date: a date field, or Tasklist's own date field of older
     * model versions (it sends ISO dates, which are read as well).
     */
    public static boolean isReadAsDate(JsonNode component) {
        return isDateField(component) || "datetime".equals(component.path("type").asText())
                && "date".equals(component.path("subtype").asText());
    }

    /** The keys of the form's fields read as dates ({@link #isReadAsDate}). */
    public static Set<String> dateKeys(JsonNode form) {
        Set<String> keys = new LinkedHashSet<>();
        eachComponent(form.path("components"), component -> {
            if (isReadAsDate(component)) {
                keys.add(component.path("key").asText());
            }
        });
        return keys;
    }

    /** Every component of the form, those inside groups and lists too. */
    public static void eachComponent(JsonNode components, Consumer<JsonNode> action) {
        for (JsonNode component : components) {
            action.accept(component);
            eachComponent(component.path("components"), action);
        }
    }
}
