package nl.inburgeringsregie.aanmelding;

import static nl.inburgeringsregie.support.PropertyChecks.orNull;
import static nl.inburgeringsregie.support.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: the BSN eleven-test over generated input. The rule is {@link BsnValidator}'s (9·d1 + 8·d2 + … +
 * 2·d8 − 1·d9 a multiple of 11 and not 0; nine ASCII digits as DUO's schema {@code bsn}, duo-m2m/API/Notificatie/
 * openapi.yml: length 9, pattern {@code \d{9}}). The generator builds a BSN from eight digits and the check digit that
 * rule asks for, so it does not repeat the validator's own code.
 */
class BsnValidatorPropertiesTest {

    @Test
    void everyNumberThatPassesTheElevenTestIsAccepted() {
        qt().forAll(bsns()).checkAssert(bsn -> {
            assertThat(BsnValidator.isValidBsn(bsn)).isTrue();
            assertThat(new BsnValidator().isValid(bsn, null)).isTrue();
        });
    }

    @Test
    void oneMistypedDigitIsAlwaysRefused() {
        qt().forAll(bsns(), integers().between(0, 8), integers().between(1, 9)).checkAssert((bsn, position, shift) -> {
            char[] digits = bsn.toCharArray();
            digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
            assertThat(BsnValidator.isValidBsn(new String(digits))).isFalse();
        });
    }

    @Test
    void twoNeighbouringDigitsSwappedAreAlwaysRefused() {
        qt().forAll(bsns(), integers().between(0, 7))
                .assuming((bsn, position) -> bsn.charAt(position) != bsn.charAt(position + 1))
                .checkAssert((bsn, position) -> {
                    char[] digits = bsn.toCharArray();
                    char first = digits[position];
                    digits[position] = digits[position + 1];
                    digits[position + 1] = first;
                    assertThat(BsnValidator.isValidBsn(new String(digits))).isFalse();
                });
    }

    @Test
    void aValidBsnInAnotherScriptsDigitsIsRefused() {
        qt().forAll(AdversarialText.inForeignDigits(bsns())).checkAssert(bsn -> {
            assertThat(BsnValidator.isValidBsn(bsn)).isFalse();
            assertThat(new BsnValidator().isValid(bsn, null)).isFalse();
        });
    }

    @Test
    void aValidBsnWithWhiteSpaceOrAnExtraCharacterIsRefused() {
        qt().forAll(bsns(), paddings(), integers().between(0, 9)).checkAssert((bsn, padding, at) -> {
            String padded = bsn.substring(0, at) + padding + bsn.substring(at);
            assertThat(BsnValidator.isValidBsn(padded)).isFalse();
        });
    }

    /** Whatever is sent: an answer, never an exception; only nine ASCII digits can pass. */
    @Test
    void anyTextIsAnsweredWithoutAnException() {
        qt().forAll(orNull(AdversarialText.anything(), 5)).checkAssert(text -> {
            boolean valid = new BsnValidator().isValid(text, null);
            if (valid && text != null && !text.isEmpty()) {
                assertThat(text).matches("[0-9]{9}");
            }
        });
    }

    private static Gen<String> bsns() {
        return strings().betweenCodePoints('0', '9').ofLength(8)
                .map(BsnValidatorPropertiesTest::withCheckDigit)
                .assuming(Objects::nonNull);
    }

    private static Gen<String> paddings() {
        return Generate.oneOf(AdversarialText.hidden().map(c -> Character.toString(c)), Generate.pick(List.of("0", "-", ".", "a")));
    }

    /** The eight digits with the ninth that makes the weighted sum a multiple of 11 (not 0); null when none does. */
    private static String withCheckDigit(String eight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (eight.charAt(i) - '0');
        }
        for (int check = 0; check <= 9; check++) {
            if ((sum - check) % 11 == 0 && sum - check != 0) {
                return eight + check;
            }
        }
        return null;
    }
}
