package nl.inburgeringsregie.models.gate;

import java.util.Map;

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
    }
}
