package nl.inburgeringsregie.ontzorgen;

import static nl.inburgeringsregie.ontzorgen.process.FinancieelOntzorgenProcess.BOUNDARY_EVENT_AFRONDING_ONTZORGEN;
import static nl.inburgeringsregie.ontzorgen.process.FinancieelOntzorgenProcess.TASK_ONTZORGEN_AFRONDEN;
import static nl.inburgeringsregie.ontzorgen.process.FinancieelOntzorgenProcess.TASK_ONTZORGEN_STARTEN;
import static nl.inburgeringsregie.ontzorgen.process.FinancieelOntzorgenProcess.TASK_VASTE_LASTEN_REGISTREREN;
import static nl.inburgeringsregie.ontzorgen.process.FinancieelOntzorgenProcess.TIMER_START_VASTE_LASTEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.ontzorgen.process.FinancieelOntzorgenProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.termijn.Clocks;
import nl.inburgeringsregie.termijn.DeadlineStatus;
import nl.inburgeringsregie.termijn.NormBreach;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Financieel ontzorgen for an asielmigrant on bijstand, beside schakel 3: six months with monthly
 * fixed costs and a closing talk, ending early when bijstand ends, the local-policy exception, and a
 * closing talk that is late.
 */
class FinancieelOntzorgenScenarioTest extends ScenarioTest {

    private static final LocalDate BIJSTAND_START = TODAY.minusDays(2);
    private static final LocalDate END = BIJSTAND_START.plusMonths(6);

    private ProcessInstance ontzorgen;

    @BeforeEach
    void startCase() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        driver.completeWarmeOverdracht(TODAY.minusDays(3), true);
        ontzorgen = driver.instance(FinancieelOntzorgenProcess.PROCESS_ID);
    }

    @Test
    void runsBesideTheIntakeForSixMonthsWithMonthlyCostsAndEndsWithTheClosingTalk() {
        assertThat(driver.main()).isWaitingAt(InburgeringProcess.CALL_ACTIVITY_BREDE_INTAKE_EN_PIP,
                InburgeringProcess.CALL_ACTIVITY_FINANCIEEL_ONTZORGEN);
        start();

        assertThat(deadlines.findOpen(driver.caseNumber(), Norm.FINANCIEEL_ONTZORGEN).orElseThrow().dueOn()).isEqualTo(END);
        Date firstMonth = driver.timer(TIMER_START_VASTE_LASTEN).getDuedate();
        assertThat(firstMonth).as("bijstand started two days ago: the first month right away")
                .isBetween(new Date(System.currentTimeMillis() - 60_000), new Date(System.currentTimeMillis() + 180_000));
        assertThat(driver.timer(BOUNDARY_EVENT_AFRONDING_ONTZORGEN).getDuedate()).isEqualTo(at(END.minusWeeks(1), 7));

        driver.travelTo(TODAY.plusDays(1), 8);
        driver.consulent(TASK_VASTE_LASTEN_REGISTREREN, "lastenPeriode", BIJSTAND_START.toString().substring(0, 7),
                "huurBetaald", 612.5, "energieBetaald", 140L, "waterBetaald", 22.75, "zorgverzekeringBetaald", 148L);
        assertThat(costs()).containsEntry("rent", new BigDecimal("612.50")).containsEntry("water", new BigDecimal("22.75"));
        assertThat(driver.timer(TIMER_START_VASTE_LASTEN).getDuedate()).as("next month")
                .isEqualTo(Date.from(firstMonth.toInstant().atZone(CaseDriver.NL).plusMonths(1).toInstant()));

        for (int month = 1; month < 6; month++) {
            driver.travelTo(TODAY.plusMonths(month).plusDays(1), 8);
            driver.consulent(TASK_VASTE_LASTEN_REGISTREREN, "lastenPeriode", TODAY.plusMonths(month).toString().substring(0, 7),
                    "huurBetaald", 612.5, "energieBetaald", 140L, "waterBetaald", 22.75, "zorgverzekeringBetaald", 148L);
        }
        assertThat(driver.hasTimer(TIMER_START_VASTE_LASTEN)).as("six months, six registrations").isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fixed_cost_payment WHERE case_id = ?").param(caseId())
                .query(Integer.class).single()).isEqualTo(6);

        driver.travelTo(END.minusWeeks(1), 8);
        assertThat(ontzorgen).isWaitingAt(TASK_ONTZORGEN_AFRONDEN);
        driver.consulent(TASK_ONTZORGEN_AFRONDEN, "ontzorgenEindgesprekOp", END.minusWeeks(1).toString(), "financieelZelfredzaam", "nee",
                "vervolgondersteuning", "BUDGETBEHEER", "vervolgToelichting", "Via de Kredietbank");

        assertThat(ontzorgen).isEnded().hasPassed(FinancieelOntzorgenProcess.END_EVENT_ONTZORGD);
        assertThat(driver.main()).hasPassed(InburgeringProcess.END_EVENT_ONTZORGEN_AFGEROND);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.FINANCIEEL_ONTZORGEN).orElseThrow().status())
                .isEqualTo(DeadlineStatus.MET);
        assertThat(deadlines.findBreaches(driver.caseNumber())).extracting(NormBreach::norm)
                .as("the intake beside it was late; ontzorgen was not").doesNotContain(Norm.FINANCIEEL_ONTZORGEN);
        Map<String, Object> outcome = outcome();
        assertThat(outcome.get("self_reliant")).isEqualTo(false);
        assertThat(outcome.get("follow_up")).isEqualTo("BUDGETBEHEER");
        assertThat(driver.hasTask(TASK_VASTE_LASTEN_REGISTREREN)).as("monthly tasks end with ontzorgen").isFalse();
    }

    @Test
    void endsEarlyWhenBijstandEnds() {
        start();
        driver.travelTo(BIJSTAND_START.plusMonths(2), 12);
        driver.correlate(FinancieelOntzorgenProcess.MESSAGE_BIJSTAND_BEEINDIGD, "bijstandEinddatum",
                BIJSTAND_START.plusMonths(2).minusDays(1).toString());

        assertThat(ontzorgen).isWaitingAt(TASK_ONTZORGEN_AFRONDEN).hasPassed(FinancieelOntzorgenProcess.BOUNDARY_EVENT_BIJSTAND_BEEINDIGD);
        assertThat(recordedOn(Milestone.BIJSTAND_ENDED)).isEqualTo(BIJSTAND_START.plusMonths(2).minusDays(1));
        driver.consulent(TASK_ONTZORGEN_AFRONDEN, "ontzorgenEindgesprekOp", BIJSTAND_START.plusMonths(2).toString(),
                "financieelZelfredzaam", "ja");
        assertThat(ontzorgen).isEnded();
        assertThat(outcome().get("self_reliant")).isEqualTo(true);
    }

    @Test
    void theConsulentReportsTheEndOfBijstandWhenNoMessageComes() {
        start();
        assertThat(ontzorgen).isWaitingAt(FinancieelOntzorgenProcess.TASK_EINDE_BIJSTAND_MELDEN);
        assertThat(driver.task(FinancieelOntzorgenProcess.TASK_EINDE_BIJSTAND_MELDEN).getFollowUpDate())
                .as("shown again when the closing is near").isEqualTo(at(END.minusWeeks(1), 7));
        driver.travelTo(BIJSTAND_START.plusMonths(3), 9);

        assertThatThrownBy(() -> driver.consulent(FinancieelOntzorgenProcess.TASK_EINDE_BIJSTAND_MELDEN,
                "bijstandEinddatum", BIJSTAND_START.plusMonths(4).toString()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("niet in de toekomst");
        driver.consulent(FinancieelOntzorgenProcess.TASK_EINDE_BIJSTAND_MELDEN, "bijstandEinddatum",
                BIJSTAND_START.plusMonths(3).minusDays(2).toString());

        assertThat(ontzorgen).isWaitingAt(TASK_ONTZORGEN_AFRONDEN).hasNotPassed(FinancieelOntzorgenProcess.BOUNDARY_EVENT_BIJSTAND_BEEINDIGD);
        assertThat(recordedOn(Milestone.BIJSTAND_ENDED)).isEqualTo(BIJSTAND_START.plusMonths(3).minusDays(2));
    }

    @Test
    void aLocalPolicyExceptionNeedsAReason() {
        assertThatThrownBy(() -> driver.consulent(TASK_ONTZORGEN_STARTEN, "ontzorgenUitzondering", "ja"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Motiveer");
        assertThat(ontzorgen).isWaitingAt(TASK_ONTZORGEN_STARTEN);

        driver.consulent(TASK_ONTZORGEN_STARTEN, "ontzorgenUitzondering", "ja",
                "ontzorgenUitzonderingReden", "Werkt als boekhouder en regelt zijn zaken zelf");

        assertThat(ontzorgen).isEnded().hasPassed(FinancieelOntzorgenProcess.END_EVENT_NIET_ONTZORGD);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.FINANCIEEL_ONTZORGEN)).isEmpty();
        assertThat(recordedOn(Milestone.ONTZORGEN_SKIPPED)).isEqualTo(TODAY);
    }

    @Test
    void refusesAMissingAuthorisationAndImpossibleAmounts() {
        assertThatThrownBy(() -> driver.consulent(TASK_ONTZORGEN_STARTEN, "ontzorgenUitzondering", "nee",
                "bijstandStartdatum", BIJSTAND_START.toString()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("machtiging");
        start();
        driver.travelTo(TODAY.plusDays(1), 8);
        assertThatThrownBy(() -> driver.consulent(TASK_VASTE_LASTEN_REGISTREREN, "lastenPeriode", "2026-13",
                "huurBetaald", -5L, "energieBetaald", 140L, "waterBetaald", 22L, "zorgverzekeringBetaald", 148L))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("jjjj-mm");
        assertThat(costs()).isEmpty();
    }

    @Test
    void aClosingTalkNotHeldByTheEndEscalatesToTheCoordinators() {
        start();
        driver.travelTo(END.plusDays(1), 9);

        assertThat(driver.hasTask(Clocks.escalationTask("FINANCIEEL_ONTZORGEN"))).isTrue();
        assertThat(deadlines.findBreaches(driver.caseNumber())).extracting(NormBreach::norm)
                .contains(Norm.FINANCIEEL_ONTZORGEN);
        assertThat(ontzorgen).isWaitingAt(TASK_ONTZORGEN_AFRONDEN);
    }

    @Test
    void theCoordinatorsMeasureOnALateClosingTalkIsRecordedAndTheClosingTalkThenCountsTheDaysLate() {
        start();
        driver.travelTo(END.plusDays(1), 9);
        String escalation = Clocks.escalationTask("FINANCIEEL_ONTZORGEN");
        assertThat(engine.getTaskService().getVariable(driver.task(escalation).getId(), "termijnNaam"))
                .isEqualTo(Norm.FINANCIEEL_ONTZORGEN.label());

        driver.coordinator(escalation, "escalatieMaatregel", "INBURGERAAR_ONBEREIKBAAR",
                "escalatieToelichting", "Twee keer niet verschenen; brief gestuurd");

        NormBreach breach = breach(Norm.FINANCIEEL_ONTZORGEN);
        assertThat(breach.dueOn()).isEqualTo(END);
        assertThat(breach.action()).isEqualTo("INBURGERAAR_ONBEREIKBAAR");
        assertThat(breach.actionNote()).isEqualTo("Twee keer niet verschenen; brief gestuurd");
        assertThat(breach.actionBy()).isEqualTo("coordinator");
        assertThat(breach.daysLate()).isNull();
        assertThat(ontzorgen).hasPassed(FinancieelOntzorgenProcess.END_EVENT_ESCALATIE_FINANCIEEL_ONTZORGEN).isWaitingAt(TASK_ONTZORGEN_AFRONDEN);
        assertThat(driver.hasTask(escalation)).isFalse();
        assertThat(deadlines.findOpen(driver.caseNumber(), Norm.FINANCIEEL_ONTZORGEN)).as("still running").isPresent();

        driver.travelTo(END.plusDays(3), 10);
        driver.consulent(TASK_ONTZORGEN_AFRONDEN, "ontzorgenEindgesprekOp", END.plusDays(3).toString(), "financieelZelfredzaam", "ja");

        assertThat(ontzorgen).isEnded().hasPassed(FinancieelOntzorgenProcess.END_EVENT_ONTZORGD);
        assertThat(deadlines.findLatest(driver.caseNumber(), Norm.FINANCIEEL_ONTZORGEN).orElseThrow().status())
                .isEqualTo(DeadlineStatus.MET);
        assertThat(breach(Norm.FINANCIEEL_ONTZORGEN).daysLate()).isEqualTo(3);
        assertThat(breach(Norm.FINANCIEEL_ONTZORGEN).metOn()).isEqualTo(END.plusDays(3));
        assertThat(outcome().get("self_reliant")).isEqualTo(true);
    }

    private void start() {
        driver.consulent(TASK_ONTZORGEN_STARTEN, "ontzorgenUitzondering", "nee", "bijstandStartdatum",
                BIJSTAND_START.toString(), "machtigingDatum", TODAY.toString());
    }

    private Map<String, Object> costs() {
        return jdbc.sql("SELECT rent, water FROM fixed_cost_payment WHERE case_id = ?").param(caseId())
                .query((rs, row) -> Map.<String, Object>of("rent", rs.getBigDecimal("rent"), "water", rs.getBigDecimal("water")))
                .optional().orElse(Map.of());
    }

    private Map<String, Object> outcome() {
        return jdbc.sql("SELECT self_reliant, follow_up FROM ontzorgen WHERE case_id = ?").param(caseId())
                .query((rs, row) -> {
                    var values = new java.util.HashMap<String, Object>();
                    values.put("self_reliant", rs.getBoolean("self_reliant"));
                    values.put("follow_up", rs.getString("follow_up"));
                    return (Map<String, Object>) values;
                }).single();
    }

    private LocalDate recordedOn(Milestone milestone) {
        return milestones.findByCase(caseId()).stream().filter(m -> m.milestone() == milestone).findFirst()
                .orElseThrow().occurredOn();
    }

    private long caseId() {
        return aCase().id();
    }
}
