package nl.inburgeringsregie.inburgeren;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.inburgeringsregie.shared.DutchDate;

/**
 * DUO's rule for the indication "Verwijtbaar (Ja/Nee)" that goes with the date of the eindgesprek MAP (and, word for
 * word the same, the signing of the PVT) [duo-m2m/README.md, "Module Arbeidsmarkt en Participatie (MAP)", lines
 * 113-118; "Participatieverklaringstraject (PVT)", lines 129-134]:
 * <ol>
 * <li>(113) a message without 'Verwijtbaar' may not come when the term is exceeded;</li>
 * <li>(114) when the date lies before the end of the term, 'Verwijtbaar' may not be given;</li>
 * <li>(115) 'Nee' only when the end of the term falls within two months;</li>
 * <li>(116) 'Ja' only when the term is exceeded;</li>
 * <li>(118) a PUT replaces the whole resource: a later message must carry the indication again.</li>
 * </ol>
 * Readings (docs/consulent.md, "Verwijtbaarheid MAP"): the term is <em>exceeded</em> when the result's date lies after
 * its last day, or, without a date (the term passed without the eindgesprek), when today lies after it; a date on the
 * last day is in time. "Falls within two months" is read as: the last day is at most two months ahead or has passed,
 * since rule 113 demands an indication once the term is exceeded and rule 116 allows only 'Ja' for a culpable lapse,
 * so a late but not culpable MAP must be reportable with 'Nee'. A plain rule, no Spring or engine.
 */
public final class CulpabilityRule {

    /** DUO's values. */
    public static final String YES = "Ja";
    public static final String NO = "Nee";

    private CulpabilityRule() {
    }

    /**
     * Whether the term is exceeded for a result on {@code date} (null: none held yet) judged on {@code today}.
     */
    public static boolean exceeded(LocalDate date, LocalDate termEnd, LocalDate today) {
        if (termEnd == null) {
            return false;
        }
        return date != null ? date.isAfter(termEnd) : today.isAfter(termEnd);
    }

    /**
     * What breaks DUO's rule, keyed by the form field, in Dutch; empty when the combination may go to DUO.
     *
     * @param date     the result's date, or null when the term passed without it
     * @param culpable the consulent's answer, or null when none is given
     */
    public static Map<String, String> violations(String field, LocalDate date, Boolean culpable, LocalDate termEnd,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (termEnd == null) {
            if (date == null && culpable != null) {
                errors.put(field, "Er is nog geen inburgeringstermijn: DUO kent dan geen verwijtbaarheid");
            }
            return errors;
        }
        String end = DutchDate.format(termEnd);
        boolean exceeded = exceeded(date, termEnd, today);
        if (exceeded && culpable == null) {
            errors.put(field, "De inburgeringstermijn is overschreden (einde " + end + "): geef aan of dat verwijtbaar is");
        } else if (Boolean.TRUE.equals(culpable) && !exceeded) {
            errors.put(field, date != null && !date.isAfter(termEnd)
                    ? "Het eindgesprek ligt binnen de inburgeringstermijn (einde " + end + "): dan is het niet verwijtbaar te laat"
                    : "Verwijtbaar kan pas als de inburgeringstermijn (einde " + end + ") is overschreden");
        } else if (Boolean.FALSE.equals(culpable) && date == null && termEnd.isAfter(today.plusMonths(2))) {
            errors.put(field, "Niet verwijtbaar kan DUO pas krijgen vanaf twee maanden voor het einde van de "
                    + "inburgeringstermijn (" + end + ")");
        }
        return errors;
    }

    /**
     * The indication DUO gets with the result: none for a date in time (114), the answer when the term is exceeded,
     * or without a date 'Nee' within two months of the end (115). Call after {@link #violations} found none.
     */
    public static Optional<String> indication(LocalDate date, Boolean culpable, LocalDate termEnd, LocalDate today) {
        if (culpable == null || termEnd == null || date != null && !date.isAfter(termEnd)) {
            return Optional.empty();
        }
        return Optional.of(culpable ? YES : NO);
    }
}
