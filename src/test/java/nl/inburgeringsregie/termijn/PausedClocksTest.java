package nl.inburgeringsregie.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.CaseSuspension;

/**
 * A temporary exemption pauses the clocks [issue 18, error 1]: DUO's Gebeurtenissen.md, SS130 under "Termijn gewijzigd"
 * ("Eerdere inburgeringsplicht wordt hervat"); DOMAIN.md: "We keep such a case suspended (clocks paused …)".
 */
class PausedClocksTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate DUE = LocalDate.of(2026, 7, 1);

    static CaseSuspension period(LocalDate from, LocalDate resumed) {
        return new CaseSuspension(from, resumed, CasePhase.INBURGEREN, "SS109", resumed == null ? null : "SS130");
    }

    @Test
    void aDeadlineRunningAcrossAnEndedSuspensionMovesByItsDays() {
        var suspension = period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1));
        assertThat(suspension.days()).isEqualTo(61);
        assertThat(PausedClocks.moved(START, DUE, List.of(suspension))).isEqualTo(DUE.plusDays(61));
    }

    @Test
    void aSuspensionThatStillLastsDoesNotMoveTheDeadlineYetButPausesIt() {
        var ongoing = List.of(period(LocalDate.of(2026, 3, 1), null));
        assertThat(PausedClocks.moved(START, DUE, ongoing)).isEqualTo(DUE);
        assertThat(PausedClocks.isPaused(ongoing)).isTrue();
        assertThat(PausedClocks.isPaused(List.of(period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1))))).isFalse();
    }

    @Test
    void aSuspensionBeforeTheClockStartedCountsOnlyFromItsStart() {
        var suspension = period(START.minusDays(10), START.plusDays(5));
        assertThat(PausedClocks.moved(START, DUE, List.of(suspension))).isEqualTo(DUE.plusDays(5));
        assertThat(PausedClocks.moved(START, DUE, List.of(period(START.minusDays(10), START.minusDays(1)))))
                .as("ended before the clock started").isEqualTo(DUE);
    }

    @Test
    void aSuspensionAfterTheDueDayDoesNotMoveIt() {
        assertThat(PausedClocks.moved(START, DUE, List.of(period(DUE.plusDays(1), DUE.plusDays(30))))).isEqualTo(DUE);
    }

    @Test
    void oneMoveCanBringALaterSuspensionWithinTheDeadline() {
        var first = period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 21)); // 20 days: due 2026-07-21
        var second = period(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 20)); // 10 days, before the moved due day
        assertThat(PausedClocks.moved(START, DUE, List.of(second, first))).isEqualTo(DUE.plusDays(30));
        assertThat(PausedClocks.daysStood(List.of(first, second))).isEqualTo(30);
    }
}
