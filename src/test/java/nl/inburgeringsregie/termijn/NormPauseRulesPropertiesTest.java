package nl.inburgeringsregie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: a coordinator's extension and reason for a local norm ({@link NormPauseRules}, issue 19, point 5)
 * over generated input: 1 to 365 days typed with the digits 0–9 are the days meant, anything else is refused in Dutch at
 * its field, and nothing else is thrown.
 */
class NormPauseRulesPropertiesTest {

    @Property
    void daysFrom1To365AreTheDaysMeant(@ForAll @IntRange(min = 1, max = 365) int days, @ForAll("spaces") String padding) {
        assertThat(NormPauseRules.extensionDays(padding + days + padding)).isEqualTo(days);
    }

    @Property
    void anyTextIsTheDaysOrADutchRefusalAtDagen(@ForAll("anyText") String text) {
        Throwable refusal = catchThrowable(() -> {
            int days = NormPauseRules.extensionDays(text);
            assertThat(days).isBetween(1, NormPauseRules.MAX_DAYS);
            assertThat(text.strip()).matches("\\+?0*" + days);
        });
        if (refusal != null) {
            assertThat(refusal).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                    .containsOnlyKeys("dagen").allSatisfy((field, message) -> assertThat(message).containsAnyOf("dag", "Verleng")));
        }
    }

    @Property
    void daysInAnotherScriptsDigitsAreRefused(@ForAll("foreignDays") String text) {
        assertThat(catchThrowable(() -> NormPauseRules.extensionDays(text))).isInstanceOf(InvalidInputException.class);
    }

    @Property
    void anyReasonIsAcceptedOrRefusedAtItsField(@ForAll("kinds") String kind, @ForAll("notes") String note) {
        Throwable refusal = catchThrowable(() -> NormPauseRules.reason(kind, note));
        boolean known = kind != null && NormPauseRules.REASONS.containsKey(kind.strip());
        boolean explained = !"anders".equals(kind == null ? null : kind.strip()) || note != null && !note.isBlank();
        boolean allowed = known && explained && (note == null || note.length() <= NormPauseRules.MAX_NOTE);
        if (allowed) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.fieldErrors().keySet()).isNotEmpty().isSubsetOf("soort", "toelichting"));
        }
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.strings().withChars(" \t").ofMaxLength(2);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(AdversarialText.anything(), Arbitraries.integers().map(String::valueOf)).injectNull(0.05);
    }

    @Provide
    Arbitrary<String> foreignDays() {
        return AdversarialText.inForeignDigits(Arbitraries.integers().between(1, 365).map(String::valueOf));
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.oneOf(Arbitraries.of("ziekte", "ziekenhuisopname", "boeteprocedure", "anders", " anders ", "Ziekte"),
                AdversarialText.anything()).injectNull(0.1);
    }

    @Provide
    Arbitrary<String> notes() {
        return Arbitraries.oneOf(Arbitraries.of("", " ", "Opgenomen", "x".repeat(NormPauseRules.MAX_NOTE),
                "x".repeat(NormPauseRules.MAX_NOTE + 1)), AdversarialText.anything()).injectNull(0.2);
    }
}
