package nl.inburgeringsregie.shared;

import static nl.inburgeringsregie.support.PropertyChecks.datesBetween;
import static nl.inburgeringsregie.support.PropertyChecks.monthsBetween;
import static nl.inburgeringsregie.support.PropertyChecks.qt;
import static nl.inburgeringsregie.support.PropertyChecks.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: {@link DutchDate} over generated input. A date typed the Dutch way (dd-mm-jjjj) is the date meant,
 * a date that does not exist (31-02-2026) or lies outside 1900–2099 is refused at its field with a Dutch message, and
 * nothing but {@link InvalidInputException} ever leaves it (issue 16, point 8: "refused, never guessed").
 */
class DutchDatePropertiesTest {

    private static final String FIELD = "brpInschrijfdatum";

    @Test
    void aDateTypedTheDutchWayIsTheDateMeant() {
        qt().forAll(datesInTheWindow()).checkAssert(meant -> {
            String typed = String.format("%02d-%02d-%04d", meant.getDayOfMonth(), meant.getMonthValue(), meant.getYear());
            assertThat(DutchDate.read(typed, FIELD)).isEqualTo(meant);
            assertThat(DutchDate.format(meant)).isEqualTo(typed);
            assertThat(DutchDate.read(meant.toString(), FIELD)).as("ISO, as the engine stores it").isEqualTo(meant);
        });
    }

    @Test
    void whiteSpaceAroundADateIsNotPartOfIt() {
        qt().forAll(datesInTheWindow(), spaces(), spaces()).checkAssert((meant, before, after) ->
                assertThat(DutchDate.read(before + DutchDate.format(meant) + after, FIELD)).isEqualTo(meant));
    }

    @Test
    void aDayTheMonthDoesNotHaveIsRefusedNeverMovedToTheNextMonth() {
        qt().forAll(monthsBetween(YearMonth.of(1900, 1), YearMonth.of(2099, 12)), integers().between(28, 99))
                .checkAssert((month, day) -> {
                    String typed = String.format("%02d-%02d-%04d", day, month.getMonthValue(), month.getYear());
                    Throwable refusal = catchThrowable(() -> DutchDate.read(typed, FIELD));
                    if (day <= month.lengthOfMonth()) {
                        assertThat(refusal).isNull();
                    } else {
                        assertRefusedInDutch(refusal, "bestaat niet");
                    }
                });
    }

    @Test
    void aYearOutside1900To2099IsRefused() {
        qt().forAll(Generate.oneOf(integers().between(0, 1899), integers().between(2100, 9999))).checkAssert(year ->
                assertRefusedInDutch(catchThrowable(() -> DutchDate.read(String.format("01-06-%04d", year), FIELD)),
                        "ligt niet tussen 1900 en 2099"));
    }

    @Test
    void aDateInAnotherScriptsDigitsIsRefused() {
        Gen<String> typedDates = datesInTheWindow().zip(Generate.booleans(),
                (date, dutch) -> dutch ? DutchDate.format(date) : date.toString());
        qt().forAll(AdversarialText.inForeignDigits(typedDates)).checkAssert(typed ->
                assertRefusedInDutch(catchThrowable(() -> DutchDate.read(typed, FIELD)), "is geen datum"));
    }

    /** Whatever is typed: the date meant (its text is a date read back the same way), or a Dutch refusal. */
    @Test
    void anyTextIsADateOrADutchRefusalAtItsField() {
        qt().forAll(anyText()).checkAssert(typed -> {
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
        });
    }

    @Test
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

    private static Gen<LocalDate> datesInTheWindow() {
        return datesBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31));
    }

    private static Gen<String> spaces() {
        return textOf(" \t\u2003\u3000", 0, 3);
    }

    private static Gen<String> anyText() {
        return Generate.oneOf(AdversarialText.anything(),
                textOf("0123456789", 8, 8).map(d -> d.substring(0, 2) + "-" + d.substring(2, 4) + "-" + d.substring(4)),
                textOf("0123456789", 8, 8).map(d -> d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6)));
    }
}
