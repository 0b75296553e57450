package nl.inburgeringsregie.inburgeren;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.validation.Quoted;

/** A month as a consulent types it: mm-jjjj (03-2026 is March 2026); jjjj-mm is read too (the API). */
final class HoursMonth {

    private static final Pattern DUTCH = Pattern.compile("(\\d{2})-(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final List<String> NAMES = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");

    private HoursMonth() {
    }

    static YearMonth read(String text, String field) {
        String trimmed = text == null ? "" : text.strip();
        var dutch = DUTCH.matcher(trimmed);
        var iso = ISO.matcher(trimmed);
        YearMonth month = null;
        try {
            if (dutch.matches()) {
                month = YearMonth.of(Integer.parseInt(dutch.group(2)), Integer.parseInt(dutch.group(1)));
            } else if (iso.matches()) {
                month = YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
            }
        } catch (DateTimeException noSuchMonth) {
            throw InvalidInputException.of(field, "De maand '" + text + "' bestaat niet");
        }
        if (month != null) {
            // the years DutchDate reads: 01-0000 is a typing error, as 01-01-0000 is (issue 24, point 3)
            if (month.getYear() < DutchDate.FIRST_YEAR || month.getYear() > DutchDate.LAST_YEAR) {
                throw InvalidInputException.of(field, "De maand " + Quoted.of(text) + " ligt niet tussen " + DutchDate.FIRST_YEAR
                        + " en " + DutchDate.LAST_YEAR);
            }
            return month;
        }
        throw InvalidInputException.of(field, trimmed.isEmpty() ? "Vul de maand in waarin de uren zijn gevolgd"
                : Quoted.of(text) + " is geen maand: typ mm-jjjj, bijvoorbeeld 03-2026");
    }

    /** "maart 2026". */
    static String label(YearMonth month) {
        return NAMES.get(month.getMonthValue() - 1) + " " + month.getYear();
    }
}
