package nl.inburgeringsregie.inburgeren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.YearMonth;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Example;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: the month of followed hours ({@link HoursMonth}, mm-jjjj as a consulent types it, jjjj-mm from the
 * API) over generated input: the month meant, or a Dutch refusal at the field — within the years {@code DutchDate}
 * reads (1900–2099: "a year outside 1900–2099 is refused, never guessed"), because DUO gets the month as a date.
 */
class HoursMonthPropertiesTest {

    private static final String FIELD = "urenMaand";

    @Property
    void aMonthTypedTheDutchWayIsTheMonthMeant(@ForAll("monthsInTheWindow") YearMonth meant) {
        String typed = String.format("%02d-%04d", meant.getMonthValue(), meant.getYear());
        assertThat(HoursMonth.read(typed, FIELD)).isEqualTo(meant);
        assertThat(HoursMonth.read(meant.toString(), FIELD)).as("jjjj-mm").isEqualTo(meant);
        assertThat(HoursMonth.label(meant)).endsWith(" " + meant.getYear()).matches("[a-z]+ [0-9]{4}");
    }

    @Property
    void aMonthThatDoesNotExistIsRefused(@ForAll @IntRange(min = 13, max = 99) int month,
            @ForAll @IntRange(min = 1900, max = 2099) int year) {
        assertRefused(catchThrowable(() -> HoursMonth.read(String.format("%02d-%04d", month, year), FIELD)));
        assertRefused(catchThrowable(() -> HoursMonth.read(String.format("00-%04d", year), FIELD)));
    }

    @Property
    void aYearOutside1900To2099IsRefused(@ForAll("yearsOutsideTheWindow") int year,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        assertRefused(catchThrowable(() -> HoursMonth.read(String.format("%02d-%04d", month, year), FIELD)));
    }

    @Property
    void aMonthInAnotherScriptsDigitsIsRefused(@ForAll("foreignDigitMonths") String typed) {
        assertRefused(catchThrowable(() -> HoursMonth.read(typed, FIELD)));
    }

    @Property
    void anyTextIsAMonthOrADutchRefusal(@ForAll("anyText") String typed) {
        Throwable refusal = catchThrowable(() -> HoursMonth.read(typed, FIELD));
        if (refusal != null) {
            assertRefused(refusal);
        }
    }

    /** The counterexample the property shrank to before the fix: month 01 of year 0000 was accepted. */
    @Example
    void theYear0000IsRefused() {
        assertRefused(catchThrowable(() -> HoursMonth.read("01-0000", FIELD)));
    }

    private static void assertRefused(Throwable refusal) {
        assertThat(refusal).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fieldErrors()).containsOnlyKeys(FIELD);
            assertThat(e.fieldErrors().get(FIELD)).containsAnyOf("maand", "mm-jjjj").doesNotContain("null");
        });
    }

    @Provide
    Arbitrary<YearMonth> monthsInTheWindow() {
        return Dates.yearMonths().between(YearMonth.of(1900, 1), YearMonth.of(2099, 12));
    }

    @Provide
    Arbitrary<Integer> yearsOutsideTheWindow() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 1899), Arbitraries.integers().between(2100, 9999));
    }

    @Provide
    Arbitrary<String> foreignDigitMonths() {
        return AdversarialText.inForeignDigits(
                monthsInTheWindow().map(m -> String.format("%02d-%04d", m.getMonthValue(), m.getYear())));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(AdversarialText.anything().injectNull(0.05),
                Arbitraries.strings().withChars("0123456789").ofLength(6).map(d -> d.substring(0, 2) + "-" + d.substring(2)),
                Arbitraries.strings().withChars("0123456789").ofLength(6).map(d -> d.substring(0, 4) + "-" + d.substring(4)));
    }
}
