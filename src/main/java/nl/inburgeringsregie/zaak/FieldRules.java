package nl.inburgeringsregie.zaak;

import java.time.Clock;
import java.time.LocalDate;

import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.InvalidInputException;

/** Checks of single form fields that every capability uses, each with its Dutch message. */
public final class FieldRules {

    private FieldRules() {
    }

    /** A date as forms deliver it ({@link DutchDate}: dd-mm-jjjj, or ISO as the engine stores it). */
    public static LocalDate parsedDate(String dateText, String what) {
        try {
            return DutchDate.read(dateText, "datum");
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("datum", e.getMessage() + " (bij '" + what + "')");
        }
    }

    /** A required date of something that has happened: today or earlier. */
    public static LocalDate pastOrToday(String dateText, String field, String what, Clock clock) {
        if (dateText == null || dateText.isBlank()) {
            throw InvalidInputException.of(field, "Vul de datum van " + what + " in");
        }
        LocalDate date;
        try {
            date = parsedDate(dateText, what);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(field, e.getMessage());
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of(field, "De datum van " + what + " mag niet in de toekomst liggen");
        }
        return date;
    }

    /** A required text of at most {@code max} characters. */
    public static String requiredText(String text, String field, String message, int max) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, message);
        }
        if (text.length() > max) {
            throw InvalidInputException.of(field, "Te lang: maximaal " + max + " tekens");
        }
        return text;
    }
}
