package nl.inburgeringsregie.models.gate;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.platform.camunda.forms.FormFields;

/**
 * What a user or COA typed is shown as text, and dates are typed as dd-mm-jjjj (issue 16, points 4 and 8).
 * <ul>
 * <li>form-js renders a text view ({@code text}) and an HTML view ({@code html}) as Markdown/HTML after filling in
 * its {@code {{…}}} templates or FEEL expression, so a name holding {@code <a href=…>} became a link in Tasklist:
 * such views hold fixed text only; process data goes in a disabled field, which shows it as plain text and does not
 * send it back.</li>
 * <li>Tasklist's own date field ({@code datetime}) reads dates in the browser's format ({@code mm/dd/yyyy} on an
 * English workstation) and cannot be set to Dutch: a date is a text field marked as date field
 * ({@link FormFields#isDateField}), which the engine reads strictly.</li>
 * <li>The engine reads and stores a date field as a variable of its own ({@code engine.FormDates}): a date field inside
 * a group or dynamic list with a {@code path} becomes part of that group's object and would be stored unread, so it
 * stands outside such a group (a group without a path is fine).</li>
 * </ul>
 */
final class FormDisplayRule implements ModelRule {

    /** The view types form-js renders as HTML, with the property holding their content. */
    private static final Map<String, String> HTML_VIEWS = Map.of("text", "text", "html", "content");

    @Override
    public void check(ParsedModels models, Findings findings) {
        models.forms.forEach((file, form) -> FormFields.eachComponent(form.path("components"), component -> {
            String type = component.path("type").asText("");
            String element = component.path("id").asText(component.path("key").asText(null));
            String content = HTML_VIEWS.containsKey(type) ? component.path(HTML_VIEWS.get(type)).asText("") : "";
            if (content.contains("{{") || content.strip().startsWith("=")) {
                findings.add(file, element, "Dit tekstblok toont procesgegevens als opgemaakte tekst (HTML), zodat wat "
                        + "een gebruiker of COA typte een link of afbeelding kan worden; houd de tekst vast en toon "
                        + "gegevens in een uitgeschakeld veld (Modeler: Text field, Disabled)");
            }
            if ("datetime".equals(type)) {
                findings.add(file, element, "Het datumveld van Tasklist volgt de taal van de browser (mm/dd/jjjj bij "
                        + "Engels) en leest 05-11-2026 als 11 mei; gebruik een tekstveld met eigen eigenschap "
                        + FormFields.INPUT_PROPERTY + " = " + FormFields.DATE_INPUT + " (Modeler: Custom properties)");
            }
        }));
        models.forms.forEach((file, form) -> datesUnderAPath(file, form.path("components"), null, findings));
    }

    /** Date fields inside a group or list with a path ({@code within}: the nearest such path, null outside one). */
    private static void datesUnderAPath(String file, JsonNode components, String within, Findings findings) {
        for (JsonNode component : components) {
            if (within != null && FormFields.isDateField(component)) {
                findings.add(file, component.path("id").asText(component.path("key").asText(null)), "Het datumveld '"
                        + component.path("label").asText(component.path("key").asText()) + "' staat in de groep of lijst met pad '"
                        + within + "'; daar leest de server de datum niet: zet het datumveld buiten die groep of haal het "
                        + "pad van de groep weg (Modeler: Path)");
            }
            String path = component.path("path").asText("");
            datesUnderAPath(file, component.path("components"), path.isBlank() ? within : path, findings);
        }
    }
}
