package nl.inburgeringsregie.termijn;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.Milestone;

class KeyDateChangesTest {

    static final String CASE = "INB-2026-000001";

    final CaseFileService caseFile = mock(CaseFileService.class);
    final DeadlineService deadlines = mock(DeadlineService.class);
    final ClockTimers timers = mock(ClockTimers.class);
    final KeyDateChanges keyDates = new KeyDateChanges(caseFile, deadlines, timers);

    @Test
    void duosNoticeIsRecordedAndTheTimersOfTheDeadlinesThatMovedFollow() {
        when(deadlines.recalculate(CASE)).thenReturn(List.of(
                NormClocksTest.deadline(Norm.PIP, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1))));

        keyDates.duoNotice(CASE, "2026-12-20", "consulent1");

        verify(caseFile).recordMilestone(CASE, Milestone.DUO_NOTICE, "2026-12-20", "SS139", "consulent1");
        verify(timers).moved(CASE, List.of("PIP"));
    }

    @Test
    void noTimerMovesWhenNoDeadlineMoved() {
        when(deadlines.recalculate(CASE)).thenReturn(List.of());

        keyDates.duoNotice(CASE, "2026-12-20", null);

        verifyNoInteractions(timers);
    }

    @Test
    void theStartOfTheObligationDuoGivesIsRecordedAndMovesTheIntakeAndPipClocks() {
        when(deadlines.recalculate(CASE)).thenReturn(List.of(
                NormClocksTest.deadline(Norm.BREDE_INTAKE, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 2)),
                NormClocksTest.deadline(Norm.PIP, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 13))));

        keyDates.obligationStarted(CASE, "2026-02-02", "SS101");

        verify(caseFile).recordMilestone(CASE, Milestone.OBLIGATION_STARTED, "2026-02-02", "SS101", null);
        verify(caseFile).recordLawFromDuo(CASE, LocalDate.of(2026, 2, 2));
        verify(timers).moved(CASE, List.of("BREDE_INTAKE", "PIP"));
    }

    /**
     * Issue 18, error 10: the BRP registration recorded while the intake that began at the driegesprek runs: work
     * done before it meets its norm, the waiting clocks' timers are evaluated again (they open their deadlines now),
     * and the running ones that moved follow [seed 004 §5: intake within 4 weeks of the BRP registration].
     */
    @Test
    void theBrpRegistrationStartsTheClocksThatWaitedForIt() {
        when(deadlines.recalculate(CASE)).thenReturn(List.of(
                NormClocksTest.deadline(Norm.INBURGERINGSTERMIJN, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31))));
        when(deadlines.notRunning(CASE)).thenReturn(List.of(Norm.BREDE_INTAKE, Norm.PIP));

        keyDates.keyDateRecorded(CASE);

        verify(deadlines).meetWorkDoneBeforeTheClock(CASE);
        verify(timers).moved(CASE, List.of("INBURGERINGSTERMIJN", "BREDE_INTAKE", "PIP"));
    }

    @Test
    void anExtendedTermMovesTheTermsEnd() {
        when(deadlines.recalculate(CASE)).thenReturn(List.of(NormClocksTest.deadline(Norm.INBURGERINGSTERMIJN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 6, 30))));

        keyDates.termExtended(CASE, "SS104", "2029-06-30");

        verify(caseFile).recordMilestone(CASE, Milestone.TERM_EXTENDED, "2029-06-30", "SS104", null);
        verify(caseFile).extendTerm(CASE, LocalDate.of(2029, 6, 30));
        verify(timers).moved(CASE, List.of("INBURGERINGSTERMIJN"));
    }

    @Test
    void aRefusedKeyDateMovesNothing() {
        when(caseFile.recordMilestone(CASE, Milestone.DUO_NOTICE, null, "SS139", null)).thenThrow(
                InvalidInputException.of("datum", "Vul de datum in bij 'Melding DUO: gevestigd in de gemeente'"));

        assertThatThrownBy(() -> keyDates.duoNotice(CASE, null, null)).isInstanceOf(InvalidInputException.class);
        verifyNoInteractions(deadlines, timers);
    }
}
