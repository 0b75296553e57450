package nl.inburgeringsregie.zaak;

import static nl.inburgeringsregie.support.PropertyChecks.datesBetween;
import static nl.inburgeringsregie.support.PropertyChecks.orNull;
import static nl.inburgeringsregie.support.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: the field rules every capability uses ({@link FieldRules}) over generated input: a date of
 * something that happened is accepted when it is today or earlier and refused in Dutch at its own field otherwise; a
 * required text is refused when empty or too long; nothing else is ever thrown.
 */
class FieldRulesPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(),
            ZoneId.of("Europe/Amsterdam"));
    private static final String FIELD = "intakegesprekGehoudenOp";

    @Test
    void aPastDateIsAcceptedAsMeantAndAFutureOneRefusedAtItsField() {
        qt().forAll(datesBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31))).checkAssert(date -> {
            Throwable refusal = catchThrowable(() -> assertThat(FieldRules.pastOrToday(DutchDate.format(date), FIELD,
                    "het intakegesprek", CLOCK)).isEqualTo(date));
            if (date.isAfter(TODAY)) {
                assertRefusedAtTheField(refusal);
                assertThat(((InvalidInputException) refusal).fieldErrors().get(FIELD)).contains("niet in de toekomst");
            } else {
                assertThat(refusal).isNull();
            }
        });
    }

    @Test
    void anyTextIsADateOrARefusalAtItsOwnField() {
        qt().forAll(orNull(AdversarialText.anything(), 5)).checkAssert(text -> {
            Throwable refusal = catchThrowable(() -> FieldRules.pastOrToday(text, FIELD, "het intakegesprek", CLOCK));
            if (refusal != null) {
                assertRefusedAtTheField(refusal);
            }
        });
    }

    @Test
    void aRequiredTextIsRefusedWhenEmptyOrTooLong() {
        qt().forAll(orNull(AdversarialText.anything(), 5), integers().between(1, 200)).checkAssert((text, max) -> {
            Throwable refusal = catchThrowable(() -> assertThat(FieldRules.requiredText(text, FIELD, "Vul de toelichting in", max))
                    .isEqualTo(text));
            boolean allowed = text != null && !text.isBlank() && text.length() <= max;
            if (allowed) {
                assertThat(refusal).isNull();
            } else {
                assertRefusedAtTheField(refusal);
            }
        });
    }

    private static void assertRefusedAtTheField(Throwable refusal) {
        assertThat(refusal).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fieldErrors()).containsOnlyKeys(FIELD);
            assertThat(e.fieldErrors().get(FIELD)).isNotBlank().doesNotContain("'null'");
        });
    }
}
