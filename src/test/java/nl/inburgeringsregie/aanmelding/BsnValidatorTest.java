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
}
