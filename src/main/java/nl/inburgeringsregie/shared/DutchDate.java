package nl.inburgeringsregie.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import nl.inburgeringsregie.shared.validation.Quoted;

/**
 * A date as a Dutch user types it: dd-mm-jjjj (05-11-2026 is 5 November), read strictly — a date that
 * does not exist (31-02-2026), another order or separator, a two-digit year or a year outside 1900–2099 is
 * refused, never guessed. ISO jjjj-mm-dd is read too, because the engine stores dates that way and the
 * forms of cases still on an older model version send it (issue 16, point 8).
 */
public final class DutchDate {

    /** What a user is asked to type, in every form and filter. */
    public static final String FORMAT = "dd-mm-jjjj";
    private static final Pattern DUTCH = Pattern.compile("\\d{2}-\\d{2}-\\d{4}");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DUTCH_FORMAT = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The first and last year a date may lie in: what lies outside is a typing error, refused, never guessed. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2099;

    private DutchDate() {
    }

    /**
     * The date in {@code text}, or an {@link InvalidInputException} for {@code field} saying in Dutch why it
     * cannot be read for sure.
     */
    public static LocalDate read(String text, String field) {
        String trimmed = text == null ? "" : text.strip();
        DateTimeFormatter format = DUTCH.matcher(trimmed).matches() ? DUTCH_FORMAT
                : ISO.matcher(trimmed).matches() ? ISO_FORMAT : null;
        if (trimmed.isEmpty()) {
            // nothing typed: said in words, never as "'null'" (issue 24, point 3)
            throw InvalidInputException.of(field, "Vul de datum in: typ de datum als " + FORMAT + ", bijvoorbeeld 05-11-2026");
        }
        if (format == null) {
            throw InvalidInputException.of(field, Quoted.of(text) + " is geen datum: typ de datum als " + FORMAT
                    + ", bijvoorbeeld 05-11-2026");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(trimmed, format);
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field, "De datum " + Quoted.of(text) + " bestaat niet");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw InvalidInputException.of(field, "De datum " + Quoted.of(text) + " ligt niet tussen " + FIRST_YEAR + " en "
                    + LAST_YEAR);
        }
        return date;
    }

    /** The date as users read and type it: dd-mm-jjjj. */
    public static String format(LocalDate date) {
        return date.format(DUTCH_FORMAT);
    }
}
