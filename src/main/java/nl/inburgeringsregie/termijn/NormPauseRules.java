package nl.inburgeringsregie.termijn;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.validation.AsciiDigits;
import nl.inburgeringsregie.zaak.CaseSuspension;

/**
 * The rules of a coordinator's pause or extension of a local norm (issue 19, point 5: "Pause and extension of local
 * norms with a recorded reason (illness, hospital stay, a fine procedure…), by the coordinator, four eyes for an
 * extension beyond a gemeente-configured maximum … The legal term moves only by DUO (SS103/SS104)"). Without Spring or
 * the engine; every refusal is a Dutch message for the field it concerns.
 */
public final class NormPauseRules {

    /** The reasons a coordinator records, as the API takes them, with the words a user reads. */
    public static final Map<String, String> REASONS = reasons();

    static final int MAX_NOTE = 2000;
    /** A pause or extension longer than a year is no local measure any more (our choice, docs/coordinator.md). */
    static final int MAX_DAYS = 365;

    private NormPauseRules() {
    }

    private static Map<String, String> reasons() {
        var reasons = new LinkedHashMap<String, String>();
        reasons.put("ziekte", "Ziekte");
        reasons.put("ziekenhuisopname", "Ziekenhuisopname");
        reasons.put("boeteprocedure", "Boeteprocedure");
        reasons.put("anders", "Anders");
        return Map.copyOf(reasons);
    }

    /** The words of a reason code; the code itself when unknown. */
    public static String reasonLabel(String kind) {
        return kind == null ? "" : REASONS.getOrDefault(kind, kind);
    }

    /**
     * The inburgeringstermijn is the legal term of Wet inburgering 2021 art. 7: only DUO extends it (DUO's
     * Gebeurtenissen.md, "Termijn gewijzigd": SS103 "Verlenging termijn", SS104 "Verlenging termijn"; DOMAIN.md). A
     * coordinator pauses or extends only the gemeente's own norms.
     */
    public static void refuseLegalTerm(Norm norm) {
        if (norm == Norm.INBURGERINGSTERMIJN) {
            throw InvalidInputException.of("norm", "De inburgeringstermijn verlengt alleen DUO (SS103/SS104)");
        }
    }

    /** The reason: a known kind, and a note (required for "anders", at most 2000 characters). */
    public static void reason(String kind, String note) {
        var errors = new LinkedHashMap<String, String>();
        if (kind == null || !REASONS.containsKey(kind.strip())) {
            errors.put("soort", "Kies een reden: ziekte, ziekenhuisopname, boeteprocedure of anders");
        } else if ("anders".equals(kind.strip()) && (note == null || note.isBlank())) {
            errors.put("toelichting", "Licht de reden toe");
        }
        if (note != null && note.length() > MAX_NOTE) {
            errors.put("toelichting", "De toelichting is te lang (maximaal " + MAX_NOTE + " tekens)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * The first day of a pause: dd-mm-jjjj, not after today (a pause is recorded when it happens, not planned), not
     * before the clock started, not after the due day (the term had run out), and not within an earlier pause of the
     * norm or while another pause lasts (no overlapping pauses).
     */
    public static LocalDate pauseStart(String text, Deadline deadline, List<CaseSuspension> periods, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("vanaf", "Vul de eerste dag van de pauze in (" + DutchDate.FORMAT + ")");
        }
        LocalDate start = DutchDate.read(text.strip(), "vanaf");
        if (start.isAfter(today)) {
            throw InvalidInputException.of("vanaf", "Een pauze begint vandaag of eerder");
        }
        if (start.isBefore(deadline.startsOn())) {
            throw InvalidInputException.of("vanaf", "De termijn liep toen nog niet (hij loopt sinds "
                    + DutchDate.format(deadline.startsOn()) + ")");
        }
        if (start.isAfter(deadline.dueOn())) {
            throw InvalidInputException.of("vanaf", "De termijn was toen al verstreken (vervaldatum "
                    + DutchDate.format(deadline.dueOn()) + ")");
        }
        for (CaseSuspension period : PausedClocks.forNorm(deadline.norm().name(), periods)) {
            if (period.isOngoing()) {
                throw InvalidInputException.of("vanaf", period.isWholeCase()
                        ? "De zaak is opgeschort (tijdelijke vrijstelling): de termijn staat al stil"
                        : "Deze termijn is al gepauzeerd sinds " + DutchDate.format(period.startsOn()));
            }
            if (start.isBefore(period.endsOn()) && !period.isWholeCase()) {
                throw InvalidInputException.of("vanaf", "De pauze overlapt een eerdere pauze ("
                        + DutchDate.format(period.startsOn()) + " tot " + DutchDate.format(period.endsOn()) + ")");
            }
        }
        return start;
    }

    /** The day the clock runs again: dd-mm-jjjj or today when empty; not before the pause began, not after today. */
    public static LocalDate pauseEnd(String text, CaseSuspension pause, LocalDate today) {
        LocalDate end = text == null || text.isBlank() ? today : DutchDate.read(text.strip(), "per");
        if (end.isBefore(pause.startsOn())) {
            throw InvalidInputException.of("per", "De pauze begon op " + DutchDate.format(pause.startsOn())
                    + "; hij kan niet eerder eindigen");
        }
        if (end.isAfter(today)) {
            throw InvalidInputException.of("per", "Een pauze eindigt vandaag of eerder");
        }
        return end;
    }

    /** The days of an extension: a whole number from 1 to 365. */
    public static int extensionDays(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("dagen", "Vul het aantal dagen in");
        }
        int days;
        try {
            days = AsciiDigits.integer(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("dagen", "Vul een geheel aantal dagen in");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw InvalidInputException.of("dagen", "Verleng met 1 tot " + MAX_DAYS + " dagen");
        }
        return days;
    }

    /**
     * Four eyes (issue 19, point 5): an extension that brings the deadline's extensions, approved and asked, beyond
     * the gemeente's maximum needs a second coordinator.
     */
    public static boolean needsSecondCoordinator(int extendedBefore, int days, int maxDays) {
        return extendedBefore + days > maxDays;
    }

    /** The coordinator who decides about an extension is not the one who asked for it (four eyes). */
    public static void secondCoordinator(Extension extension, String by) {
        if (extension.requestedBy().equals(by)) {
            throw InvalidInputException.of("beslissing",
                    "Een andere coördinator dan de aanvrager beslist over deze verlenging (vier ogen)");
        }
    }
}
