package nl.inburgeringsregie.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"999990007", "999990019", "111222333", "123456782"})
    void acceptsNumbersThatPassTheElevenTest(String bsn) {
        assertThat(BsnValidator.isValidBsn(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "999990008", "000000000", "12345678", "1234567890", "12345678a", "         "})
    void refusesEverythingElse(String bsn) {
        assertThat(BsnValidator.isValidBsn(bsn)).isFalse();
    }

    /** Issue 16 point 3: 960109286 passes the eleven-test; written with other scripts' digits it is no BSN. */
    @ParameterizedTest
    @ValueSource(strings = {"\uFF19601092\uFF186", "\uFF19\uFF16\uFF10\uFF11\uFF10\uFF19\uFF12\uFF18\uFF16",
            "\u0669\u0666\u0660\u0661\u0660\u0669\u0662\u0668\u0666", "96010928\u0666"})
    void refusesDigitsOtherThanAscii(String bsn) {
        assertThat(BsnValidator.isValidBsn("960109286")).as("the same number in ASCII").isTrue();
        assertThat(BsnValidator.isValidBsn(bsn)).isFalse();
    }
}
