package nl.inburgeringsregie.afronding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.termijn.Deadline;
import nl.inburgeringsregie.termijn.DeadlineService;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.ClosureReason;
import nl.inburgeringsregie.zaak.Milestone;

class CaseClosureTest {

    static final String CASE = "INB-2026-000001";
    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    final CaseFileService caseFile = mock(CaseFileService.class);
    final DeadlineService deadlines = mock(DeadlineService.class);
    final OutflowService outflow = mock(OutflowService.class);
    final CaseClosure closure = new CaseClosure(caseFile, deadlines, outflow,
            Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    @ParameterizedTest
    @CsvSource({"SS106, DIPLOMA, Diploma behaald", "SS107, VRIJSTELLING, Gehele vrijstelling",
            "SS108, ONTHEFFING, Gehele ontheffing"})
    void obligationMetMeetsTheTermStopsTheClocksAndLeadsToCompletion(String event, String reason, String label) {
        assertThat(closure.obligationMet(CASE, event, "2026-04-30")).isEqualTo(reason);

        verify(caseFile).recordMilestone(CASE, Milestone.OBLIGATION_MET, "2026-04-30", label + " (" + event + ")", null);
        verify(deadlines).meet(CASE, Norm.INBURGERINGSTERMIJN);
        verify(deadlines).cancelOpen(CASE);
        verify(caseFile).changePhase(CASE, CasePhase.AFRONDEN);
        verify(caseFile, never()).close(anyString(), any(), anyString());
    }

    @Test
    void aDecisionWithoutDateIsDatedToday() {
        closure.obligationMet(CASE, "SS106", " ");

        verify(caseFile).recordMilestone(CASE, Milestone.OBLIGATION_MET, TODAY.toString(), "Diploma behaald (SS106)", null);
    }

    @ParameterizedTest
    @CsvSource({"SS110, INGETROKKEN", "SS111, OVERLEDEN"})
    void anEventThatDoesNotMeetTheObligationIsRefusedAsMet(String event, String ignored) {
        assertThatThrownBy(() -> closure.obligationMet(CASE, event, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DUO-gebeurtenis " + event + " betekent niet dat de inburgeringsplicht is nagekomen");
        verifyNoInteractions(caseFile, deadlines);
    }

    @Test
    void anEventThatEndsNothingIsRefused() {
        assertThatThrownBy(() -> closure.obligationMet(CASE, "SS139", null))
                .hasMessage("DUO-gebeurtenis SS139 beëindigt de inburgeringsplicht niet");
        assertThatThrownBy(() -> closure.obligationEnded(CASE, null, null))
                .hasMessage("DUO-gebeurtenis null beëindigt de inburgeringsplicht niet");
    }

    @ParameterizedTest
    @CsvSource({"SS110, INGETROKKEN, Inburgeringsplicht ingetrokken", "SS111, OVERLEDEN, Overleden"})
    void obligationEndedStopsTheClocksAndClosesWithItsReason(String event, ClosureReason reason, String label) {
        closure.obligationEnded(CASE, event, null);

        verify(caseFile).recordMilestone(CASE, Milestone.OBLIGATION_ENDED, TODAY.toString(), label + " (" + event + ")", null);
        verify(deadlines).cancelOpen(CASE);
        verify(caseFile).close(CASE, reason, "Besluit DUO " + event);
    }

    /**
     * A temporary exemption closes no case: it suspends it [issue 18, error 1; DOMAIN.md "We keep such a case
     * suspended"; DUO's Gebeurtenissen.md, "Intrekken Inburgeringsplicht": "relevant voor het hervatten"].
     */
    @Test
    void aTemporaryExemptionClosesNoCase() {
        assertThatThrownBy(() -> closure.obligationEnded(CASE, "SS109", null))
                .hasMessage("DUO-gebeurtenis SS109 beëindigt de inburgeringsplicht niet");
        verifyNoInteractions(caseFile, deadlines);
    }

    @Test
    void anObligationMetIsNotAnEnd() {
        assertThatThrownBy(() -> closure.obligationEnded(CASE, "SS106", null))
                .hasMessage("DUO-gebeurtenis SS106 betekent dat de plicht is nagekomen");
        verifyNoInteractions(caseFile, deadlines);
    }

    @Test
    void aMoveAwayIsHandedOverAndClosesTheCase() {
        closure.movedAway(CASE, "GM0363", "2026-05-01", null, "consulent1");

        verify(caseFile).recordMilestone(CASE, Milestone.MOVED_AWAY, "2026-05-01", "Naar GM0363", "consulent1");
        verify(caseFile).recordReport(CASE, "OVERDRACHT_NIEUWE_GEMEENTE", "2026-05-01",
                Map.of("nieuweGemeente", "GM0363", "overdrachtNotitie", ""), "consulent1");
        verify(deadlines).cancelOpen(CASE);
        verify(caseFile).close(CASE, ClosureReason.VERHUISD, "Naar GM0363");
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL", "Amsterdam", "GM363", "gm0363"}, nullValues = "NULL")
    void aMoveAwayNeedsTheNewGemeentesCbsCode(String gemeente) {
        assertThatThrownBy(() -> closure.movedAway(CASE, gemeente, "2026-05-01", null, "consulent1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(Map.entry("nieuweGemeente",
                                "Vul de nieuwe gemeente in als CBS-code, bijvoorbeeld GM0363")));
        verifyNoInteractions(caseFile, deadlines);
    }

    @Test
    void completionAndTheEndOfAftercareRecordTheOutflowAndTheirKeyDate() {
        closure.completed(CASE, "ONDERWIJS", "mbo", "consulent1");
        closure.aftercareEnded(CASE, "BETAALD_WERK", null, "consulent2");

        verify(outflow).record(CASE, Outflow.Moment.AFRONDING, "ONDERWIJS", "mbo", "consulent1");
        verify(caseFile).recordMilestone(CASE, Milestone.COMPLETED, null, null, "consulent1");
        verify(outflow).record(CASE, Outflow.Moment.EINDE_NAZORG, "BETAALD_WERK", null, "consulent2");
        verify(caseFile).recordMilestone(CASE, Milestone.AFTERCARE_ENDED, null, null, "consulent2");
    }

    @Test
    void aRefusedOutflowRecordsNoKeyDate() {
        doThrow(InvalidInputException.of("uitstroom", "Kies de uitstroom")).when(outflow)
                .record(eq(CASE), any(), eq("ONBEKEND"), any(), any());
        assertThatThrownBy(() -> closure.completed(CASE, "ONBEKEND", null, "consulent1"))
                .isInstanceOf(InvalidInputException.class);
        verifyNoInteractions(caseFile);
    }

    @Test
    void aftercareRunsWhileItsEndLiesAhead() {
        when(deadlines.open(CASE, Norm.NAZORG)).thenReturn(nazorgDueOn(TODAY.plusDays(1)));

        assertThat(closure.aftercareRuns(CASE)).isTrue();
        verify(caseFile).changePhase(CASE, CasePhase.NAZORG);
        verify(deadlines, never()).cancelOpen(CASE);
    }

    @Test
    void aftercareThatEndsTodayOrBeforeStopsItsClockAtOnce() {
        when(deadlines.open(CASE, Norm.NAZORG)).thenReturn(nazorgDueOn(TODAY));

        assertThat(closure.aftercareRuns(CASE)).isFalse();
        verify(deadlines).cancelOpen(CASE);
        verify(caseFile, never()).changePhase(any(), any());
    }

    @Test
    void theCaseClosesAfterCompletionWithDuosReason() {
        closure.closeAfterCompletion(CASE, "VRIJSTELLING");

        verify(caseFile).close(CASE, ClosureReason.VRIJSTELLING, "Inburgering afgerond");
    }

    private static Deadline nazorgDueOn(LocalDate due) {
        return new Deadline(1, 1, Norm.NAZORG, 1, due.minusYears(1), due, due.minusDays(14), null, null);
    }
}
