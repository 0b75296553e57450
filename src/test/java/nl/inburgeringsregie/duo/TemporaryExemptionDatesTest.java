package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The days a temporary exemption suspends and resumes a case come from DUO's Vrijstelling API (TijdelijkeVrijstelling:
 * "startdatum … (inclusief)", "einddatum … (inclusief)"), named for SS109 and SS130 in DUO's Gebeurtenissen.md; the
 * notification's day where DUO gives none that fits (docs/coordinator.md, "Tijdelijke vrijstelling") [issue 18, error 1].
 */
class TemporaryExemptionDatesTest {

    static final LocalDate NOTIFIED = LocalDate.of(2026, 6, 10);

    static DuoApi.TijdelijkeVrijstelling granted(LocalDate start, LocalDate end) {
        return new DuoApi.TijdelijkeVrijstelling("Toekenning", "INS", start, start, end);
    }

    @Test
    void theCaseStandsStillFromTheStartDuoGranted() {
        assertThat(TemporaryExemptionDates.suspendedFrom(List.of(granted(LocalDate.of(2026, 6, 1), null)), NOTIFIED))
                .isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void withoutAGrantedExemptionOrWithAStartAheadTheNotificationCounts() {
        assertThat(TemporaryExemptionDates.suspendedFrom(List.of(), NOTIFIED)).isEqualTo(NOTIFIED);
        assertThat(TemporaryExemptionDates.suspendedFrom(List.of(new DuoApi.TijdelijkeVrijstelling("Afwijzing", "INS",
                null, LocalDate.of(2026, 6, 1), null)), NOTIFIED)).as("refused").isEqualTo(NOTIFIED);
        assertThat(TemporaryExemptionDates.suspendedFrom(List.of(granted(NOTIFIED.plusDays(5), null)), NOTIFIED))
                .isEqualTo(NOTIFIED);
    }

    @Test
    void theLatestGrantedExemptionCounts() {
        var older = granted(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1));
        var latest = granted(LocalDate.of(2026, 5, 1), null);
        assertThat(TemporaryExemptionDates.suspendedFrom(List.of(latest, older), NOTIFIED)).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void theCaseRunsAgainTheDayAfterTheExemptionsLastDay() {
        var exemption = granted(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 5));
        assertThat(TemporaryExemptionDates.resumedOn(List.of(exemption), LocalDate.of(2026, 1, 1), NOTIFIED))
                .isEqualTo(LocalDate.of(2026, 6, 6));
    }

    @Test
    void anEndAheadNoEndOrAnEndBeforeTheSuspensionGivesTheNotificationsDay() {
        LocalDate since = LocalDate.of(2026, 1, 1);
        assertThat(TemporaryExemptionDates.resumedOn(List.of(granted(since, NOTIFIED.plusDays(20))), since, NOTIFIED))
                .isEqualTo(NOTIFIED);
        assertThat(TemporaryExemptionDates.resumedOn(List.of(granted(since, null)), since, NOTIFIED)).isEqualTo(NOTIFIED);
        assertThat(TemporaryExemptionDates.resumedOn(List.of(granted(since.minusYears(1), since.minusMonths(6))),
                since, NOTIFIED)).isEqualTo(NOTIFIED);
    }
}
