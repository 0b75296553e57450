package nl.inburgeringsregie.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: the BSN eleven-test over generated input. The rule is {@link BsnValidator}'s (9·d1 + 8·d2 + … +
 * 2·d8 − 1·d9 a multiple of 11 and not 0; nine ASCII digits as DUO's schema {@code bsn}, duo-m2m/API/Notificatie/
 * openapi.yml: length 9, pattern {@code \d{9}}). The generator builds a BSN from eight digits and the check digit that
 * rule asks for, so it does not repeat the validator's own code.
 */
class BsnValidatorPropertiesTest {

    @Property
    void everyNumberThatPassesTheElevenTestIsAccepted(@ForAll("bsns") String bsn) {
        assertThat(BsnValidator.isValidBsn(bsn)).isTrue();
        assertThat(new BsnValidator().isValid(bsn, null)).isTrue();
    }

    @Property
    void oneMistypedDigitIsAlwaysRefused(@ForAll("bsns") String bsn, @ForAll @IntRange(min = 0, max = 8) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = bsn.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
        assertThat(BsnValidator.isValidBsn(new String(digits))).isFalse();
    }

    @Property
    void twoNeighbouringDigitsSwappedAreAlwaysRefused(@ForAll("bsns") String bsn,
            @ForAll @IntRange(min = 0, max = 7) int position) {
        char[] digits = bsn.toCharArray();
        Assume.that(digits[position] != digits[position + 1]);
        char first = digits[position];
        digits[position] = digits[position + 1];
        digits[position + 1] = first;
        assertThat(BsnValidator.isValidBsn(new String(digits))).isFalse();
    }

    @Property
    void aValidBsnInAnotherScriptsDigitsIsRefused(@ForAll("bsnsInForeignDigits") String bsn) {
        assertThat(BsnValidator.isValidBsn(bsn)).isFalse();
        assertThat(new BsnValidator().isValid(bsn, null)).isFalse();
    }

    @Property
    void aValidBsnWithWhiteSpaceOrAnExtraCharacterIsRefused(@ForAll("bsns") String bsn,
            @ForAll("paddings") String padding, @ForAll @IntRange(min = 0, max = 9) int at) {
        String padded = bsn.substring(0, at) + padding + bsn.substring(at);
        assertThat(BsnValidator.isValidBsn(padded)).isFalse();
    }

    /** Whatever is sent: an answer, never an exception; only nine ASCII digits can pass. */
    @Property
    void anyTextIsAnsweredWithoutAnException(@ForAll("anyText") String text) {
        boolean valid = new BsnValidator().isValid(text, null);
        if (valid && text != null && !text.isEmpty()) {
            assertThat(text).matches("[0-9]{9}");
        }
    }

    @Provide
    Arbitrary<String> bsns() {
        return Arbitraries.strings().withCharRange('0', '9').ofLength(8)
                .map(BsnValidatorPropertiesTest::withCheckDigit)
                .filter(bsn -> bsn != null);
    }

    @Provide
    Arbitrary<String> bsnsInForeignDigits() {
        return AdversarialText.inForeignDigits(bsns());
    }

    @Provide
    Arbitrary<String> paddings() {
        return Arbitraries.oneOf(AdversarialText.hidden().map(String::valueOf), Arbitraries.of("0", "-", ".", "a"));
    }

    @Provide
    Arbitrary<String> anyText() {
        return AdversarialText.anything().injectNull(0.05);
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
