package nl.inburgeringsregie.signalering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The selection rule of the daily digest (issue 19, point 6): a clock is told about from the reminder day the gemeente's
 * lead time gives it (gemeente_norm.reminder_before; the deadline mechanism keeps remind_on = due day minus the lead
 * time), is late from the day after its due day, and a paused clock (termijn.PausedClocks) is neither.
 */
class DigestRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aClockIsDueSoonFromItsReminderDayUpToItsDueDay() {
        Period leadTime = Period.ofWeeks(2);
        LocalDate due = TODAY.plusDays(10);
        assertThat(DigestRule.of(due.minus(leadTime), due, false, TODAY)).isEqualTo(DigestRule.BINNENKORT);
        assertThat(DigestRule.of(TODAY, TODAY, false, TODAY)).as("due today").isEqualTo(DigestRule.BINNENKORT);
        assertThat(DigestRule.of(TODAY, TODAY.plusDays(7), false, TODAY)).as("the reminder day itself")
                .isEqualTo(DigestRule.BINNENKORT);
    }

    @Test
    void beforeItsReminderDayAClockIsNotToldAbout() {
        LocalDate due = TODAY.plusDays(10);
        assertThat(DigestRule.of(due.minus(Period.ofWeeks(1)), due, false, TODAY)).isEqualTo(DigestRule.NIETS);
        assertThat(DigestRule.of(TODAY.plusDays(1), due, false, TODAY)).isEqualTo(DigestRule.NIETS);
    }

    @Test
    void aClockIsLateFromTheDayAfterItsDueDay() {
        assertThat(DigestRule.of(TODAY.minusDays(8), TODAY.minusDays(1), false, TODAY)).isEqualTo(DigestRule.TE_LAAT);
        assertThat(DigestRule.of(TODAY.minusYears(1), TODAY.minusDays(200), false, TODAY)).isEqualTo(DigestRule.TE_LAAT);
    }

    @Test
    void aPausedClockIsNeitherLateNorDue() {
        assertThat(DigestRule.of(TODAY.minusDays(8), TODAY.minusDays(1), true, TODAY)).isEqualTo(DigestRule.NIETS);
        assertThat(DigestRule.of(TODAY, TODAY.plusDays(3), true, TODAY)).isEqualTo(DigestRule.NIETS);
    }

    @Test
    void theMailNamesTheCaseByItsNumberAndTheNormInWordsWithDutchDates() {
        var late = new DueClock("INB-2026-000042", "GM0405", "Hoorn", "PIP", 1, TODAY.minusDays(3), TODAY.minusDays(10),
                "consulent");
        var soon = new DueClock("INB-2026-000043", "GM0405", "Hoorn", "VOORTGANGSGESPREK", 2, TODAY.plusDays(1),
                TODAY.minusDays(13), "consulent");
        var mail = DigestText.compose("Anna de Vries", TODAY, List.of(late, soon),
                Map.of("Hoorn", List.of(late)), Map.of("consulent", "Anna de Vries"), "https://regie.example.nl/");

        assertThat(mail.subject()).isEqualTo("Termijnen 02-12-2026: 1 te laat, 1 binnenkort, 1 nieuwe overschrijding");
        assertThat(mail.body()).startsWith("Beste Anna de Vries,")
                .contains("- Zaak INB-2026-000042 (Hoorn): PIP vastgesteld, uiterlijk 29-11-2026, 3 dagen te laat\n"
                        + "  https://regie.example.nl/regie/zaak?nummer=INB-2026-000042\n")
                .contains("- Zaak INB-2026-000043 (Hoorn): Voortgangsgesprek gehouden (ronde 2), uiterlijk 03-12-2026,"
                        + " nog 1 dag\n")
                .contains("Nieuwe overschrijdingen sinds het vorige overzicht (1)\n\nHoorn (1)\n"
                        + "- Zaak INB-2026-000042 (Hoorn): PIP vastgesteld, uiterlijk 29-11-2026, 3 dagen te laat,"
                        + " consulent Anna de Vries\n")
                .doesNotContain("GM0405").doesNotContain("VOORTGANGSGESPREK").doesNotContain("2026-12");
    }

    @Test
    void aDigestOfThousandsOfClocksShowsSixtyAndCountsTheRestWithTheFullList() {
        var late = new java.util.ArrayList<DueClock>();
        for (int i = 0; i < 3_000; i++) {
            late.add(new DueClock(String.format("INB-2026-%06d", i), "GM0405", "Hoorn", "PIP", 1, TODAY.minusDays(3),
                    TODAY.minusDays(10), "consulent"));
        }
        var mail = DigestText.compose("Anna de Vries", TODAY, late, Map.of("Hoorn", late, "Medemblik", late),
                Map.of("consulent", "Anna de Vries"), "https://regie.example.nl");

        assertThat(mail.subject()).isEqualTo("Termijnen 02-12-2026: 3000 te laat, 6000 nieuwe overschrijdingen");
        assertThat(mail.body().lines().filter(line -> line.startsWith("- Zaak "))).hasSize(DigestText.MAX_LINES);
        assertThat(mail.body()).as("the signal_mail outbox holds 30,000 characters").hasSizeLessThan(30_000)
                .contains("Te laat in uw zaken (3000)\n").contains("- Zaak INB-2026-000059 (Hoorn)")
                .doesNotContain("INB-2026-000060")
                .contains("- en nog 2940 (niet in deze e-mail; de hele lijst staat op "
                        + "https://regie.example.nl/regie/mijn-zaken)\n")
                .contains("Hoorn (3000)\n- en nog 3000 (niet in deze e-mail; de hele lijst staat op "
                        + "https://regie.example.nl/regie/)\n");
    }
}
