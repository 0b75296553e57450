package nl.inburgeringsregie.bredeintake;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.MESSAGE_UITSLAG_LEERBAARHEIDSTOETS;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_BOETEVOORSTEL_BEOORDELEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_BOETEVOORSTEL_OPSTELLEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_VOEREN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_TOETS_PLANNEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_WAARSCHUWING_VERSTUREN;
import static nl.inburgeringsregie.termijn.Clocks.breachTimer;
import static nl.inburgeringsregie.termijn.Clocks.reminderTimer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.handhaving.FineDecision;
import nl.inburgeringsregie.handhaving.Sanction;
import nl.inburgeringsregie.handhaving.SanctionGround;
import nl.inburgeringsregie.handhaving.SanctionKind;
import nl.inburgeringsregie.handhaving.SanctionService;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.Schakel3ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * The brede intake of schakel 3 through the real models, listeners and case tables: the intake in time with the
 * test, advice and approved PIP delivered to DUO, a further intake talk, no-shows with warning and fine, a case
 * under the old law, and a family migrant without warme overdracht.
 */
class BredeIntakeScenarioTest extends Schakel3ScenarioTest {

    @Autowired
    SanctionService sanctions;

    private void noShow() {
        driver.consulent(TASK_INTAKEGESPREK_PLANNEN, "intakeGesprekDatum", TODAY.plusDays(3).toString(),
                "intakeGesprekLocatie", "Gemeentehuis", "intakeTolk", "ja");
        driver.consulent(TASK_INTAKEGESPREK_VOEREN, "intakeVerschenen", "nee", "nietVerschenenVerwijtbaar", "ja");
    }

    @Test
    void intakeInTimeThenTestAdviceAndApprovedPipDeliveredToDuo() {
        ProcessInstance main = driver.main();
        assertThat(schakel3()).isWaitingAt(TASK_INTAKEGESPREK_PLANNEN);
        assertThat(driver.task(TASK_INTAKEGESPREK_PLANNEN).getAssignee()).as("the case's consulent").isEqualTo("consulent");
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).isEqualTo(BRP.plusWeeks(4));
        assertThat(deadline(Norm.PIP).dueOn()).isEqualTo(BRP.plusWeeks(10));
        assertThat(driver.timer(reminderTimer("BREDE_INTAKE")).getDuedate())
                .isEqualTo(at(BRP.plusWeeks(4).minusWeeks(1), 7));
        assertThat(driver.timer(breachTimer("BREDE_INTAKE")).getDuedate()).isEqualTo(at(BRP.plusWeeks(4).plusDays(1), 0));

        holdIntake(12, "GEALFABETISEERD", "nee", "nee");

        assertThat(schakel3()).hasPassed(BredeIntakeEnPipProcess.END_EVENT_BREDE_INTAKE_AFGEROND);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.BREDE_INTAKE).orElseThrow().status())
                .isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.findBreaches(driver.caseNumber())).isEmpty();
        assertThat(driver.hasTimer(breachTimer("BREDE_INTAKE"))).as("clock stopped").isFalse();
        assertThat(recorded()).containsKey(Milestone.BREDE_INTAKE_DONE);
        var report = report("BREDE_INTAKE_GESPREK");
        assertThat(report).hasSize(1);
        assertThat(report.get(0)).contains("Rugklachten").contains("Arts in Syrië");
        assertThat(engine.getRuntimeService().getVariable(schakel3().getId(), "gezondheid"))
                .as("health notes live in the case file, not in the process").isNull();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(schakel3().getId())
                .variableName("gezondheid").count()).as("nor in the engine's history").isZero();
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(schakel3().getId())
                .variableUpdates().list()).noneMatch(detail -> detail instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate update
                        && "gezondheid".equals(update.getVariableName()));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(schakel3().getId())
                .variableName("jarenScholing").count()).as("what the advice routes on stays").isEqualTo(1);

        driver.runAsyncSteps();
        assertThat(outbox("LBT_EXAMENNUMMER_OPVRAGEN")).hasSize(1);
        assertThat(schakel3()).isWaitingAt(TASK_TOETS_PLANNEN);
        driver.planLeerbaarheidstoets();
        driver.correlate(MESSAGE_UITSLAG_LEERBAARHEIDSTOETS, "leerbaarheidstoetsUitslag", "B1-route haalbaar");

        assertThat(schakel3()).isWaitingAt(TASK_PIP_OPSTELLEN);
        assertThat(engine.getRuntimeService().getVariable(schakel3().getId(), "adviesLeerroute")).isEqualTo("B1_ROUTE");
        assertThat(recorded().get(Milestone.LEERBAARHEIDSTOETS_RESULT).note()).isEqualTo("B1-route haalbaar");
        draftPip("B1_ROUTE", null);
        assertThat(schakel3()).isWaitingAt(TASK_PIP_BEOORDELEN);
        driver.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());

        IntegrationCase approved = aCase();
        assertThat(approved.termStartsOn()).as("the day after the first PIP").isEqualTo(TODAY.plusDays(1));
        assertThat(approved.termEndsOn()).isEqualTo(TODAY.plusDays(1).plusYears(3).minusDays(1));
        assertThat(approved.leerroute()).isEqualTo("B1_ROUTE");
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.PIP).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
        assertThat(pips.inForce(driver.caseNumber()).orElseThrow().niveau()).isEqualTo("B1");

        driver.runAsyncSteps();
        List<String> delivered = outbox("PIP_REGISTREREN");
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0)).contains("\"dagtekeningPip\":\"" + TODAY + "\"").contains("\"leerroute\":\"B\"")
                .contains("\"niveau\":\"B1\"").contains("\"indicatorAlfabetiseringsonderwijs\":\"NVT\"");
        assertThat(schakel3()).isEnded();
        assertThat(main).as("no bijstand, so no ontzorgen: the main process goes on with schakel 4")
                .hasPassed(InburgeringProcess.END_EVENT_GEEN_ONTZORGEN).isWaitingAt(InburgeringProcess.CALL_ACTIVITY_INBURGEREN_EN_PARTICIPEREN);
        assertThat(aCase().phase()).isEqualTo(CasePhase.INBURGEREN);
    }

    @Test
    void aFurtherIntakeTalkPlansTheIntakeAgainAndOnlyTheLastTalkCompletesTheIntake() {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee", "ja");

        assertThat(schakel3()).as("vervolggesprek: back to planning").isWaitingAt(TASK_INTAKEGESPREK_PLANNEN)
                .hasNotPassed(BredeIntakeEnPipProcess.END_EVENT_BREDE_INTAKE_AFGEROND);
        assertThat(report("BREDE_INTAKE_GESPREK")).as("the first talk is in the case file")
                .hasSize(1);
        assertThat(recorded()).doesNotContainKey(Milestone.BREDE_INTAKE_DONE);
        assertThat(deadline(Norm.BREDE_INTAKE).status()).as("the intake is not done yet").isEqualTo(DeadlineStatus.OPEN);
        assertThat(driver.hasTask(TASK_TOETS_PLANNEN)).isFalse();
        assertThat(outbox("LBT_EXAMENNUMMER_OPVRAGEN")).as("no test before the intake is done").isEmpty();

        holdIntake(12, "GEALFABETISEERD", "nee", "nee", "nee");

        assertThat(schakel3()).hasPassed(BredeIntakeEnPipProcess.END_EVENT_BREDE_INTAKE_AFGEROND);
        assertThat(report("BREDE_INTAKE_GESPREK")).hasSize(2);
        assertThat(recorded().get(Milestone.BREDE_INTAKE_DONE).occurredOn()).isEqualTo(TODAY);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.BREDE_INTAKE).orElseThrow().status())
                .isEqualTo(DeadlineStatus.MET);
        driver.runAsyncSteps();
        assertThat(schakel3()).isWaitingAt(TASK_TOETS_PLANNEN);
    }

    @Test
    void notCooperatingWithTheIntakeLeadsToAWarningThenAFineDecidedByFourEyes() {
        driver.consulent(TASK_INTAKEGESPREK_PLANNEN, "intakeGesprekDatum", TODAY.plusDays(3).toString(),
                "intakeGesprekLocatie", "Gemeentehuis", "intakeTolk", "ja");
        driver.consulent(TASK_INTAKEGESPREK_VOEREN, "intakeVerschenen", "nee", "nietVerschenenVerwijtbaar", "nee",
                "redenNietVerschenen", "Ziek");
        assertThat(schakel3()).as("not culpable: plan again").isWaitingAt(TASK_INTAKEGESPREK_PLANNEN);

        noShow();
        assertThat(schakel3()).isWaitingAt(TASK_WAARSCHUWING_VERSTUREN);
        driver.consulent(TASK_WAARSCHUWING_VERSTUREN, "waarschuwingVerstuurdOp", TODAY.toString(),
                "waarschuwingToelichting", "Bij opnieuw niet verschijnen volgt een boete");
        assertThat(schakel3()).isWaitingAt(TASK_INTAKEGESPREK_PLANNEN);

        noShow();
        assertThat(schakel3()).isWaitingAt(TASK_BOETEVOORSTEL_OPSTELLEN);
        assertThatThrownBy(() -> driver.consulent(TASK_BOETEVOORSTEL_OPSTELLEN, "boeteBedrag", 300, "boeteMotivering", "Tweede keer"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("250");
        driver.consulent(TASK_BOETEVOORSTEL_OPSTELLEN, "boeteBedrag", 150, "boeteMotivering", "Tweede keer niet verschenen na waarschuwing");
        assertThatThrownBy(() -> driver.complete(TASK_BOETEVOORSTEL_BEOORDELEN, "consulent", "coordinatoren",
                CaseDriver.vars("boeteBesluit", "GOEDKEUREN", "boeteBesluitMotivering", "Akkoord")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Vier ogen");
        driver.coordinator(TASK_BOETEVOORSTEL_BEOORDELEN, "boeteBesluit", "AFWIJZEN",
                "boeteBesluitMotivering", "Asielstatushouder; geen uitzonderlijke omstandigheden");

        assertThat(schakel3()).isWaitingAt(TASK_INTAKEGESPREK_PLANNEN);
        List<Sanction> recorded = sanctions.findByCase(driver.caseNumber());
        assertThat(recorded).extracting(Sanction::kind).containsExactly(SanctionKind.WAARSCHUWING, SanctionKind.BOETE);
        assertThat(recorded.get(1).amountEuros()).isEqualTo(150);
        assertThat(recorded.get(1).decision()).isEqualTo(FineDecision.AFWIJZEN);
        assertThat(recorded.get(1).decidedBy()).isEqualTo("coordinator");
    }

    /**
     * The bestuurlijke boete is the Wet inburgering 2021's (art. 34: not cooperating with the brede intake); a
     * Wi2013 case has none (DOMAIN.md: "Wi2013 cases (ondertussengroep, asielmigrant coupled before 2022) have no
     * Wi2021 leerroute, term or bestuurlijke boete"). After a warning, a second culpable no-show is warned again.
     */
    @Test
    void aCaseUnderTheOldLawIsWarnedAgainButNeverOfferedAFine() {
        var overgang = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.of(TestBsn.next(), Doelgroep.ASIELMIGRANT_OVERGANG));
        overgang.completeWarmeOverdracht(BRP, false);
        var instance = overgang.instance(BredeIntakeEnPipProcess.PROCESS_ID);
        for (int time = 1; time <= 2; time++) {
            overgang.consulent(TASK_INTAKEGESPREK_PLANNEN, "intakeGesprekDatum", TODAY.plusDays(3).toString(),
                    "intakeGesprekLocatie", "Gemeentehuis", "intakeTolk", "ja");
            overgang.consulent(TASK_INTAKEGESPREK_VOEREN, "intakeVerschenen", "nee", "nietVerschenenVerwijtbaar", "ja");
            assertThat(instance).as("culpable no-show %d", time).isWaitingAt(TASK_WAARSCHUWING_VERSTUREN);
            overgang.consulent(TASK_WAARSCHUWING_VERSTUREN, "waarschuwingVerstuurdOp", TODAY.toString(),
                    "waarschuwingToelichting", "Verschijn op het volgende gesprek");
        }

        assertThat(instance).isWaitingAt(TASK_INTAKEGESPREK_PLANNEN).hasNotPassed(TASK_BOETEVOORSTEL_OPSTELLEN);
        assertThat(sanctions.findByCase(overgang.caseNumber())).extracting(Sanction::kind)
                .containsExactly(SanctionKind.WAARSCHUWING, SanctionKind.WAARSCHUWING);
        assertThatThrownBy(() -> sanctions.proposeFine(overgang.caseNumber(), SanctionGround.BREDE_INTAKE_NIET_MEEWERKEN,
                100, "Toch een boete", "consulent"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Wet inburgering 2013");
    }

    @Test
    void aCaseUnderTheOldLawHasNoDuoTestAndNoDeliveryToDuo() {
        var overgang = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.of(TestBsn.next(), Doelgroep.ASIELMIGRANT_OVERGANG));
        overgang.completeWarmeOverdracht(BRP, false);
        overgang.consulent(TASK_INTAKEGESPREK_PLANNEN, "intakeGesprekDatum", TODAY.toString(), "intakeGesprekLocatie", "Stadhuis",
                "intakeTolk", "nee");
        overgang.consulent(TASK_INTAKEGESPREK_VOEREN, "intakeVerschenen", "ja", "intakeGehoudenOp", TODAY.toString(),
                "tolkGebruikt", "nee", "opleiding", "Middelbare school", "jarenScholing", 10, "werkervaring", "Kapper",
                "gezondheid", "Goed", "traumaSignalen", "nee", "gezin", "Alleenstaand", "financien", "Bijstand",
                "geletterdheid", "GEALFABETISEERD", "motivatieEnDoelen", "Eigen zaak", "studiewens", "nee",
                "beperkingZichtOfGehoor", "nee", "vervolggesprekNodig", "nee");
        var instance = overgang.instance(BredeIntakeEnPipProcess.PROCESS_ID);

        assertThat(instance).isWaitingAt(TASK_PIP_OPSTELLEN).hasPassed(BredeIntakeEnPipProcess.SERVICE_TASK_TOETS_VRIJSTELLING)
                .hasNotPassed(BredeIntakeEnPipProcess.SERVICE_TASK_TOETS_AANMELDEN);
        // DOMAIN.md: Wi2013 cases have no Wi2021 leerroute — the PIP has none (this test drafted a B1 PIP before issue 18)
        overgang.complete(TASK_PIP_OPSTELLEN, "consulent", "consulenten", CaseDriver.vars("pvtAanbieder", "VWN",
                "begeleidingAfspraken", "Maandelijks", "participatieAfspraken", "Werk", "duurMaanden", 36));
        overgang.coordinator(TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening", TODAY.toString());
        overgang.runAsyncSteps();

        assertThat(instance).isEnded().hasNotPassed(BredeIntakeEnPipProcess.SERVICE_TASK_PIP_AANLEVEREN);
        long caseId = cases.findByNumber(overgang.caseNumber()).orElseThrow().id();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE case_id = ?").param(caseId)
                .query(Integer.class).single()).as("Wi2013: outside DUO's exchange").isZero();
    }

    @Test
    void aFamilyMigrantWithoutWarmeOverdrachtGetsTheBrpAskedAndGoesToTheIntake() {
        var family = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        assertThat(family.main()).isWaitingAt(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN);

        family.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());

        assertThat(family.main()).isWaitingAt(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP)
                .hasPassed(InburgeringProcess.END_EVENT_GEEN_ONTZORGEN);
        assertThat(deadlines.findOpen(family.caseNumber(), Norm.BREDE_INTAKE).orElseThrow().dueOn())
                .isEqualTo(BRP.plusWeeks(4));
    }
}
