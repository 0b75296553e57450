package nl.inburgeringsregie.zaak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

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

    @Property
    void aPastDateIsAcceptedAsMeantAndAFutureOneRefusedAtItsField(@ForAll("dates") LocalDate date) {
        Throwable refusal = catchThrowable(() -> assertThat(FieldRules.pastOrToday(DutchDate.format(date), FIELD,
                "het intakegesprek", CLOCK)).isEqualTo(date));
        if (date.isAfter(TODAY)) {
            assertRefusedAtTheField(refusal);
            assertThat(((InvalidInputException) refusal).fieldErrors().get(FIELD)).contains("niet in de toekomst");
        } else {
            assertThat(refusal).isNull();
        }
    }

    @Property
    void anyTextIsADateOrARefusalAtItsOwnField(@ForAll("anyText") String text) {
        Throwable refusal = catchThrowable(() -> FieldRules.pastOrToday(text, FIELD, "het intakegesprek", CLOCK));
        if (refusal != null) {
            assertRefusedAtTheField(refusal);
        }
    }

    @Property
    void aRequiredTextIsRefusedWhenEmptyOrTooLong(@ForAll("anyText") String text, @ForAll @IntRange(min = 1, max = 200) int max) {
        Throwable refusal = catchThrowable(() -> assertThat(FieldRules.requiredText(text, FIELD, "Vul de toelichting in", max))
                .isEqualTo(text));
        boolean allowed = text != null && !text.isBlank() && text.length() <= max;
        if (allowed) {
            assertThat(refusal).isNull();
        } else {
            assertRefusedAtTheField(refusal);
        }
    }

    private static void assertRefusedAtTheField(Throwable refusal) {
        assertThat(refusal).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fieldErrors()).containsOnlyKeys(FIELD);
            assertThat(e.fieldErrors().get(FIELD)).isNotBlank().doesNotContain("'null'");
        });
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31));
    }

    @Provide
    Arbitrary<String> anyText() {
        return AdversarialText.anything().injectNull(0.05);
    }
}
