package nl.inburgeringsregie.support;

import static nl.inburgeringsregie.support.PropertyChecks.textOf;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated text that tries to break a validator (issue 24, point 3): other scripts' digits (fullwidth, Arabic-Indic,
 * Devanagari …) that Java's own parsers take for 0–9, every kind of white space and invisible character, very long
 * text and text near what a field expects. QuickTheories generators for the property tests of the project's field rules.
 */
public final class AdversarialText {

    /** Zero of scripts whose digits {@link Character#isDigit} accepts: fullwidth, Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, mathematical bold. */
    private static final List<Integer> FOREIGN_ZEROS = List.of(0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1D7CE);

    /** White space, line breaks and invisible characters: tab, no-break space, en quad, zero-width space, right-to-left override, BOM, NUL. */
    private static final List<Character> HIDDEN = List.of(' ', '\t', '\n', '\r', '\u00A0', '\u2000', '\u200B', '\u202E',
            '\uFEFF', '\u0000', '\u2028', '\u3000');

    private AdversarialText() {
    }

    /** The texts with their digits written in another script, e.g. "12" as "１２" or "١٢"; other characters kept. */
    public static Gen<String> inForeignDigits(Gen<String> asciiTexts) {
        return asciiTexts.zip(Generate.pick(FOREIGN_ZEROS), AdversarialText::withDigitsFrom);
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

    /** One white-space or invisible character. */
    public static Gen<Character> hidden() {
        return Generate.pick(HIDDEN);
    }

    /**
     * Any text a client can send: short strings of all of Unicode, strings of digits and separators in several scripts,
     * white space, and now and then a very long string; never null (add {@link PropertyChecks#orNull} where the API
     * takes null).
     */
    public static Gen<String> anything() {
        Gen<String> unicode = strings().allPossible().ofLengthBetween(0, 30);
        Gen<String> digitsAndSeparators = textOf("0123456789-/. +,:T" + range('\uFF10', '\uFF19') + range('\u0660', '\u0669'),
                0, 14);
        Gen<String> asciiDigitsAndSeparators = textOf("0123456789-", 0, 12);
        Gen<String> padded = textOf("0123456789-", 0, 10).zip(lists().of(hidden()).ofSizeBetween(0, 3),
                (core, pad) -> join(pad) + core + join(pad));
        Gen<String> veryLong = textOf("0123456789-aZ ", 2_001, 5_000);
        return Generate.frequency(List.of(
                Pair.of(4, unicode),
                Pair.of(4, digitsAndSeparators),
                Pair.of(4, asciiDigitsAndSeparators),
                Pair.of(2, padded),
                Pair.of(1, veryLong)));
    }

    private static String range(char first, char last) {
        var characters = new StringBuilder();
        for (char c = first; c <= last; c++) {
            characters.append(c);
        }
        return characters.toString();
    }

    private static String join(List<Character> characters) {
        var text = new StringBuilder();
        characters.forEach(text::append);
        return text.toString();
    }
}
