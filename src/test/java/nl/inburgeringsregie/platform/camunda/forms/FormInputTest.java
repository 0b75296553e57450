package nl.inburgeringsregie.platform.camunda.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules of form-js 1.8.7 fields checked on the server, on forms as the Modeler writes them: numbers with their
 * limits and decimals, a checklist as Tasklist sends it (type Json), fields inside a group with a path and a dynamic
 * list, conditions in FEEL, a pattern found anywhere as JavaScript's RegExp.test finds it.
 */
class FormInputTest {

    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
    private final ObjectMapper json = new ObjectMapper();

    private static final String FORM = """
            {"components": [
              {"type": "number", "key": "bedrag", "label": "Bedrag", "decimalDigits": 0,
               "validate": {"required": true, "min": 1, "max": 250}},
              {"type": "number", "key": "uren", "label": "Uren", "decimalDigits": 1},
              {"type": "checklist", "key": "aanwezig", "label": "Aanwezig",
               "values": [{"label": "COA", "value": "COA"}, {"label": "Consulent", "value": "consulent"}]},
              {"type": "radio", "key": "besluit", "label": "Besluit", "validate": {"required": true},
               "values": [{"label": "Ja", "value": "ja"}, {"label": "Nee", "value": "nee"}]},
              {"type": "textarea", "key": "reden", "label": "Reden", "validate": {"required": true},
               "conditional": {"hide": "=besluit != \\"nee\\""}},
              {"type": "textfield", "key": "code", "label": "Code", "validate": {"pattern": "GM[0-9]{4}", "minLength": 6}},
              {"type": "group", "label": "Adres", "path": "adres", "components": [
                {"type": "textfield", "key": "straat", "label": "Straat", "validate": {"required": true}}]},
              {"type": "dynamiclist", "label": "Kinderen", "path": "kinderen", "components": [
                {"type": "textfield", "key": "voornaam", "label": "Voornaam", "validate": {"maxLength": 5}}]},
              {"type": "group", "label": "Zonder pad", "components": [
                {"type": "checkbox", "key": "akkoord", "label": "Akkoord", "validate": {"required": true}}]},
              {"type": "textfield", "key": "naam", "label": "Naam"},
              {"type": "textfield", "key": "datum", "label": "Datum", "properties": {"invoer": "datum"}}
            ]}""";
    private static final String VALID = """
            "bedrag": {"value": 5}, "besluit": {"value": "nee"}, "akkoord": {"value": true},
            "adres": {"type": "Json", "value": "{\\"straat\\": \\"Kerkstraat\\"}"}""";

    @Test
    void numbersKeepTheirLimitsAndDecimalsAndAChecklistTakesItsOptions() throws Exception {
        var problems = check("""
                {"bedrag": {"value": 250.5}, "uren": {"value": 1.25}, "aanwezig": {"type": "Json", "value": "[\\"COA\\", \\"DUO\\"]"},
                 "besluit": {"value": "ja"}, "akkoord": {"value": true}, "code": {"value": "xxGM0405"}}""");

        assertThat(problems).containsExactly(
                Map.entry("bedrag", "'Bedrag' mag hoogstens 250 zijn"),
                Map.entry("uren", "'Uren' mag hoogstens 1 cijfers achter de komma hebben"),
                Map.entry("aanwezig", "Kies bij 'Aanwezig' uit: COA, Consulent"),
                Map.entry("adres.straat", "Vul 'Straat' ('Adres') in"));
        assertThat(check("""
                {"bedrag": {"value": 12, "type": "Integer"}, "besluit": {"value": "ja"}, "akkoord": {"value": true},
                 "aanwezig": {"type": "Json", "value": "[\\"COA\\"]"}, "adres": {"type": "Json", "value": "{\\"straat\\": \\"Kerkstraat\\"}"}}"""))
                .isEmpty();
        assertThat(check("""
                {"bedrag": {"value": "12", "type": "Integer"}, "besluit": {"value": "ja"}, "akkoord": {"value": "true"},
                 "aanwezig": {"value": ["COA"]}, "adres": {"type": "Json", "value": "{\\"straat\\": \\"K\\"}"}}"""))
                .containsOnlyKeys("bedrag", "akkoord", "aanwezig");
    }

    @Test
    void fieldsInsideAGroupOrListAreCheckedThereAndAHiddenFieldIsNotRequired() throws Exception {
        var problems = check("""
                {"bedrag": {"value": 5}, "besluit": {"value": "nee"}, "akkoord": {"value": false},
                 "adres": {"type": "Json", "value": "{\\"straat\\": \\"Kerkstraat\\", \\"bsn\\": \\"1\\"}"},
                 "kinderen": {"type": "Json", "value": "[{\\"voornaam\\": \\"Ali\\"}, {\\"voornaam\\": \\"Mohammed\\"}]"}}""");

        assertThat(problems).containsExactly(
                Map.entry("reden", "Vul 'Reden' in"),
                Map.entry("adres.bsn", "Het formulier bij 'Adres' heeft geen veld 'bsn'"),
                Map.entry("kinderen[1].voornaam", "'Voornaam' ('Kinderen', regel 2) mag hoogstens 5 tekens hebben (nu 8)"),
                Map.entry("akkoord", "Vink 'Akkoord' aan"));
        assertThat(check("""
                {"bedrag": {"value": 5}, "besluit": {"value": "ja"}, "akkoord": {"value": true}, "code": {"value": "GM04"},
                 "adres": {"type": "Json", "value": "{\\"straat\\": \\"Kerkstraat\\"}"}}"""))
                .as("reden is hidden when the besluit is ja").containsExactly(Map.entry("code", "'Code' moet minstens 6 tekens hebben"));
    }

    /**
     * One rule for plain text ({@code PlainText}): a text field refuses what turns text around (U+202E), takes no room
     * (U+200B) or breaks a line (U+2028); a text area takes line breaks and tabs, and refuses the rest.
     */
    @Test
    void textRefusesCharactersAReaderCannotSeeAndATextAreaTakesLineBreaksAndTabs() throws Exception {
        assertThat(check("{" + VALID + ", \"naam\": {\"value\": \"Ali\u202Ecba\"}, "
                + "\"code\": {\"value\": \"GM\u200B0405\"}, \"reden\": {\"value\": \"Regel 1\u2028Regel 2\"}}"))
                .containsExactly(
                        Map.entry("reden", "'Reden' bevat een onzichtbaar of onbekend teken (U+2028), alleen "
                                + "regelovergangen en tabs mogen"),
                        Map.entry("code", "'Code' bevat een onzichtbaar of onbekend teken (U+200B), typ alleen gewone tekst"),
                        Map.entry("naam", "'Naam' bevat een onzichtbaar of onbekend teken (U+202E), typ alleen gewone tekst"));
        assertThat(check("{" + VALID + ", \"reden\": {\"value\": \"Regel 1\\n\\tRegel 2\"}}")).isEmpty();
        assertThat(check("{" + VALID + ", \"reden\": {\"value\": \"x\"}, \"naam\": {\"value\": \"Ali\\tBaba\"}}"))
                .containsExactly(Map.entry("naam",
                        "'Naam' bevat een onzichtbaar of onbekend teken (U+0009), typ alleen gewone tekst"));
    }

    /** A date field is read with the other fields (issue 16, point 8), so its problem comes in the same answer. */
    @Test
    void aDateFieldIsReadWithTheOtherFields() throws Exception {
        assertThat(check("{" + VALID + ", \"datum\": {\"value\": \"31-02-2026\"}, \"code\": {\"value\": \"GM04\"}}"))
                .containsExactly(Map.entry("reden", "Vul 'Reden' in"),
                        Map.entry("code", "'Code' moet minstens 6 tekens hebben"),
                        Map.entry("datum", "'Datum': De datum '31-02-2026' bestaat niet"));
        assertThat(check("{" + VALID + ", \"reden\": {\"value\": \"x\"}, \"datum\": {\"value\": \"05-11-2026\"}}"))
                .isEmpty();
    }

    private Map<String, String> check(String variables) throws Exception {
        JsonNode form = json.readTree(FORM);
        return FormInput.of(form).check(json.readTree(variables), Map.of(), FEEL);
    }
}
