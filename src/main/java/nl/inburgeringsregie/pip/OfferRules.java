package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.FieldRules;

/**
 * DUO's conditions for registering an Inburgeringsaanbod (duo-m2m/README.md, "Inburgeringsaanbod", R:93-100), checked
 * where the consulent enters the aanbod — with the PIP, in "PIP opstellen" and "PIP wijzigen" — and where the
 * coordinator gives the PIP its dagtekening ("PIP beoordelen"), so that DUO never refuses what the application sends:
 * <ul>
 * <li>R:98 "De data van het inburgeringsaanbod ligt niet voor de dagtekening van de actuele PIP";</li>
 * <li>R:99 "De 'datumAanvangTaalschakeltraject' ligt niet voor de 'datumEindeCursus' of de 'datumInburgeringsaanbod'";</li>
 * <li>R:100 "De 'datumAanvangTaalschakeltraject' en 'datumEindeCursus' mogen niet buiten de inburgeringstermijn
 * liggen".</li>
 * </ul>
 * The body DUO takes (Inburgeringsaanbod openapi.yml 1.2.0) has datumInburgeringsaanbod, verwachteStartdatumOpleiding
 * and verwachteEinddatumOpleiding; R:99-100 name fields it lacks. Our reading (docs/consulent.md): for the onderwijsroute
 * the opleiding of the aanbod is the taalschakeltraject, so its start is the datumAanvangTaalschakeltraject and both its
 * dates lie within the term; datumEindeCursus is the end of the course of the previous aanbod at another instelling (a
 * change to the onderwijsroute), before which the taalschakeltraject may not start. For every route the course starts
 * neither before the aanbod's date (for the B1- and Z-route the schema calls datumInburgeringsaanbod "tevens de
 * startdatum voor het taalonderwijs") nor ends before it starts (the application's own rule). The asielmigrant, the PIP
 * and the recognised provider (R:95-97) are {@link PipService}'s and the provider port's.
 */
final class OfferRules {

    static final String DATE = "aanbodDatum";
    static final String START = "aanbodStartdatum";
    static final String END = "aanbodEinddatum";

    /** The aanbod as the form gives it: three dates as text. */
    record Input(String date, String courseStart, String courseEnd) {
    }

    /** What the case knows that bounds the aanbod's dates; each may be null (unknown). */
    record Bounds(LocalDate pipInForce, LocalDate termStart, LocalDate termEnd, LocalDate previousCourseEnd) {
    }

    private OfferRules() {
    }

    /** The aanbod's dates, or the Dutch message per field when one is missing, unreadable or breaks a rule. */
    static OfferDates checked(Input input, Leerroute route, Bounds bounds, Map<String, String> errors) {
        LocalDate date = date(input == null ? null : input.date(), DATE, "de datum van het inburgeringsaanbod", errors);
        LocalDate start = date(input == null ? null : input.courseStart(), START, "de verwachte startdatum", errors);
        LocalDate end = date(input == null ? null : input.courseEnd(), END, "de verwachte einddatum", errors);
        if (date == null || start == null || end == null) {
            return null;
        }
        var offer = new OfferDates(date, start, end);
        notBeforeDagtekening(offer, bounds.pipInForce(), "het geldende PIP", errors);
        if (start.isBefore(date)) {
            errors.putIfAbsent(START, "De cursus of opleiding kan niet starten vóór de datum van het inburgeringsaanbod ("
                    + DutchDate.format(date) + ") (DUO-regel)");
        }
        if (!end.isAfter(start)) {
            errors.putIfAbsent(END, "De verwachte einddatum ligt na de verwachte startdatum ("
                    + DutchDate.format(start) + ")");
        }
        if (route == Leerroute.ONDERWIJSROUTE) {
            if (bounds.previousCourseEnd() != null && start.isBefore(bounds.previousCourseEnd())) {
                errors.putIfAbsent(START, "Het taalschakeltraject kan niet starten vóór het einde van de cursus van het "
                        + "vorige aanbod (" + DutchDate.format(bounds.previousCourseEnd()) + ") (DUO-regel)");
            }
            withinTerm(offer, bounds.termStart(), bounds.termEnd(), errors);
        }
        return offer;
    }

    /**
     * At approval, with the dagtekening the coordinator gives: no date of the aanbod before it (R:98) and, for the
     * onderwijsroute, the taalschakeltraject within the term (R:100) — the term of a first PIP starts the day after.
     *
     * @return why DUO would refuse the aanbod with this dagtekening, for the field {@code pipDagtekening}
     */
    static java.util.Optional<String> atApproval(OfferDates offer, Leerroute route, LocalDate dagtekening,
            LocalDate termStart, LocalDate termEnd) {
        if (offer == null) {
            return java.util.Optional.empty();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        notBeforeDagtekening(offer, dagtekening, "dit PIP", errors);
        if (route == Leerroute.ONDERWIJSROUTE) {
            LocalDate start = termStart != null ? termStart : dagtekening.plusDays(1);
            LocalDate end = termEnd != null ? termEnd : start.plusYears(3).minusDays(1);
            withinTerm(offer, start, end, errors);
        }
        return errors.values().stream().findFirst().map(message -> "Het inburgeringsaanbod van dit PIP past niet bij deze "
                + "dagtekening: " + message);
    }

    private static void notBeforeDagtekening(OfferDates offer, LocalDate dagtekening, String which,
            Map<String, String> errors) {
        if (dagtekening == null) {
            return;
        }
        String message = " ligt vóór de dagtekening van " + which + " (" + DutchDate.format(dagtekening) + ") (DUO-regel)";
        if (offer.date().isBefore(dagtekening)) {
            errors.putIfAbsent(DATE, "De datum van het inburgeringsaanbod" + message);
        }
        if (offer.courseStart().isBefore(dagtekening)) {
            errors.putIfAbsent(START, "De verwachte startdatum" + message);
        }
        if (offer.courseEnd().isBefore(dagtekening)) {
            errors.putIfAbsent(END, "De verwachte einddatum" + message);
        }
    }

    private static void withinTerm(OfferDates offer, LocalDate termStart, LocalDate termEnd, Map<String, String> errors) {
        String term = termStart == null ? null : "de inburgeringstermijn (" + DutchDate.format(termStart)
                + (termEnd == null ? "" : " tot en met " + DutchDate.format(termEnd)) + ")";
        if (termStart != null && offer.courseStart().isBefore(termStart)) {
            errors.putIfAbsent(START, "Het taalschakeltraject start vóór " + term + " (DUO-regel)");
        }
        if (termEnd != null && offer.courseStart().isAfter(termEnd)) {
            errors.putIfAbsent(START, "Het taalschakeltraject start na " + term + " (DUO-regel)");
        }
        if (termStart != null && offer.courseEnd().isBefore(termStart)) {
            errors.putIfAbsent(END, "De einddatum ligt vóór " + term + " (DUO-regel)");
        }
        if (termEnd != null && offer.courseEnd().isAfter(termEnd)) {
            errors.putIfAbsent(END, "De einddatum ligt na het einde van " + term + " (DUO-regel)");
        }
    }

    private static LocalDate date(String text, String field, String what, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "Vul " + what + " in");
            return null;
        }
        try {
            return FieldRules.parsedDate(text, what);
        } catch (InvalidInputException e) {
            errors.put(field, e.getMessage());
            return null;
        }
    }
}
