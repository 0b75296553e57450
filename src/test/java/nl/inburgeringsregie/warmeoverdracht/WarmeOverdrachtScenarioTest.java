package nl.inburgeringsregie.warmeoverdracht;

import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_DRIEGESPREK_VOEREN;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_OVERDRACHT_OP_AFSTAND;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_VERHUIZING_VASTLEGGEN;
import static nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.aanmelding.Requester;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/** Every path of schakel 2, warme overdracht, through the real models, listeners and case tables. */
class WarmeOverdrachtScenarioTest extends ScenarioTest {

    private String caseNumber;
    private ProcessInstance main;
    private ProcessInstance handover;

    @BeforeEach
    void startCase() {
        start(Aanmeldingen.asielmigrant(TestBsn.next()));
    }

    @Test
    void threePartyTalkHeldAtTheAzc() {
        assertThat(handover).isWaitingAt(TASK_DRIEGESPREK_PLANNEN, TASK_WONING_TOEWIJZEN);
        assertThat(task(TASK_DRIEGESPREK_PLANNEN, handover)).hasCandidateGroup("consulenten");

        planTalk();
        assertThat(handover).isWaitingAt(TASK_DRIEGESPREK_VOEREN, TASK_WONING_TOEWIJZEN);
        complete(task(TASK_DRIEGESPREK_VOEREN, handover), withVariables("driegesprekGehouden", "ja",
                "driegesprekGehoudenOp", TODAY.minusDays(1).toString(),
                "driegesprekVerslag", "Kennismaking; start brede intake besproken"));

        completeHousingBrpAndFollowUp("ja");

        assertThat(handover).hasPassed(TASK_DRIEGESPREK_VOEREN).hasNotPassed(TASK_OVERDRACHT_OP_AFSTAND).isEnded();
        assertThat(main).hasPassed(InburgeringProcess.CALL_ACTIVITY_WARME_OVERDRACHT)
                .isWaitingAt(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP, InburgeringProcess.CALL_ACTIVITY_FINANCIEEL_ONTZORGEN);
        assertThat(records.milestones(caseNumber)).containsOnlyKeys(Milestone.THREE_PARTY_TALK_PLANNED, Milestone.THREE_PARTY_TALK_HELD,
                Milestone.HOUSING_ALLOCATED, Milestone.MOVED, Milestone.BRP_REGISTERED,
                Milestone.SOCIAL_GUIDANCE_REFERRED, Milestone.BIJSTAND_APPLIED,
                Milestone.APPLICABLE_LAW); // every case records which law applies and why (issue 18, point 12)
        assertThat(records.milestones(caseNumber).get(Milestone.THREE_PARTY_TALK_HELD).note()).contains("start brede intake");
        assertThat(records.milestones(caseNumber).get(Milestone.BRP_REGISTERED).occurredOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(records.milestones(caseNumber).get(Milestone.HOUSING_ALLOCATED).note()).isEqualTo("Dorpsstraat 1, 1621 AB (Intermaris)");
        assertThat(phase()).isEqualTo(CasePhase.BREDE_INTAKE);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(main.getId()).variableName("brpInschrijfdatum").singleResult().getValue())
                .as("BRP date handed back to the main process").isEqualTo(TODAY.minusDays(2).toString());
    }

    @Test
    void threePartyTalkImpossibleSoHandoverByPhone() {
        complete(task(TASK_DRIEGESPREK_PLANNEN, handover), withVariables("driegesprekMogelijk", "nee",
                "redenGeenDriegesprek", "Statushouder al verhuisd naar noodopvang elders"));

        assertThat(handover).isWaitingAt(TASK_OVERDRACHT_OP_AFSTAND, TASK_WONING_TOEWIJZEN);
        complete(task(TASK_OVERDRACHT_OP_AFSTAND, handover), withVariables("overdrachtWijze", "telefonisch",
                "overdrachtDatum", TODAY.toString()));
        completeHousingBrpAndFollowUp("ja");

        assertThat(handover).hasNotPassed(TASK_DRIEGESPREK_VOEREN).isEnded();
        assertThat(records.milestones(caseNumber)).containsKey(Milestone.REMOTE_HANDOVER)
                .doesNotContainKeys(Milestone.THREE_PARTY_TALK_PLANNED, Milestone.THREE_PARTY_TALK_HELD);
        assertThat(records.milestones(caseNumber).get(Milestone.REMOTE_HANDOVER).note())
                .isEqualTo("telefonisch: Statushouder al verhuisd naar noodopvang elders");
        assertThat(main).isWaitingAt(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP);
    }

    @Test
    void plannedTalkThatDidNotTakePlaceFallsBackToARemoteHandover() {
        planTalk();
        complete(task(TASK_DRIEGESPREK_VOEREN, handover), withVariables("driegesprekGehouden", "nee",
                "redenGeenDriegesprek", "Tolk niet verschenen"));

        assertThat(handover).isWaitingAt(TASK_OVERDRACHT_OP_AFSTAND, TASK_WONING_TOEWIJZEN);
        complete(task(TASK_OVERDRACHT_OP_AFSTAND, handover), withVariables("overdrachtWijze", "e-mail",
                "overdrachtDatum", TODAY.toString(), "redenGeenDriegesprek", "Tolk niet verschenen"));
        completeHousingBrpAndFollowUp("ja");

        assertThat(records.milestones(caseNumber)).containsKeys(Milestone.THREE_PARTY_TALK_PLANNED, Milestone.REMOTE_HANDOVER)
                .doesNotContainKey(Milestone.THREE_PARTY_TALK_HELD);
        assertThat(main).isWaitingAt(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP);
    }

    @Test
    void noBijstandIsRecordedWithItsReasonOnTheDayOfTheDecision() {
        planTalk();
        complete(task(TASK_DRIEGESPREK_VOEREN, handover), withVariables("driegesprekGehouden", "ja",
                "driegesprekGehoudenOp", TODAY.toString(), "driegesprekVerslag", "Goed gesprek"));
        completeHousingBrpAndFollowUp("nee");

        assertThat(records.milestones(caseNumber)).containsKey(Milestone.NO_BIJSTAND).doesNotContainKey(Milestone.BIJSTAND_APPLIED);
        assertThat(records.milestones(caseNumber).get(Milestone.NO_BIJSTAND).occurredOn()).isEqualTo(TODAY);
        assertThat(records.milestones(caseNumber).get(Milestone.NO_BIJSTAND).note()).isEqualTo("Heeft werk als kok");
        assertThat(main).as("no bijstand, so no financieel ontzorgen")
                .isWaitingAt(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP).hasPassed(InburgeringProcess.END_EVENT_GEEN_ONTZORGEN);
    }

    @Test
    void theFollowUpStepsWaitForBothHandoverAndHousing() {
        completeHousingAndBrp();

        assertThat(handover).isWaitingAt(TASK_DRIEGESPREK_PLANNEN).isNotWaitingAt(TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, TASK_BIJSTANDSAANVRAAG_VASTLEGGEN);
        planTalk();
        complete(task(TASK_DRIEGESPREK_VOEREN, handover), withVariables("driegesprekGehouden", "ja",
                "driegesprekGehoudenOp", TODAY.toString(), "driegesprekVerslag", "Verslag"));
        assertThat(handover).isWaitingAt(TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, TASK_BIJSTANDSAANVRAAG_VASTLEGGEN);
    }

    @Test
    void refusesABrpDateInTheFutureAndKeepsTheTaskOpen() {
        complete(task(TASK_WONING_TOEWIJZEN, handover), housing());
        complete(task(TASK_VERHUIZING_VASTLEGGEN, handover), withVariables("verhuisdatum", TODAY.minusDays(3).toString()));
        var brpTask = task(TASK_BRP_INSCHRIJVING_VASTLEGGEN, handover);

        assertThatThrownBy(() -> engine.getTaskService().complete(brpTask.getId(),
                Map.of("brpInschrijfdatum", TODAY.plusDays(1).toString())))
                .isExactlyInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("mag niet in de toekomst liggen");
        assertThatThrownBy(() -> engine.getTaskService().complete(brpTask.getId(),
                Map.of("brpInschrijfdatum", "morgen")))
                .isExactlyInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("is geen datum: typ de datum als dd-mm-jjjj");

        assertThat(handover).isWaitingAt(TASK_BRP_INSCHRIJVING_VASTLEGGEN);
        assertThat(records.milestones(caseNumber)).doesNotContainKey(Milestone.BRP_REGISTERED);
    }

    @Test
    void tasklistAndRestGetA400WithTheDutchMessageForAFutureDate() {
        complete(task(TASK_WONING_TOEWIJZEN, handover), housing());
        var moveTask = task(TASK_VERHUIZING_VASTLEGGEN, handover);
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"variables\":{\"verhuisdatum\":{\"value\":\"" + TODAY.plusDays(5) + "\",\"type\":\"String\"}}}";

        var response = rest.withBasicAuth("consulent", "demo").exchange("/engine-rest/task/" + moveTask.getId()
                + "/submit-form", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("De datum bij 'Verhuisd' mag niet in de toekomst liggen");
        assertThat(handover).isWaitingAt(TASK_VERHUIZING_VASTLEGGEN);
    }

    /** Issue 16, point 8: a form's date is typed as dd-mm-jjjj and read strictly, never guessed. */
    @Test
    void aDateTypedAsDdMmJjjjIsReadAsThatDayAndAnUnreadableOneGetsA400InDutch() {
        complete(task(TASK_WONING_TOEWIJZEN, handover), housing());
        var moveTask = task(TASK_VERHUIZING_VASTLEGGEN, handover);
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (String unreadable : new String[] {"31-02-2026", "5/11/26", "11/05/2026", "05-11-26"}) {
            String body = "{\"variables\":{\"verhuisdatum\":{\"value\":\"" + unreadable + "\",\"type\":\"String\"}}}";
            var response = rest.withBasicAuth("consulent", "demo").exchange("/engine-rest/task/" + moveTask.getId()
                    + "/submit-form", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

            assertThat(response.getStatusCode()).as(unreadable + ": " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).as(unreadable).contains("'" + unreadable + "'")
                    .containsAnyOf("typ de datum als dd-mm-jjjj, bijvoorbeeld 05-11-2026", "bestaat niet")
                    .doesNotContain("ENGINE-");
            assertThat(handover).isWaitingAt(TASK_VERHUIZING_VASTLEGGEN);
        }
        // A Date-typed variable would be read in the server's zone (23:30 UTC is the next day in Amsterdam): refused
        String asDate = "{\"variables\":{\"verhuisdatum\":{\"value\":\"2026-11-01T23:30:00.000+0000\",\"type\":\"Date\"}}}";
        var dateTyped = rest.withBasicAuth("consulent", "demo").exchange("/engine-rest/task/" + moveTask.getId()
                + "/submit-form", HttpMethod.POST, new HttpEntity<>(asDate, headers), String.class);
        assertThat(dateTyped.getStatusCode()).as(dateTyped.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(dateTyped.getBody()).contains("Typ de datum als tekst dd-mm-jjjj");
        assertThat(handover).isWaitingAt(TASK_VERHUIZING_VASTLEGGEN);

        LocalDate moved = TODAY.minusDays(3);
        complete(moveTask, withVariables("verhuisdatum", DutchDate.format(moved)));

        assertThat(records.milestones(caseNumber).get(Milestone.MOVED).occurredOn()).isEqualTo(moved);
        assertThat(engine.getRuntimeService().getVariable(handover.getId(), "verhuisdatum")).as("stored as ISO for the models")
                .isEqualTo(moved.toString());
    }

    @Test
    void aPlannedTalkMayLieInTheFuture() {
        complete(task(TASK_DRIEGESPREK_PLANNEN, handover), withVariables("driegesprekMogelijk", "ja",
                "driegesprekDatum", TODAY.plusDays(7).toString(), "driegesprekLocatie", "AZC Alkmaar"));

        assertThat(records.milestones(caseNumber).get(Milestone.THREE_PARTY_TALK_PLANNED).occurredOn()).isEqualTo(TODAY.plusDays(7));
        assertThat(records.milestones(caseNumber).get(Milestone.THREE_PARTY_TALK_PLANNED).note()).isEqualTo("AZC Alkmaar");
    }

    @Test
    void theHandoverBelongsToTheGemeenteOfTheCase() {
        assertThat(main.getTenantId()).isEqualTo(Aanmeldingen.HOORN);
        assertThat(handover.getTenantId()).isEqualTo(Aanmeldingen.HOORN);
        assertThat(handover.getBusinessKey()).isEqualTo(caseNumber);
        assertThat(phase()).isEqualTo(CasePhase.WARME_OVERDRACHT);
    }

    private void start(AanmeldingRequest request) {
        caseNumber = aanmeldingen.register(request, new Requester("test", Set.of(request.gemeente()), true));
        main = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(InburgeringProcess.PROCESS_ID).singleResult();
        handover = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(main.getId())
                .singleResult();
    }

    private void planTalk() {
        complete(task(TASK_DRIEGESPREK_PLANNEN, handover), withVariables("driegesprekMogelijk", "ja",
                "driegesprekDatum", TODAY.minusDays(1).toString(), "driegesprekLocatie", "AZC Alkmaar"));
    }

    private void completeHousingAndBrp() {
        complete(task(TASK_WONING_TOEWIJZEN, handover), housing());
        complete(task(TASK_VERHUIZING_VASTLEGGEN, handover), withVariables("verhuisdatum", TODAY.minusDays(3).toString()));
        complete(task(TASK_BRP_INSCHRIJVING_VASTLEGGEN, handover), withVariables("brpInschrijfdatum", TODAY.minusDays(2).toString()));
    }

    private void completeHousingBrpAndFollowUp(String bijstandAangevraagd) {
        completeHousingAndBrp();
        assertThat(handover).isWaitingAt(TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, TASK_BIJSTANDSAANVRAAG_VASTLEGGEN);
        complete(task(TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, handover), withVariables("begeleidingAanbieder", "Vluchtelingenwerk",
                "begeleidingVerwezenOp", TODAY.toString()));
        complete(task(TASK_BIJSTANDSAANVRAAG_VASTLEGGEN, handover), "ja".equals(bijstandAangevraagd)
                ? withVariables("bijstandAangevraagd", "ja", "bijstandAanvraagdatum", TODAY.toString())
                : withVariables("bijstandAangevraagd", "nee", "redenGeenBijstand", "Heeft werk als kok"));
    }

    private static Map<String, Object> housing() {
        return withVariables("woningcorporatie", "Intermaris", "woningAdres", "Dorpsstraat 1",
                "woningPostcode", "1621 AB", "woningToegewezenOp", TODAY.minusDays(10).toString());
    }

    private CasePhase phase() {
        return cases.findByNumber(caseNumber).orElseThrow().phase();
    }
}
