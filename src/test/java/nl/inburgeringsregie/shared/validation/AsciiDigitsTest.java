package nl.inburgeringsregie.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Issue 16 point 3: Java's number parsers take fullwidth and Arabic-Indic digits; input may not. */
class AsciiDigitsTest {

    @Test
    void javaItselfTakesFullwidthDigits() {
        assertThat(Integer.valueOf("\uFF11\uFF12")).as("why AsciiDigits exists").isEqualTo(12);
        assertThat(Character.isDigit('\uFF19')).isTrue();
    }

    @Test
    void readsAsciiNumbers() {
        assertThat(AsciiDigits.integer("-12")).isEqualTo(-12);
        assertThat(AsciiDigits.longValue("9876543210")).isEqualTo(9876543210L);
        assertThat(AsciiDigits.decimal("12.50")).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(AsciiDigits.only("0123456789")).isTrue();
    }

    @Test
    void refusesOtherDigitsWithoutConvertingThem() {
        assertThatThrownBy(() -> AsciiDigits.integer("\uFF11\uFF12")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> AsciiDigits.longValue("1\u0662")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> AsciiDigits.decimal("\uFF11.5")).isInstanceOf(NumberFormatException.class);
        assertThat(AsciiDigits.only("12\uFF13")).isFalse();
        assertThat(AsciiDigits.only("")).isFalse();
        assertThat(AsciiDigits.only(null)).isFalse();
    }
}
