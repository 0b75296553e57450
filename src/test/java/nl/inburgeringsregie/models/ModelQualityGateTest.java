package nl.inburgeringsregie.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.models.gate.ModelQualityGate;
import nl.inburgeringsregie.ontzorgen.process.FinancieelOntzorgenProcess;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.ModelFolder;

/**
 * The model quality gate: the project's models pass it, and each rule refuses a model an analyst could
 * plausibly save — with the file, the element and a Dutch message.
 */
@IntegrationTest
class ModelQualityGateTest {

    private static final String PIP = "processes/brede-intake-en-pip.bpmn";
    private static final String MAIN = "processes/inburgering.bpmn";
    private static final String DRAFT_PIP = "<userTask camunda:candidateGroups=\"consulenten\" camunda:formRef=\"pip-opstellen\" "
            + "camunda:formRefBinding=\"deployment\" id=\"Task_PipOpstellen\" name=\"PIP opstellen\">";

    @Autowired
    ModelQualityGate gate;

    @TempDir
    Path folder;
    ModelFolder models;

    @BeforeEach
    void copyModels() {
        models = ModelFolder.copyOfProjectModels(folder);
    }

    /** As {@code ProjectModelsTest}, and with the calls of the application's beans checked too. */
    @Test
    void theModelsOfThisProjectPassTheGateWithTheApplicationsBeans() {
        assertThat(gate.check(ModelFiles.read(Path.of(".")))).isEmpty();
    }

    /** Issue 21, point 4: a model's engine history may not go before the longest bewaartermijn (P10Y: 3660 days). */
    @Test
    void aModelWhoseHistoryWouldGoBeforeTheLongestRetentionIsRefused() {
        models.edit(PIP, xml -> xml.replace("camunda:historyTimeToLive=\"3660\"", "camunda:historyTimeToLive=\"1825\""));
        models.edit("processes/leerroute-advies.dmn", xml -> xml.replace(" camunda:historyTimeToLive=\"3660\"", ""));

        assertThat(messages()).containsExactlyInAnyOrder(
                "De historie blijft 1825 dagen; zet historyTimeToLive op ten minste 3660 dagen, de langste "
                        + "bewaartermijn van de selectielijst (inburgering.archief.resultaten)",
                "De historie blijft zonder eigen termijn; zet historyTimeToLive op ten minste 3660 dagen, de langste "
                        + "bewaartermijn van de selectielijst (inburgering.archief.resultaten)");
    }

    @Test
    void aUserTaskWithoutAFormIsRefused() {
        models.edit(PIP, xml -> xml.replace(DRAFT_PIP,
                "<userTask camunda:candidateGroups=\"consulenten\" id=\"Task_PipOpstellen\" name=\"PIP opstellen\">"));

        assertThat(findings()).containsExactlyInAnyOrder(new ModelFinding(PIP, BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN,
                "De gebruikerstaak heeft geen formulier; koppel een formulier uit forms/ (Modeler: Form > Type: "
                        + "Camunda Forms (linked), Form ID en binding 'deployment')"),
                new ModelFinding("forms/pip-opstellen.form", null,
                        "Geen gebruikerstaak gebruikt het formulier 'pip-opstellen'; verwijder het of koppel het aan een taak"));
    }

    @Test
    void aFormThatDoesNotExistAFormKeyOrAnotherBindingIsRefused() {
        models.edit(PIP, xml -> xml.replace(DRAFT_PIP, DRAFT_PIP.replace("pip-opstellen", "pip-opstelen")
                .replace("\"deployment\"", "\"latest\"")));
        models.edit(MAIN, xml -> xml.replaceFirst("camunda:formRef=\"brp-inschrijving\" camunda:formRefBinding=\"deployment\"",
                "camunda:formKey=\"embedded:app:forms/brp.html\""));

        assertThat(messages()).contains(
                "Het formulier 'pip-opstelen' moet binding 'deployment' hebben (nu: 'latest'), zodat een zaak de "
                        + "formulieren van haar eigen versie houdt",
                "Het formulier 'pip-opstelen' bestaat niet in forms/",
                "Gebruik geen formKey ('embedded:app:forms/brp.html'), maar een formulier-id met binding "
                        + "'deployment' (Modeler: Form > Type: Camunda Forms (linked))");
    }

    @Test
    void aUserTaskForNoGroupOrAMisspeltGroupIsRefused() {
        models.edit(PIP, xml -> xml.replace(DRAFT_PIP, DRAFT_PIP.replace("camunda:candidateGroups=\"consulenten\" ", "")));
        models.edit(MAIN, xml -> xml.replaceFirst("camunda:candidateGroups=\"consulenten\"",
                "camunda:candidateGroups=\"consulent\""));

        assertThat(messages()).containsExactlyInAnyOrder(
                "De gebruikerstaak heeft geen kandidaatgroep; kies uit consulenten, coordinatoren",
                "Onbekende kandidaatgroep 'consulent'; kies uit consulenten, coordinatoren");
    }

    @Test
    void aTimerWithAnInvalidDurationOrABrokenExpressionIsRefused() {
        models.edit(PIP, xml -> xml
                .replace("${termijnen.herinnering(execution, 'PIP')}", "${termijnen.herinnering(execution, 'PIP'}")
                .replace("<camunda:executionListener delegateExpression=\"${zaakdossier.mijlpaal('LEERBAARHEIDSTOETS_REGISTERED'",
                        "<camunda:failedJobRetryTimeCycle>R3/PT10X</camunda:failedJobRetryTimeCycle>"
                                + "<camunda:executionListener delegateExpression=\"${zaakdossier.mijlpaal('LEERBAARHEIDSTOETS_REGISTERED'"));
        models.edit("processes/financieel-ontzorgen.bpmn", xml -> xml.replace(
                "<timeCycle id=\"TimeCycle_9\">${termijnen.maandelijks(execution, 'FINANCIEEL_ONTZORGEN')}",
                "<timeCycle id=\"TimeCycle_9\">elke maand"));

        List<ModelFinding> findings = findings();
        assertThat(findings).extracting(ModelFinding::element)
                .contains(BredeIntakeEnPipProcess.TIMER_START_HERINNERING_PIP, BredeIntakeEnPipProcess.SERVICE_TASK_TOETS_AANMELDEN, FinancieelOntzorgenProcess.TIMER_START_VASTE_LASTEN);
        assertThat(messages(findings)).contains(
                "Ongeldige cyclus 'elke maand' voor de timer: verwacht een herhaling als R3/PT10M of een cron-expressie",
                "Ongeldige herhaalcyclus 'R3/PT10X' bij mislukken (verwacht bijvoorbeeld R5/PT10M, of PT5M,PT10M,PT1H)");
        assertThat(messages(findings)).anyMatch(message -> message.startsWith(
                "De expressie '${termijnen.herinnering(execution, 'PIP'}' is ongeldig"));
    }

    @Test
    void aTimerWithoutDateDurationOrCycleIsRefused() {
        models.edit(PIP, xml -> xml.replace("<timeDate id=\"TimeDate_10\">${termijnen.herinnering(execution, 'PIP')}</timeDate>", ""));

        assertThat(findings()).contains(new ModelFinding(PIP, BredeIntakeEnPipProcess.TIMER_START_HERINNERING_PIP,
                "Een timer heeft precies één van datum, duur of cyclus (nu 0)"));
    }

    @Test
    void aCallOfAnUnknownBeanMethodOrNormIsRefused() {
        models.edit(PIP, xml -> xml.replace("${pipDossier.concept()}", "${pipDossier.concepten()}")
                .replace("${termijnen.verlopen(execution, 'PIP')}", "${termijnen.verlopen(execution, 'PIPP')}"));

        assertThat(messages()).contains(
                "'pipDossier' kent geen concepten(…) met 0 argumenten (in ${pipDossier.concepten()})",
                "Onbekende norm 'PIPP' in een termijnen-aanroep; kies uit BREDE_INTAKE, FINANCIEEL_ONTZORGEN, "
                        + "INBURGERINGSTERMIJN, NAZORG, PIP, VOORTGANGSGESPREK");
    }

    /** Issue 16, point 6: a model reaches only the beans marked @ProcessBean, not the rest of the application. */
    @Test
    void aCallOfABeanThatIsNotOpenToModelsIsRefused() {
        models.edit(PIP, xml -> xml.replace("${pipDossier.concept()}", "${dataSource.getConnection()}")
                .replace("${termijnen.verlopen(execution, 'PIP')}",
                        "${identityService.createUserQuery().count() > 0 and termijnen.verlopen(execution, 'PIP')}")
                .replace("${termijnen.herinnering(execution, 'PIP')}",
                        "${execution.processEngineServices.runtimeService.getClass()}"));

        assertThat(messages()).contains(
                "Modellen mogen 'dataSource' niet gebruiken: alleen de beans die voor modellen zijn opengesteld "
                        + "(@ProcessBean) zijn bereikbaar (in ${dataSource.getConnection()})",
                "Modellen mogen 'identityService' niet gebruiken: alleen de beans die voor modellen zijn opengesteld "
                        + "(@ProcessBean) zijn bereikbaar (in ${identityService.createUserQuery().count() > 0 and "
                        + "termijnen.verlopen(execution, 'PIP')})",
                "Modellen mogen de diensten van de engine niet aanroepen ('processEngineServices'): alleen de beans "
                        + "die voor modellen zijn opengesteld (@ProcessBean) zijn bereikbaar (in "
                        + "${execution.processEngineServices.runtimeService.getClass()})");
    }

    /** Review of issue 16: reflection and properties read by their name as text are refused as well. */
    @Test
    void reflectionOrAPropertyReadByItsNameIsRefused() {
        models.edit(PIP, xml -> xml.replace("${pipDossier.concept()}",
                "${execution.getClass().forName('java.lang.Runtime') != null and pipDossier.concept() != null}")
                .replace("${termijnen.verlopen(execution, 'PIP')}",
                        "${execution['processEngineServices'] != null and termijnen.verlopen(execution, 'PIP')}"));

        assertThat(messages()).anyMatch(message -> message.startsWith(
                "Modellen mogen de diensten van de engine niet aanroepen ('getClass')"))
                .anyMatch(message -> message.startsWith("Lees in een expressie geen eigenschap met haar naam als tekst"));
    }

    /** Issue 16, point 6: no Java class and no script in a model, which could reach beyond the process beans. */
    @Test
    void aJavaClassOrAScriptInAModelIsRefused() {
        models.edit(PIP, xml -> xml.replace("delegateExpression=\"${pipDossier.concept()}\"",
                "class=\"org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior\""));
        models.edit(MAIN, xml -> xml.replace("<camunda:executionListener event=\"end\" "
                + "delegateExpression=\"${zaakdossier.eenVan('eerderPvt', 'ja|nee')}\"/>",
                "<camunda:executionListener event=\"end\"><camunda:script scriptFormat=\"juel\">${1}"
                        + "</camunda:script></camunda:executionListener>"));

        assertThat(messages()).contains("Een model bevat geen scripts; roep een bean aan die voor modellen is "
                + "opengesteld (@ProcessBean)", "Een model noemt geen Java-klasse (camunda:class=\""
                + "org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior\"); roep een bean aan die "
                + "voor modellen is opengesteld (@ProcessBean)");
    }

    @Test
    void aClockWithoutItsEscalationIsRefused() {
        models.edit(PIP, xml -> xml.replace("id=\"Task_Escalatie_PIP\"", "id=\"Task_EscalatiePip\"")
                .replace("<bpmndi:BPMNShape bpmnElement=\"Task_Escalatie_PIP\"", "<bpmndi:BPMNShape bpmnElement=\"Task_EscalatiePip\"")
                .replace("targetRef=\"Task_Escalatie_PIP\"", "targetRef=\"Task_EscalatiePip\"")
                .replace("sourceRef=\"Task_Escalatie_PIP\"", "sourceRef=\"Task_EscalatiePip\""));

        assertThat(findings()).extracting(ModelFinding::bestand, ModelFinding::melding)
                .contains(org.assertj.core.groups.Tuple.tuple(PIP,
                        "De klok van norm PIP mist Task_Escalatie_PIP (zie het klokpatroon in docs/analist.md)"));
    }

    /**
     * A clock ends with the norm met on the date of the work, read from a form's date field (issue 18, error 9), or on
     * the day its scope ends; the norm is the first argument.
     */
    @Test
    void aClockThatEndsOnAVariableNoFormHoldsAsADateOrInAnotherFormIsRefused() {
        models.edit(PIP, xml -> xml
                .replace("${termijnen.gehaald(execution, 'PIP', 'pipDagtekening')}",
                        "${termijnen.gehaald(execution, 'PIP', 'pipBesluit')}")
                .replace("${termijnen.gehaald(execution, 'BREDE_INTAKE', 'intakeGehoudenOp')}",
                        "${termijnen.gehaald(execution, 'BREDE_INTAKE', intakeGehoudenOp)}"));

        assertThat(findings()).extracting(ModelFinding::element, ModelFinding::melding).contains(
                org.assertj.core.groups.Tuple.tuple("EndEvent_PipVastgesteld", "De norm PIP is gehaald op de datum in "
                        + "'pipBesluit', maar geen formulier heeft een datumveld met die sleutel (invoer = datum)"),
                org.assertj.core.groups.Tuple.tuple("EndEvent_BredeIntakeAfgerond", "Een klok eindigt met "
                        + "${termijnen.gehaald(execution, 'NORM', 'datumVariabele')} (gehaald op de datum van het werk) of "
                        + "${termijnen.gehaald(execution, 'NORM')} (gehaald op de dag dat de scope eindigt); nu: "
                        + "${termijnen.gehaald(execution, 'BREDE_INTAKE', intakeGehoudenOp)}"));
        assertThat(messages()).as("the norm is the first argument, not the date variable")
                .noneMatch(message -> message.startsWith("Onbekende norm"));
    }

    @Test
    void anElementWithoutADutchNameIsRefused() {
        models.edit(PIP, xml -> xml.replace("name=\"PIP opstellen\">", ">")
                .replace("id=\"Task_PipBeoordelen\" name=\"PIP beoordelen\"", "id=\"Task_PipBeoordelen\" name=\"Task 1\""));

        assertThat(findings()).contains(
                new ModelFinding(PIP, BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN, "Het element heeft geen Nederlandse naam"),
                new ModelFinding(PIP, BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN, "Het element heeft geen Nederlandse naam ('Task 1')"));
    }

    @Test
    void aCallOfAProcessOrDecisionOutsideTheSetIsRefused() {
        models.edit(MAIN, xml -> xml.replace("calledElement=\"warme-overdracht\" camunda:calledElementBinding=\"deployment\"",
                "calledElement=\"warme-overdracht-v2\" camunda:calledElementBinding=\"latest\""));

        assertThat(messages()).contains("Het aangeroepen proces 'warme-overdracht-v2' bestaat niet in processes/",
                "De aanroep van 'warme-overdracht-v2' moet binding 'deployment' hebben");
    }

    @Test
    void aFormTasklistCannotShowOrThatNoTaskUsesIsRefused() {
        models.edit("forms/pip-opstellen.form", json -> json.replace("\"schemaVersion\": 16", "\"schemaVersion\": 18"));
        models.write("forms/bijlage.form", """
                {"id": "bijlage", "type": "default", "schemaVersion": 16, "components": [
                  {"type": "filepicker", "id": "Field_bijlage", "key": "bijlage", "label": "Bijlage"}]}
                """);

        assertThat(findings()).contains(
                new ModelFinding("forms/pip-opstellen.form", null, "schemaVersion 18 is nieuwer dan Tasklist 7.24 toont "
                        + "(16); zet in Camunda Modeler het uitvoeringsplatform op Camunda 7.24"),
                new ModelFinding("forms/bijlage.form", null,
                        "Geen gebruikerstaak gebruikt het formulier 'bijlage'; verwijder het of koppel het aan een taak"),
                new ModelFinding("forms/bijlage.form", "Field_bijlage",
                        "Het onderdeel van type 'filepicker' kent Tasklist 7.24 niet (form-js 1.8.7); gebruik een ander veldtype"));
    }

    /** Issue 16, points 4 and 8: see {@code FormDisplayRule}. */
    @Test
    void aFormThatRendersProcessDataAsHtmlOrUsesTasklistsDateFieldIsRefused() {
        models.edit("forms/brp-inschrijving.form", json -> json.replace("\"### BRP-inschrijving vastleggen\"",
                "\"### BRP-inschrijving vastleggen\\n**{{naam}}**\""));
        models.edit("forms/pip-beoordelen.form", json -> json.replace("\"### PIP beoordelen\"", "\"=naam\""));
        models.edit("forms/verhuizing-vastleggen.form", json -> json.replace("\"type\": \"textfield\",\n      \"id\": \"Field_verhuisdatum\"",
                "\"type\": \"datetime\", \"subtype\": \"date\",\n      \"id\": \"Field_verhuisdatum\""));
        models.write("forms/melding.form", """
                {"id": "melding", "type": "default", "schemaVersion": 16, "components": [
                  {"type": "group", "id": "Group_melding", "components": [
                    {"type": "html", "id": "Field_html", "content": "<p>{{toelichting}}</p>"}]}]}
                """);

        String html = "Dit tekstblok toont procesgegevens als opgemaakte tekst (HTML), zodat wat een gebruiker of COA "
                + "typte een link of afbeelding kan worden; houd de tekst vast en toon gegevens in een uitgeschakeld "
                + "veld (Modeler: Text field, Disabled)";
        assertThat(findings()).contains(
                new ModelFinding("forms/brp-inschrijving.form", "Field_kop", html),
                new ModelFinding("forms/pip-beoordelen.form", "Field_kop", html),
                new ModelFinding("forms/melding.form", "Field_html", html),
                new ModelFinding("forms/verhuizing-vastleggen.form", "Field_verhuisdatum", "Het datumveld van Tasklist "
                        + "volgt de taal van de browser (mm/dd/jjjj bij Engels) en leest 05-11-2026 als 11 mei; gebruik "
                        + "een tekstveld met eigen eigenschap invoer = datum (Modeler: Custom properties)"));
    }

    /**
     * The engine reads a date field as a variable of its own (issue 16, point 8; engine.FormDates): inside a group or
     * list with a path it would be stored unread, so the gate refuses it there; a group without a path is fine.
     */
    @Test
    void aDateFieldInsideAGroupOrListWithAPathIsRefused() {
        models.write("forms/kinderen.form", """
                {"id": "kinderen", "type": "default", "schemaVersion": 16, "components": [
                  {"type": "group", "id": "Group_los", "label": "Zonder pad", "components": [
                    {"type": "textfield", "id": "Field_datum", "key": "datum", "label": "Datum",
                     "properties": {"invoer": "datum"}}]},
                  {"type": "dynamiclist", "id": "List_kinderen", "path": "kinderen", "label": "Kinderen", "components": [
                    {"type": "group", "id": "Group_kind", "label": "Kind", "components": [
                      {"type": "textfield", "id": "Field_geboortedatum", "key": "geboortedatum",
                       "label": "Geboortedatum", "properties": {"invoer": "datum"}}]}]}]}
                """);

        assertThat(findings()).containsExactlyInAnyOrder(new ModelFinding("forms/kinderen.form", null,
                        "Geen gebruikerstaak gebruikt het formulier 'kinderen'; verwijder het of koppel het aan een taak"),
                new ModelFinding("forms/kinderen.form", "Field_geboortedatum", "Het datumveld 'Geboortedatum' staat "
                        + "in de groep of lijst met pad 'kinderen'; daar leest de server de datum niet: zet het "
                        + "datumveld buiten die groep of haal het pad van de groep weg (Modeler: Path)"));
    }

    @Test
    void aFileThatIsNoModelIsRefused() {
        models.edit(PIP, xml -> xml.replace("</definitions>", ""));
        models.write("forms/kapot.form", "{\"id\": ");

        assertThat(findings()).extracting(ModelFinding::bestand, ModelFinding::element)
                .contains(org.assertj.core.groups.Tuple.tuple(PIP, null),
                        org.assertj.core.groups.Tuple.tuple("forms/kapot.form", null));
        assertThat(messages()).anyMatch(message -> message.startsWith("Het bestand kan niet worden gelezen als BPMN-model"))
                .anyMatch(message -> message.startsWith("Het bestand kan niet worden gelezen als Camunda Form (JSON)"));
    }

    @Test
    void whatTheEngineAcceptsIsNoFinding() {
        models.edit(PIP, xml -> xml
                .replace("<camunda:executionListener delegateExpression=\"${zaakdossier.mijlpaal('LEERBAARHEIDSTOETS_REGISTERED'",
                        "<camunda:failedJobRetryTimeCycle>PT5M,PT10M,PT1H</camunda:failedJobRetryTimeCycle>"
                                + "<camunda:executionListener delegateExpression=\"${zaakdossier.mijlpaal('LEERBAARHEIDSTOETS_REGISTERED'")
                .replace("een afgerond onderdeel stopt zijn klok.</documentation>", "een afgerond onderdeel stopt zijn "
                        + "klok, bijvoorbeeld met ${termijnen.gehaald(execution, 'NORM')}.</documentation>"));
        models.write("forms/adressen.form", """
                {"id": "adressen", "type": "default", "schemaVersion": 16, "components": [
                  {"type": "textfield", "id": "Field_naam", "key": "naam", "label": "Naam"},
                  {"type": "dynamiclist", "id": "List_adressen", "path": "adressen", "label": "Adressen", "components": [
                    {"type": "textfield", "id": "Field_adresNaam", "key": "naam", "label": "Naam bij het adres"}]}]}
                """);

        assertThat(findings()).as("a retry list, an example in the documentation, a key inside a list's own scope")
                .containsExactly(new ModelFinding("forms/adressen.form", null,
                        "Geen gebruikerstaak gebruikt het formulier 'adressen'; verwijder het of koppel het aan een taak"));
    }

    @Test
    void aFormWithTwiceTheSameKeyOrIdIsRefused() {
        models.write("forms/dubbel.form", """
                {"id": "dubbel", "type": "default", "schemaVersion": 16, "components": [
                  {"type": "textfield", "id": "Field_a", "key": "bedrag", "label": "Bedrag"},
                  {"type": "expression", "id": "Field_a", "key": "bedrag", "expression": "=1"}]}
                """);

        assertThat(findings()).contains(
                new ModelFinding("forms/dubbel.form", "Field_a", "De id 'Field_a' komt twee keer voor in dit formulier"),
                new ModelFinding("forms/dubbel.form", "Field_a", "De key 'bedrag' komt twee keer voor in dit formulier"));
    }

    /**
     * The server tests a field's pattern on every submission: one it cannot read would fail every submission, and one
     * that does not describe the whole value lets anything around a match through (re-probe of issue 16).
     */
    @Test
    void aFieldPatternTheServerCannotReadOrThatIsNotAnchoredIsRefused() {
        models.write("forms/patroon.form", """
                {"id": "patroon", "type": "default", "schemaVersion": 16, "components": [
                  {"type": "textfield", "id": "Field_postcode", "key": "postcode", "label": "Postcode",
                   "validate": {"pattern": "^[0-9]{4"}},
                  {"type": "textfield", "id": "Field_land", "key": "land", "label": "Land",
                   "validate": {"pattern": "[A-Z]{3}"}}]}
                """);

        assertThat(findings()).contains(new ModelFinding("forms/patroon.form", "Field_postcode",
                "Het patroon '^[0-9]{4' van het veld 'Postcode' is geen geldige reguliere expressie; de server "
                        + "controleert het bij het versturen"), new ModelFinding("forms/patroon.form", "Field_land",
                "Het patroon '[A-Z]{3}' van het veld 'Land' moet de hele waarde beschrijven: begin het met ^ en "
                        + "eindig het met $"));
    }

    @Test
    void aClockPartWithAnUnknownNormOrABeanPropertyThatDoesNotExistIsRefused() {
        models.edit(PIP, xml -> xml.replace("id=\"Task_Herinnering_PIP\"", "id=\"Task_Herinnering_PIPP\"")
                .replace("bpmnElement=\"Task_Herinnering_PIP\"", "bpmnElement=\"Task_Herinnering_PIPP\"")
                .replace("targetRef=\"Task_Herinnering_PIP\"", "targetRef=\"Task_Herinnering_PIPP\"")
                .replace("sourceRef=\"Task_Herinnering_PIP\"", "sourceRef=\"Task_Herinnering_PIPP\"")
                .replace("${termijnen.verlopen(execution, 'PIP')}", "${termijnen.verlopen(execution, \"PIPX\")}")
                .replaceFirst("\\$\\{termijnen\\.naam\\('PIP'\\)\\}", "\\${termijnen.naamm}"));

        assertThat(messages()).contains(
                "Onbekende norm 'PIPP' in de id van dit deel van een klok; kies uit BREDE_INTAKE, FINANCIEEL_ONTZORGEN, "
                        + "INBURGERINGSTERMIJN, NAZORG, PIP, VOORTGANGSGESPREK",
                "De klok van norm PIP mist Task_Herinnering_PIP (zie het klokpatroon in docs/analist.md)",
                "Onbekende norm 'PIPX' in een termijnen-aanroep; kies uit BREDE_INTAKE, FINANCIEEL_ONTZORGEN, "
                        + "INBURGERINGSTERMIJN, NAZORG, PIP, VOORTGANGSGESPREK",
                "'termijnen' kent geen eigenschap 'naamm' (in ${termijnen.naamm}); bedoelt u een methode, zet er dan "
                        + "haakjes achter");
    }

    private List<ModelFinding> findings() {
        return gate.check(models.files());
    }

    private List<String> messages() {
        return messages(findings());
    }

    private static List<String> messages(List<ModelFinding> findings) {
        return findings.stream().map(ModelFinding::melding).toList();
    }
}
