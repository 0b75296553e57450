package nl.inburgeringsregie.inburgeren;

import static nl.inburgeringsregie.support.PropertyChecks.monthsBetween;
import static nl.inburgeringsregie.support.PropertyChecks.orNull;
import static nl.inburgeringsregie.support.PropertyChecks.qt;
import static nl.inburgeringsregie.support.PropertyChecks.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: the month of followed hours ({@link HoursMonth}, mm-jjjj as a consulent types it, jjjj-mm from the
 * API) over generated input: the month meant, or a Dutch refusal at the field — within the years {@code DutchDate}
 * reads (1900–2099: "a year outside 1900–2099 is refused, never guessed"), because DUO gets the month as a date.
 */
class HoursMonthPropertiesTest {

    private static final String FIELD = "urenMaand";

    @Test
    void aMonthTypedTheDutchWayIsTheMonthMeant() {
        qt().forAll(monthsInTheWindow()).checkAssert(meant -> {
            String typed = String.format("%02d-%04d", meant.getMonthValue(), meant.getYear());
            assertThat(HoursMonth.read(typed, FIELD)).isEqualTo(meant);
            assertThat(HoursMonth.read(meant.toString(), FIELD)).as("jjjj-mm").isEqualTo(meant);
            assertThat(HoursMonth.label(meant)).endsWith(" " + meant.getYear()).matches("[a-z]+ [0-9]{4}");
        });
    }

    @Test
    void aMonthThatDoesNotExistIsRefused() {
        qt().forAll(integers().between(13, 99), integers().between(1900, 2099)).checkAssert((month, year) -> {
            assertRefused(catchThrowable(() -> HoursMonth.read(String.format("%02d-%04d", month, year), FIELD)));
            assertRefused(catchThrowable(() -> HoursMonth.read(String.format("00-%04d", year), FIELD)));
        });
    }

    @Test
    void aYearOutside1900To2099IsRefused() {
        qt().forAll(yearsOutsideTheWindow(), integers().between(1, 12)).checkAssert((year, month) ->
                assertRefused(catchThrowable(() -> HoursMonth.read(String.format("%02d-%04d", month, year), FIELD))));
    }

    @Test
    void aMonthInAnotherScriptsDigitsIsRefused() {
        qt().forAll(AdversarialText.inForeignDigits(
                        monthsInTheWindow().map(m -> String.format("%02d-%04d", m.getMonthValue(), m.getYear()))))
                .checkAssert(typed -> assertRefused(catchThrowable(() -> HoursMonth.read(typed, FIELD))));
    }

    @Test
    void anyTextIsAMonthOrADutchRefusal() {
        qt().forAll(anyText()).checkAssert(typed -> {
            Throwable refusal = catchThrowable(() -> HoursMonth.read(typed, FIELD));
            if (refusal != null) {
                assertRefused(refusal);
            }
        });
    }

    /** The counterexample the property shrank to before the fix: month 01 of year 0000 was accepted. */
    @Test
    void theYear0000IsRefused() {
        assertRefused(catchThrowable(() -> HoursMonth.read("01-0000", FIELD)));
    }

    private static void assertRefused(Throwable refusal) {
        assertThat(refusal).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fieldErrors()).containsOnlyKeys(FIELD);
            assertThat(e.fieldErrors().get(FIELD)).containsAnyOf("maand", "mm-jjjj").doesNotContain("null");
        });
    }

    private static Gen<YearMonth> monthsInTheWindow() {
        return monthsBetween(YearMonth.of(1900, 1), YearMonth.of(2099, 12));
    }

    private static Gen<Integer> yearsOutsideTheWindow() {
        return Generate.oneOf(integers().between(0, 1899), integers().between(2100, 9999));
    }

    private static Gen<String> anyText() {
        return Generate.oneOf(orNull(AdversarialText.anything(), 5),
                textOf("0123456789", 6, 6).map(d -> d.substring(0, 2) + "-" + d.substring(2)),
                textOf("0123456789", 6, 6).map(d -> d.substring(0, 4) + "-" + d.substring(4)));
    }
}
