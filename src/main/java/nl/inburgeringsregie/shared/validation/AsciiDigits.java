package nl.inburgeringsregie.shared.validation;

import java.math.BigDecimal;

/**
 * Numbers in input are written with the ASCII digits 0–9 only. Java's own parsers
 * ({@link Integer#parseInt}, {@link Long#parseLong}, {@link BigDecimal#BigDecimal(String)},
 * {@link Character#isDigit}) also take other scripts' digits, such as fullwidth "９" or Arabic-Indic "٩",
 * and would silently turn "９６" into 96; nothing is normalised here, such text is refused.
 */
public final class AsciiDigits {

    private AsciiDigits() {
    }

    /** Whether the text is one or more of the digits 0–9 and nothing else. */
    public static boolean only(CharSequence text) {
        return text != null && !text.isEmpty() && text.chars().allMatch(AsciiDigits::isDigit);
    }

    /** Whether the character is one of 0–9. */
    public static boolean isDigit(int character) {
        return character >= '0' && character <= '9';
    }

    /** Whole number as {@link Integer#valueOf(String)}, refusing any character outside ASCII. */
    public static Integer integer(String text) {
        return Integer.valueOf(ascii(text));
    }

    /** Whole number as {@link Long#valueOf(String)}, refusing any character outside ASCII. */
    public static Long longValue(String text) {
        return Long.valueOf(ascii(text));
    }

    /** Decimal number as {@link BigDecimal#BigDecimal(String)}, refusing any character outside ASCII. */
    public static BigDecimal decimal(String text) {
        return new BigDecimal(ascii(text));
    }

    /** The text unchanged; a {@link NumberFormatException} when it holds a character outside ASCII. */
    public static String ascii(String text) {
        if (text != null && !text.chars().allMatch(character -> character < 128)) {
            throw new NumberFormatException("Not an ASCII number");
        }
        return text;
    }
}
