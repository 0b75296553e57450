package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * A form submitted over Camunda's REST API is checked against the task's deployed form (security probe M2, M3):
 * only the form's own input fields, each by its rules, every problem in one 400 in Dutch, and nothing written.
 * The forms are those of forms/ (woning-toewijzen, brp-inschrijving, driegesprek-plannen).
 */
class CheckedFormSubmissionsTest extends ScenarioTest {

    private static final String BRP_TASK = InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN;

    /** M2: a completed form wrote any process variable (naam, doelgroep, gemeente, zaaknummer, onderdelen). */
    @Test
    void keysThatAreNotInputFieldsOfTheFormAreRefusedAndNothingIsWritten() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        Task task = driver.task(BRP_TASK);
        String instance = driver.main().getId();
        Map<String, Object> before = engine.getRuntimeService().getVariables(instance);
        var variables = variables("brpInschrijfdatum", TestDates.today().toString(), "naam", "Overschreven Naam",
                "doelgroep", "ONDERTUSSENGROEP", "gemeente", "GM1966", "zaaknummer", "INB-2026-000001",
                "onderdelen", "{\"nazorg\":false}");

        for (String call : new String[] {"submit-form", "complete"}) {
            var response = post(task, call, variables);

            assertThat(response.getStatusCode()).as(call + ": " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode error = json.readTree(response.getBody());
            assertThat(error.path("type").asText()).isEqualTo("InvalidRequestException");
            assertThat(error.path("message").asText()).startsWith("Het formulier is niet opgeslagen: ")
                    .contains("'Inburgeraar' wordt alleen getoond en kan hier niet worden gewijzigd",
                            "'Zaak' wordt alleen getoond en kan hier niet worden gewijzigd",
                            "Het formulier van deze taak heeft geen veld 'doelgroep'",
                            "Het formulier van deze taak heeft geen veld 'gemeente'",
                            "Het formulier van deze taak heeft geen veld 'onderdelen'")
                    .doesNotContain("Cannot", "ENGINE-");
        }
        assertThat(engine.getRuntimeService().getVariables(instance)).as("nothing written").isEqualTo(before);
        assertThat(driver.hasTask(BRP_TASK)).isTrue();
    }

    /** M3: a NUL, a number in a text field, the postcode pattern, a missing and an overlong field: all at once. */
    @Test
    void everyBadFieldIsReportedAtOnceInDutchByItsLabel() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        Task task = driver.task(WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN);
        String handover = driver.instance(WarmeOverdrachtProcess.PROCESS_ID).getId();

        var response = post(task, "submit-form", variables("woningcorporatie", "Inter\u0000mavis", "woningAdres", 12,
                "woningPostcode", "1234", "beoogdeVerhuisdatum", "1".repeat(2001)));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        String message = json.readTree(response.getBody()).path("message").asText();
        assertThat(message.split("; ")).containsExactly(
                "Het formulier is niet opgeslagen: 'Woningcorporatie' bevat een onzichtbaar of onbekend teken (U+0000), "
                        + "typ alleen gewone tekst",
                "'Straat en huisnummer' moet tekst zijn",
                "'Postcode' heeft niet de vorm die het formulier vraagt: Bijvoorbeeld 1621 AB",
                "Vul 'Datum toewijzing' in",
                "'Beoogde verhuisdatum' mag hoogstens 2000 tekens hebben (nu 2001)");
        assertThat(engine.getRuntimeService().getVariables(handover)).doesNotContainKeys("woningcorporatie",
                "woningAdres", "woningPostcode", "beoogdeVerhuisdatum");
        assertThat(driver.hasTask(WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN)).isTrue();
    }

    /**
     * Issue 16, point 8: a date that cannot be read (a day that does not exist, another order) is reported with the
     * other bad fields in the same 400, not in a second one after they were put right; nothing is written.
     */
    @Test
    void aBadDateIsReportedTogetherWithTheOtherBadFields() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        Task task = driver.task(WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN);
        String handover = driver.instance(WarmeOverdrachtProcess.PROCESS_ID).getId();

        var response = post(task, "submit-form", variables("woningcorporatie", "Intermaris", "woningAdres",
                "Dorpsstraat 1", "woningPostcode", "1234", "woningToegewezenOp", "31-02-2026",
                "beoogdeVerhuisdatum", "2026/11/05"));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).path("message").asText().split("; ")).containsExactly(
                "Het formulier is niet opgeslagen: 'Postcode' heeft niet de vorm die het formulier vraagt: "
                        + "Bijvoorbeeld 1621 AB",
                "'Datum toewijzing': De datum '31-02-2026' bestaat niet",
                "'Beoogde verhuisdatum': '2026/11/05' is geen datum: typ de datum als dd-mm-jjjj, bijvoorbeeld "
                        + "05-11-2026");
        assertThat(engine.getRuntimeService().getVariables(handover)).doesNotContainKeys("woningcorporatie",
                "woningToegewezenOp", "beoogdeVerhuisdatum");
        assertThat(driver.hasTask(WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN)).isTrue();
    }

    /**
     * Probe of issue 16: a character that turns the text after it around (U+202E) or that takes no room (U+200B)
     * changes what a reader sees; a form field refuses them as the API's plain-text fields do ({@code PlainText}).
     */
    @Test
    void invisibleCharactersThatTurnOrHideTextAreRefused() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        Task task = driver.task(WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN);

        var response = post(task, "submit-form", variables("woningcorporatie", "Inter\u202Esiram", "woningAdres",
                "Dorps\u200Bstraat 1", "woningPostcode", "1621AB", "woningToegewezenOp", "05-11-2026"));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).path("message").asText().split("; ")).containsExactly(
                "Het formulier is niet opgeslagen: 'Woningcorporatie' bevat een onzichtbaar of onbekend teken "
                        + "(U+202E), typ alleen gewone tekst",
                "'Straat en huisnummer' bevat een onzichtbaar of onbekend teken (U+200B), typ alleen gewone tekst");
        assertThat(driver.hasTask(WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN)).isTrue();
    }

    /** A choice takes only its options, a checkbox a boolean, and data the form shows read-only cannot change. */
    @Test
    void choicesTakeTheirOptionsOnlyAndReadOnlyDataStaysAsItWas() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        Task task = driver.task(WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN);

        var wrongChoice = post(task, "submit-form", variables("driegesprekMogelijk", "misschien", "azc", "AZC Elders"));
        var wrongTypes = post(task, "submit-form", variables("driegesprekMogelijk", "ja", "begeleiderUitgenodigd", "ja"));
        var controlCharacter = post(task, "submit-form", variables("driegesprekMogelijk", "nee",
                "redenGeenDriegesprek", "Regel 1\nRegel\t2\u001b"));

        assertThat(wrongChoice.getStatusCode()).as(wrongChoice.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(wrongChoice.getBody()).path("message").asText()).contains(
                "'AZC' wordt alleen getoond en kan hier niet worden gewijzigd",
                "Kies bij 'Kan het driegesprek op het AZC plaatsvinden?' uit: Ja, Nee");
        assertThat(json.readTree(wrongTypes.getBody()).path("message").asText()).contains(
                "'Maatschappelijk begeleider uitgenodigd' is een vinkje: aangevinkt (true) of niet (false)");
        assertThat(json.readTree(controlCharacter.getBody()).path("message").asText()).contains(
                "'Waarom is een driegesprek niet mogelijk?' bevat een onzichtbaar of onbekend teken (U+001B), "
                        + "alleen regelovergangen en tabs mogen");
        assertThat(driver.hasTask(WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN)).isTrue();
    }

    /** Re-probe of issue 16: a field the form hides for the choices made is left out, as the browser leaves it out. */
    @Test
    void aValueForAFieldTheFormHidesIsRefused() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        Task task = driver.task(WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN);

        var response = post(task, "submit-form", variables("driegesprekMogelijk", "nee", "redenGeenDriegesprek",
                "Geen ruimte op het AZC", "driegesprekDatum", "01-01-2020", "driegesprekLocatie", "verborgen"));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).path("message").asText())
                .contains("wordt bij deze keuzes niet getoond en kan dus niet worden ingevuld");
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "driegesprekLocatie")).isNull();
        assertThat(driver.hasTask(WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN)).isTrue();
    }

    /** Who may not complete the task learns nothing about its form: Camunda's own 403 as before. */
    @Test
    void aUserWhoMayNotCompleteTheTaskGetsCamundasRefusalNotTheForms() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        Task task = driver.task(WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN);
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("variables", variables("naam", "Overschreven Naam")));

        var response = rest.withBasicAuth("coordinator", "demo").exchange("/engine-rest/task/" + task.getId()
                + "/submit-form", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).doesNotContain("Inburgeraar", "formulier");
    }

    /**
     * What Tasklist sends passes: the read-only fields with the values they showed, a hidden field left out (its
     * required rule does not apply), newlines and tabs in a text area, a date as text.
     */
    @Test
    void aSubmissionAsTasklistSendsItIsAccepted() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        String handover = driver.instance(WarmeOverdrachtProcess.PROCESS_ID).getId();
        var runtime = engine.getRuntimeService();

        var talk = post(driver.task(WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN), "submit-form", variables(
                "azc", runtime.getVariable(handover, "azc"), "taal", runtime.getVariable(handover, "taal"),
                "tolkNodig", runtime.getVariable(handover, "tolkNodig"), "driegesprekMogelijk", "nee",
                "redenGeenDriegesprek", "Statushouder al verhuisd;\n\tnoodopvang elders"));
        var housing = post(driver.task(WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN), "complete", variables(
                "woningcorporatie", "Intermaris", "woningAdres", "Dorpsstraat 1", "woningPostcode", "1621AB",
                "woningToegewezenOp", CaseDriver.today().minusDays(1).toString(), "beoogdeVerhuisdatum", ""));

        assertThat(talk.getStatusCode()).as(talk.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(housing.getStatusCode()).as(housing.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(driver.hasTask(WarmeOverdrachtProcess.TASK_OVERDRACHT_OP_AFSTAND)).isTrue();
        assertThat(runtime.getVariable(handover, "woningPostcode")).isEqualTo("1621AB");
        assertThat(runtime.getVariable(driver.main().getId(), "naam")).as("untouched").isNotNull();
        assertThat(driver.main().getProcessDefinitionKey()).isEqualTo(InburgeringProcess.PROCESS_ID);
    }

    /** Camunda's REST variables: each value untyped, as Tasklist sends a form's fields. */
    private Map<String, Object> variables(Object... keyValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            var value = new LinkedHashMap<String, Object>();
            value.put("value", keyValues[i + 1]);
            variables.put((String) keyValues[i], value);
        }
        return variables;
    }

    private ResponseEntity<String> post(Task task, String call, Map<String, Object> variables) throws Exception {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("variables", variables));
        return rest.withBasicAuth("consulent", "demo").exchange("/engine-rest/task/" + task.getId() + "/" + call,
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
