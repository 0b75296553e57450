package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.duo.DuoApi.GevolgdeUren;

/**
 * Issue 18, error 14: the hours someone who moved here already followed count. DUO's GevolgdeUren API
 * (duo-m2m/API/GevolgdeUren/openapi.yml, getGevolgdeUrenByBsn) answers the totals per gemeente; the case keeps their sum.
 */
class DuoPriorResultsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void theHoursOfEveryGemeenteCountDatedTheLastDayDuoKnowsThem() {
        var totals = DuoPriorResults.totals(List.of(
                new GevolgdeUren("0599", LocalDate.of(2026, 6, 1), 300, 120, 40),
                new GevolgdeUren("0363", LocalDate.of(2026, 10, 1), 150, null, null)), TODAY).orElseThrow();

        // ParticipatieAlsTaalles: "De uren uit Brede Intake tellen niet mee"; participation: "tellen mee (art. 3.14)"
        assertThat(totals.language()).isEqualTo(450);
        assertThat(totals.participation()).isEqualTo(120);
        assertThat(totals.reportedOn()).as("bekendTot is exclusive").isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void withoutHoursAtDuoNothingIsRecordedAndAKnownUntilAheadIsToday() {
        assertThat(DuoPriorResults.totals(List.of(), TODAY)).isEmpty();
        assertThat(DuoPriorResults.totals(List.of(new GevolgdeUren("0599", null, null, null, 12)), TODAY)).isEmpty();
        var ahead = DuoPriorResults.totals(List.of(new GevolgdeUren("0599", TODAY.plusDays(5), 10, null, null)), TODAY)
                .orElseThrow();
        assertThat(ahead.reportedOn()).isEqualTo(TODAY);
        assertThat(ahead.participation()).isNull();
    }
}
