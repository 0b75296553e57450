package nl.inburgeringsregie.models.gate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.platform.camunda.forms.FormFields;

/**
 * The forms render in Tasklist 7.24, which ships form-js 1.8.7: schemaVersion at most 16 and only the
 * component types that version knows (no file picker). Every form has a unique id that some task uses,
 * and every input field a key that can be a process variable, once per form.
 */
final class FormRule implements ModelRule {

    /** The schemaVersion of form-js 1.8.7, the version in Tasklist 7.24. */
    static final int TASKLIST_SCHEMA_VERSION = 16;
    private static final Set<String> LAYOUT_TYPES = Set.of("default", "text", "html", "image", "button", "spacer",
            "separator", "group", "dynamiclist", "iframe", "table", "expression");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    static Set<String> formIds(ParsedModels models) {
        return models.forms.values().stream().map(form -> form.path("id").asText(""))
                .filter(id -> !id.isBlank()).collect(Collectors.toSet());
    }

    @Override
    public void check(ParsedModels models, Findings findings) {
        Map<String, String> fileById = new HashMap<>();
        Set<String> used = usedFormIds(models);
        models.forms.forEach((file, form) -> {
            String id = form.path("id").asText("");
            if (id.isBlank()) {
                findings.add(file, null, "Het formulier heeft geen id; geef het een id (Modeler: Form ID)");
            } else {
                String other = fileById.putIfAbsent(id, file);
                if (other != null) {
                    findings.add(file, null, "Het formulier-id '" + id + "' komt ook voor in " + other);
                }
                if (!used.contains(id)) {
                    findings.add(file, null, "Geen gebruikerstaak gebruikt het formulier '" + id
                            + "'; verwijder het of koppel het aan een taak");
                }
            }
            if (!form.path("schemaVersion").canConvertToInt()) {
                findings.add(file, null, "Het formulier heeft geen schemaVersion");
            } else if (form.path("schemaVersion").asInt() > TASKLIST_SCHEMA_VERSION) {
                findings.add(file, null, "schemaVersion " + form.path("schemaVersion").asInt()
                        + " is nieuwer dan Tasklist 7.24 toont (" + TASKLIST_SCHEMA_VERSION
                        + "); zet in Camunda Modeler het uitvoeringsplatform op Camunda 7.24");
            }
            checkComponents(file, form.path("components"), new HashSet<>(), new HashSet<>(), findings);
        });
    }

    /**
     * Checks the components of one level. A group or dynamic list with a {@code path} opens a scope of its own
     * (its fields become one object variable under that path), so a key may come back inside it.
     */
    private static void checkComponents(String file, JsonNode components, Set<String> keys, Set<String> ids,
            Findings findings) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String element = component.path("id").asText(component.path("key").asText(null));
            if (component.hasNonNull("id") && !ids.add(component.get("id").asText())) {
                findings.add(file, element, "De id '" + element + "' komt twee keer voor in dit formulier");
            }
            if (FormFields.INPUT_TYPES.contains(type) || "expression".equals(type)) {
                String key = component.path("key").asText("");
                if (!VARIABLE_NAME.matcher(key).matches()) {
                    findings.add(file, element, "Het veld '" + component.path("label").asText(type)
                            + "' heeft geen geldige key (letters, cijfers en _; wordt een procesvariabele)");
                } else if (!keys.add(key)) {
                    findings.add(file, element, "De key '" + key + "' komt twee keer voor in dit formulier");
                }
            } else if (!LAYOUT_TYPES.contains(type)) {
                findings.add(file, element, "Het onderdeel van type '" + type + "' kent Tasklist 7.24 niet "
                        + "(form-js 1.8.7); gebruik een ander veldtype");
            }
            String pattern = component.path("validate").path("pattern").asText("");
            if (!pattern.isEmpty() && !compiles(pattern)) {
                findings.add(file, element, "Het patroon '" + pattern + "' van het veld '"
                        + component.path("label").asText(type) + "' is geen geldige reguliere expressie; de server "
                        + "controleert het bij het versturen");
            } else if (!pattern.isEmpty() && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
                // form-js tests a pattern anywhere in the value: unanchored, "[A-Z]{3}" lets "<img …>ABC" through
                findings.add(file, element, "Het patroon '" + pattern + "' van het veld '"
                        + component.path("label").asText(type) + "' moet de hele waarde beschrijven: begin het met ^ "
                        + "en eindig het met $");
            }
            String path = component.path("path").asText("");
            if (!path.isBlank() && !keys.add(path)) {
                findings.add(file, element, "Het pad '" + path + "' is ook de key van een ander veld in dit formulier");
            }
            checkComponents(file, component.path("components"), path.isBlank() ? keys : new HashSet<>(), ids, findings);
        }
    }

    /** Whether the server can test a field's pattern as the browser does (engine.ValueRules). */
    private static boolean compiles(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    private static Set<String> usedFormIds(ParsedModels models) {
        Set<String> used = new HashSet<>();
        models.bpmn.values().forEach(model -> {
            model.getModelElementsByType(UserTask.class).forEach(task -> used.add(task.getCamundaFormRef()));
            model.getModelElementsByType(StartEvent.class).forEach(start -> used.add(start.getCamundaFormRef()));
        });
        return used;
    }
}
