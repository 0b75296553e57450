package nl.inburgeringsregie.support;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated text that tries to break a validator (issue 24, point 3): other scripts' digits (fullwidth, Arabic-Indic,
 * Devanagari …) that Java's own parsers take for 0–9, every kind of white space and invisible character, very long
 * text and text near what a field expects. For jqwik properties of the project's field rules.
 */
public final class AdversarialText {

    /** Zero of scripts whose digits {@link Character#isDigit} accepts: fullwidth, Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, mathematical bold. */
    private static final List<Integer> FOREIGN_ZEROS = List.of(0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1D7CE);

    /** White space, line breaks and invisible characters: tab, no-break space, en quad, zero-width space, right-to-left override, BOM, NUL. */
    private static final char[] HIDDEN = {' ', '\t', '\n', '\r', '\u00A0', '\u2000', '\u200B', '\u202E', '\uFEFF', '\u0000',
            '\u2028', '\u3000'};

    private AdversarialText() {
    }

    /** The texts with their digits written in another script, e.g. "12" as "１２" or "١٢"; other characters kept. */
    public static Arbitrary<String> inForeignDigits(Arbitrary<String> asciiTexts) {
        return Combinators.combine(asciiTexts, Arbitraries.of(FOREIGN_ZEROS)).as(AdversarialText::withDigitsFrom);
    }

    private static String withDigitsFrom(String asciiText, int zero) {
        var text = new StringBuilder();
        asciiText.chars().forEach(c -> {
            if (c >= '0' && c <= '9') {
                text.appendCodePoint(zero + c - '0');
            } else {
                text.append((char) c);
            }
        });
        return text.toString();
    }

    /** One digit of another script. */
    public static Arbitrary<String> foreignDigit() {
        return Arbitraries.of(FOREIGN_ZEROS).flatMap(zero -> Arbitraries.integers().between(0, 9)
                .map(digit -> new String(Character.toChars(zero + digit))));
    }

    /** One white-space or invisible character. */
    public static Arbitrary<Character> hidden() {
        return Arbitraries.of(toObjects(HIDDEN));
    }

    private static Character[] toObjects(char[] chars) {
        Character[] objects = new Character[chars.length];
        for (int i = 0; i < chars.length; i++) {
            objects[i] = chars[i];
        }
        return objects;
    }

    /**
     * Any text a client can send: short strings of all of Unicode, strings of digits and separators in several scripts,
     * white space, and now and then a very long string; never null (add {@code injectNull} where the API takes null).
     */
    public static Arbitrary<String> anything() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> digitsAndSeparators = Arbitraries.strings().withChars("0123456789-/. +,:T")
                .withCharRange('\uFF10', '\uFF19').withCharRange('\u0660', '\u0669').ofMaxLength(14);
        Arbitrary<String> asciiDigitsAndSeparators = Arbitraries.strings().withChars("0123456789-").ofMaxLength(12);
        Arbitrary<String> padded = Arbitraries.strings().withChars("0123456789-").ofMaxLength(10)
                .flatMap(core -> hidden().list().ofMaxSize(3).map(pad -> join(pad) + core + join(pad)));
        Arbitrary<String> veryLong = Arbitraries.strings().withChars("0123456789-aZ ").ofMinLength(2_001).ofMaxLength(5_000);
        return Arbitraries.frequencyOf(
                Tuple.of(4, unicode),
                Tuple.of(4, digitsAndSeparators),
                Tuple.of(4, asciiDigitsAndSeparators),
                Tuple.of(2, padded),
                Tuple.of(1, veryLong));
    }

    private static String join(List<Character> characters) {
        var text = new StringBuilder();
        characters.forEach(text::append);
        return text.toString();
    }
}
