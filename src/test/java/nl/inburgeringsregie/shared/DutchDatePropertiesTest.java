package nl.inburgeringsregie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.YearMonth;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: {@link DutchDate} over generated input. A date typed the Dutch way (dd-mm-jjjj) is the date meant,
 * a date that does not exist (31-02-2026) or lies outside 1900–2099 is refused at its field with a Dutch message, and
 * nothing but {@link InvalidInputException} ever leaves it (issue 16, point 8: "refused, never guessed").
 */
class DutchDatePropertiesTest {

    private static final String FIELD = "brpInschrijfdatum";

    @Property
    void aDateTypedTheDutchWayIsTheDateMeant(@ForAll("datesInTheWindow") LocalDate meant) {
        String typed = String.format("%02d-%02d-%04d", meant.getDayOfMonth(), meant.getMonthValue(), meant.getYear());
        assertThat(DutchDate.read(typed, FIELD)).isEqualTo(meant);
        assertThat(DutchDate.format(meant)).isEqualTo(typed);
        assertThat(DutchDate.read(meant.toString(), FIELD)).as("ISO, as the engine stores it").isEqualTo(meant);
    }

    @Property
    void whiteSpaceAroundADateIsNotPartOfIt(@ForAll("datesInTheWindow") LocalDate meant, @ForAll("spaces") String before,
            @ForAll("spaces") String after) {
        assertThat(DutchDate.read(before + DutchDate.format(meant) + after, FIELD)).isEqualTo(meant);
    }

    @Property
    void aDayTheMonthDoesNotHaveIsRefusedNeverMovedToTheNextMonth(@ForAll("monthsInTheWindow") YearMonth month,
            @ForAll("daysPastTheEnd") int day) {
        String typed = String.format("%02d-%02d-%04d", day, month.getMonthValue(), month.getYear());
        Throwable refusal = catchThrowable(() -> DutchDate.read(typed, FIELD));
        if (day <= month.lengthOfMonth()) {
            assertThat(refusal).isNull();
        } else {
            assertRefusedInDutch(refusal, "bestaat niet");
        }
    }

    @Property
    void aYearOutside1900To2099IsRefused(@ForAll("yearsOutsideTheWindow") int year) {
        assertRefusedInDutch(catchThrowable(() -> DutchDate.read(String.format("01-06-%04d", year), FIELD)),
                "ligt niet tussen 1900 en 2099");
    }

    @Property
    void aDateInAnotherScriptsDigitsIsRefused(@ForAll("foreignDigitDates") String typed) {
        assertRefusedInDutch(catchThrowable(() -> DutchDate.read(typed, FIELD)), "is geen datum");
    }

    /** Whatever is typed: the date meant (its text is a date read back the same way), or a Dutch refusal. */
    @Property
    void anyTextIsADateOrADutchRefusalAtItsField(@ForAll("anyText") String typed) {
        LocalDate date;
        try {
            date = DutchDate.read(typed, FIELD);
        } catch (InvalidInputException e) {
            assertRefusedInDutch(e, "");
            return;
        }
        String stripped = typed.strip();
        assertThat(stripped).matches("[0-9]{2}-[0-9]{2}-[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}");
        assertThat(stripped).isIn(DutchDate.format(date), date.toString());
    }

    @Property(tries = 1)
    void nothingTypedIsRefusedInWords() {
        assertThatThrownBy(() -> DutchDate.read(null, FIELD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get(FIELD))
                        .doesNotContain("null").contains("dd-mm-jjjj"));
    }

    static void assertRefusedInDutch(Throwable refusal, String saying) {
        assertThat(refusal).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fieldErrors()).containsOnlyKeys(FIELD);
            assertThat(e.fieldErrors().get(FIELD)).contains(saying).containsAnyOf("datum", "dd-mm-jjjj");
        });
    }

    @Provide
    Arbitrary<LocalDate> datesInTheWindow() {
        return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31));
    }

    @Provide
    Arbitrary<YearMonth> monthsInTheWindow() {
        return Dates.yearMonths().between(YearMonth.of(1900, 1), YearMonth.of(2099, 12));
    }

    @Provide
    Arbitrary<Integer> daysPastTheEnd() {
        return Arbitraries.integers().between(28, 99);
    }

    @Provide
    Arbitrary<Integer> yearsOutsideTheWindow() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 1899), Arbitraries.integers().between(2100, 9999));
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.strings().withChars(" \t\u2003\u3000").ofMaxLength(3);
    }

    @Provide
    Arbitrary<String> foreignDigitDates() {
        return AdversarialText.inForeignDigits(Combinators.combine(datesInTheWindow(), Arbitraries.of(true, false))
                .as((date, dutch) -> dutch ? DutchDate.format(date) : date.toString()));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(AdversarialText.anything(),
                Arbitraries.strings().withChars("0123456789").ofLength(8)
                        .map(d -> d.substring(0, 2) + "-" + d.substring(2, 4) + "-" + d.substring(4)),
                Arbitraries.strings().withChars("0123456789").ofLength(8)
                        .map(d -> d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6)));
    }
}
