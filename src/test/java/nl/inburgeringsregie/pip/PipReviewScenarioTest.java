package nl.inburgeringsregie.pip;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.Schakel3ScenarioTest;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * The first PIP: drafted by the consulent (a route other than the advice needs a reason, DUO's rules), sent back
 * and approved by another person (four eyes), also as Tasklist submits the forms.
 */
class PipReviewScenarioTest extends Schakel3ScenarioTest {

    @Autowired
    private CaseFileService caseFile;

    private ResponseEntity<String> submit(String user, String taskId, String json) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/submit-form",
                HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    @Test
    void pipSentBackWithRemarksAndApprovedOnlyByAnotherPerson() {
        toDraftPip("B1-route haalbaar");
        draftPip("B1_ROUTE", null);
        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "TERUGSTUREN", "pipOpmerkingen", "Participatiedeel concreter maken");

        assertThat(schakel3()).isWaitingAt(TASK_PIP_OPSTELLEN);
        assertThat(pips.versions(driver.caseNumber())).extracting(Pip::status).containsExactly(PipStatus.TERUGGESTUURD);
        assertThat(engine.getTaskService().getVariable(driver.task(TASK_PIP_OPSTELLEN).getId(), "pipOpmerkingen"))
                .isEqualTo("Participatiedeel concreter maken");
        assertThat(aCase().termStartsOn()).as("no term without an approved PIP").isNull();

        draftPip("B1_ROUTE", null);
        var review = driver.task(TASK_PIP_BEOORDELEN);
        assertThatThrownBy(() -> driver.complete(TASK_PIP_BEOORDELEN, "consulent", "coordinatoren",
                CaseDriver.vars("pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Vier ogen");
        assertThatThrownBy(() -> driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN",
                "pipDagtekening", BRP.minusDays(1).toString()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("inschrijving in de gemeente");
        assertThatThrownBy(() -> driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN",
                "pipDagtekening", TODAY.plusDays(1).toString()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("niet in de toekomst");
        assertThatThrownBy(() -> driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "TERUGSTUREN"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("moet aanpassen");
        assertThat(driver.task(TASK_PIP_BEOORDELEN).getId()).isEqualTo(review.getId());

        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        assertThat(pips.versions(driver.caseNumber())).extracting(Pip::status)
                .containsExactly(PipStatus.TERUGGESTUURD, PipStatus.VASTGESTELD);
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().reviewedBy()).isEqualTo("coordinator");
        assertThat(aCase().termStartsOn()).isEqualTo(TODAY.plusDays(1));
    }

    /**
     * DUO M2M README, "Het aanleveren van een PIP": "De datum dagtekening mag niet voor de start van de
     * inburgeringsplicht liggen". Refused at the review, where the date is given: nothing approved, no term, nothing
     * sent to DUO (before, approval went through and the send to DUO ended in an incident on an approved PIP).
     */
    @Test
    void aDagtekeningBeforeTheStartOfTheObligationIsRefusedAtTheReviewAndNothingIsApproved() {
        caseFile.recordMilestone(driver.caseNumber(), Milestone.OBLIGATION_STARTED, TODAY.minusDays(1).toString(), "SS101",
                null);
        toDraftPip("B1-route haalbaar");
        draftPip("B1_ROUTE", null);
        var review = driver.task(TASK_PIP_BEOORDELEN);

        assertThatThrownBy(() -> driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN",
                "pipDagtekening", BRP.toString()))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("De dagtekening mag niet voor de start van de inburgeringsplicht ("
                        + DutchDate.format(TODAY.minusDays(1)) + ") liggen (DUO-regel)");
        driver.runAsyncSteps();

        assertThat(driver.task(TASK_PIP_BEOORDELEN).getId()).isEqualTo(review.getId());
        assertThat(pips.versions(driver.caseNumber())).extracting(Pip::status).containsExactly(PipStatus.CONCEPT);
        assertThat(aCase().termStartsOn()).as("no term").isNull();
        assertThat(recorded()).doesNotContainKey(Milestone.PIP_ISSUED);
        assertThat(outbox("PIP_REGISTREREN")).as("nothing sent to DUO").isEmpty();

        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        driver.runAsyncSteps();
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().dagtekening()).isEqualTo(TODAY);
        assertThat(outbox("PIP_REGISTREREN")).hasSize(1);
    }

    @Test
    void aRouteOtherThanTheAdviceNeedsAWrittenReason() {
        toDraftPip("B1-route haalbaar");
        var draft = driver.task(TASK_PIP_OPSTELLEN);

        assertThatThrownBy(() -> draftPip("Z_ROUTE", null))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("schriftelijke reden");
        assertThat(driver.task(TASK_PIP_OPSTELLEN).getId()).isEqualTo(draft.getId());
        assertThat(pips.versions(driver.caseNumber())).isEmpty();

        draftPip("Z_ROUTE", "Concentratieproblemen na trauma; B1 in drie jaar niet reëel");
        Pip pip = pips.versions(driver.caseNumber()).get(0);
        assertThat(pip.leerroute()).isEqualTo(Leerroute.Z_ROUTE);
        assertThat(pip.advisedRoute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(pip.deviationReason()).startsWith("Concentratieproblemen");
        assertThat(pip.niveau()).as("no level on the Z-route").isNull();
    }

    @Test
    void duoRulesAreEnforcedOnTheFirstPip() {
        toDraftPip("B1-route haalbaar");

        assertThatThrownBy(() -> draftPip("B1_ROUTE", null, "niveau", "A2"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("eerste PIP");
        assertThat(pips.versions(driver.caseNumber())).isEmpty();
    }

    @Test
    void fieldsTheFormHidesForTheChosenRouteAreNotKeptFromAnEarlierRound() {
        toDraftPip("B1-route haalbaar");
        draftPip("B1_ROUTE", null, "geschatteIntensiteitB1", 600L);
        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "TERUGSTUREN", "pipOpmerkingen", "Liever de onderwijsroute");

        draftPip("ONDERWIJSROUTE", "Wil geneeskunde studeren");

        Pip second = pips.versions(driver.caseNumber()).get(1);
        assertThat(second.leerroute()).isEqualTo(Leerroute.ONDERWIJSROUTE);
        assertThat(second.mapProvider()).as("no MAP on the onderwijsroute").isNull();
        assertThat(second.estimatedHoursB1()).isNull();
        assertThat(second.niveau()).isEqualTo("B1");
        assertThat(engine.getTaskService().getVariable(driver.task(TASK_PIP_BEOORDELEN).getId(), "pipOpmerkingen"))
                .as("the review starts without the previous remarks").isNull();
    }

    @Test
    void tasklistSubmissionsAreCheckedWithADutchMessagePerField() {
        toDraftPip("B1-route haalbaar");
        String draft = driver.task(TASK_PIP_OPSTELLEN).getId();
        // as Tasklist sends a Camunda Form: untyped JSON values, numbers as JSON numbers
        String deviating = """
                {"variables": {"leerroute": {"value": "Z_ROUTE"}, "taalaanbieder": {"value": "DEMO000004"},
                 "alfabetisering": {"value": "NVT"}, "magOpleidingAfmaken": {"value": false},
                 "pvtAanbieder": {"value": "Vluchtelingenwerk"}, "mapAanbieder": {"value": "Werkplein"},
                 "begeleidingAfspraken": {"value": "Maandelijks"}, "participatieAfspraken": {"value": "Taalcafé"},
                 "duurMaanden": {"value": 24}}}""".replace("\"duurMaanden\"", "\"aanbodDatum\": {\"value\": \""
                + dutch(TODAY) + "\"}, \"aanbodStartdatum\": {\"value\": \"" + dutch(TODAY.plusDays(14))
                + "\"}, \"aanbodEinddatum\": {\"value\": \"" + dutch(TODAY.plusYears(1)) + "\"}, \"duurMaanden\"");

        var refused = submit("consulent", draft, deviating);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        // the form shows its reason field when the route deviates from the advice, and requires it (CheckedFormSubmissions)
        assertThat(refused.getBody()).contains("Vul 'Waarom wijkt u af van het advies?' in");
        assertThat(driver.task(TASK_PIP_OPSTELLEN).getId()).isEqualTo(draft);

        var accepted = submit("consulent", draft, deviating.replace("\"duurMaanden\"",
                "\"afwijkingReden\": {\"value\": \"Concentratieproblemen\"}, \"duurMaanden\""));
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(204);
        assertThat(pips.versions(driver.caseNumber()).get(0).durationMonths()).isEqualTo(24);

        var selfReview = submit("consulent", driver.task(TASK_PIP_BEOORDELEN).getId(),
                "{\"variables\": {\"pipBesluit\": {\"value\": \"GOEDKEUREN\"}}}");
        assertThat(selfReview.getStatusCode().value()).as("a consulent cannot review a PIP").isEqualTo(403);
        assertThat(selfReview.getBody()).contains("TASK_WORK");
        assertThat(schakel3()).isWaitingAt(TASK_PIP_BEOORDELEN);
    }
}
