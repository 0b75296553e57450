package nl.inburgeringsregie.regie;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Codes stored in the application's tables as the words a user reads: the label of the enumeration
 * that owns the concept (Doelgroep, CasePhase, Leerroute, …), one place per concept. The standard is
 * "all a user sees is Dutch, in words, not codes" (common rules of the project).
 */
final class Labels {

    private Labels() {
    }

    /** The label of the constant stored by name; null stays null, an unknown name is shown as it is. */
    static <E extends Enum<E>> String of(Class<E> type, String name, Function<E, String> label) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst()
                .map(label).orElse(name);
    }

    /** Every constant as a filter choice: its code (what the API takes) and its label. */
    static <E extends Enum<E>> List<RegieController.Keuze> choices(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(value -> new RegieController.Keuze(value.name(), label.apply(value)))
                .toList();
    }

    /**
     * A code that is itself a Dutch word without a label of its own (a message kind such as AANMELDING, a
     * report kind, a status) as a word: "Aanmelding", "Voortgangsgesprek".
     */
    static String word(String code) {
        if (code == null || code.isEmpty()) {
            return code;
        }
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
