package nl.inburgeringsregie.termijn;

import static nl.inburgeringsregie.support.PropertyChecks.orNull;
import static nl.inburgeringsregie.support.PropertyChecks.qt;
import static nl.inburgeringsregie.support.PropertyChecks.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: a coordinator's extension and reason for a local norm ({@link NormPauseRules}, issue 19, point 5)
 * over generated input: 1 to 365 days typed with the digits 0–9 are the days meant, anything else is refused in Dutch at
 * its field, and nothing else is thrown.
 */
class NormPauseRulesPropertiesTest {

    @Test
    void daysFrom1To365AreTheDaysMeant() {
        qt().forAll(integers().between(1, 365), textOf(" \t", 0, 2)).checkAssert((days, padding) ->
                assertThat(NormPauseRules.extensionDays(padding + days + padding)).isEqualTo(days));
    }

    @Test
    void anyTextIsTheDaysOrADutchRefusalAtDagen() {
        Gen<String> anyText = orNull(Generate.oneOf(AdversarialText.anything(), integers().all().map(i -> Integer.toString(i))), 5);
        qt().forAll(anyText).checkAssert(text -> {
            Throwable refusal = catchThrowable(() -> {
                int days = NormPauseRules.extensionDays(text);
                assertThat(days).isBetween(1, NormPauseRules.MAX_DAYS);
                assertThat(text.strip()).matches("\\+?0*" + days);
            });
            if (refusal != null) {
                assertThat(refusal).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("dagen").allSatisfy((field, message) -> assertThat(message).containsAnyOf("dag", "Verleng")));
            }
        });
    }

    @Test
    void daysInAnotherScriptsDigitsAreRefused() {
        qt().forAll(AdversarialText.inForeignDigits(integers().between(1, 365).map(i -> Integer.toString(i)))).checkAssert(text ->
                assertThat(catchThrowable(() -> NormPauseRules.extensionDays(text))).isInstanceOf(InvalidInputException.class));
    }

    @Test
    void anyReasonIsAcceptedOrRefusedAtItsField() {
        qt().forAll(kinds(), notes()).checkAssert((kind, note) -> {
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
        });
    }

    private static Gen<String> kinds() {
        return orNull(Generate.oneOf(Generate.pick(List.of("ziekte", "ziekenhuisopname", "boeteprocedure", "anders", " anders ",
                "Ziekte")), AdversarialText.anything()), 10);
    }

    private static Gen<String> notes() {
        return orNull(Generate.oneOf(Generate.pick(List.of("", " ", "Opgenomen", "x".repeat(NormPauseRules.MAX_NOTE),
                "x".repeat(NormPauseRules.MAX_NOTE + 1))), AdversarialText.anything()), 20);
    }
}
