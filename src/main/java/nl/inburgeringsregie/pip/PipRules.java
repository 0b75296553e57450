package nl.inburgeringsregie.pip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.inburgeringsregie.zaak.Doelgroep;

/**
 * The rules a PIP draft must meet before a coordinator sees it: the municipality's own (a reason to
 * deviate from the advice, required parts) and DUO's registration rules for the PIP (README of the
 * DUO M2M specification, "Het aanleveren van een PIP"): no A2 with the onderwijsroute, no B1 with the
 * Z-route, no A2 on a first PIP with the B1-route, an estimated B1 intensity only for asielmigranten on
 * the B1-route. Messages are Dutch, keyed by the form field.
 */
final class PipRules {

    static final int MAX_TEXT = 2000;
    static final int MAX_NAME = 200;
    private static final Set<String> ALFABETISERING = Set.of("A", "AA", "NVT");

    private PipRules() {
    }

    /** Scaling B1 to A2 on parts needs at least this many hours of language teaching (DUO rule). */
    static final int HOURS_BEFORE_A2 = 600;
    private static final Set<String> LANGUAGE_PARTS = Set.of("LE", "LU", "SC", "SP");

    static Map<String, String> violations(PipDraft draft, boolean firstPip, Doelgroep doelgroep) {
        return violations(draft, firstPip, doelgroep, 0);
    }

    static Map<String, String> violations(PipDraft draft, boolean firstPip, Doelgroep doelgroep, int languageHours) {
        if (doelgroep.isWi2013()) {
            return wi2013Violations(draft, firstPip);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.leerroute() == null) {
            errors.put("leerroute", "Kies een leerroute");
            return errors;
        }
        if (draft.advisedRoute() != null && draft.leerroute() != draft.advisedRoute() && isBlank(draft.deviationReason())) {
            errors.put("afwijkingReden", "U kiest de " + draft.leerroute().label() + " terwijl het advies "
                    + draft.advisedRoute().label() + " is: geef een schriftelijke reden");
        }
        checkNiveau(draft, firstPip, errors);
        checkScaling(draft, firstPip, languageHours, errors);
        if (!firstPip) {
            required(errors, "wijzigingReden", draft.changeReason(), MAX_TEXT, "Geef de reden van de wijziging van het PIP");
        }
        if (draft.estimatedHoursB1() != null) {
            if (draft.leerroute() != Leerroute.B1_ROUTE || !doelgroep.isAsielmigrant()) {
                errors.put("geschatteIntensiteitB1",
                        "Een geschatte intensiteit hoort alleen bij de B1-route van een asielmigrant (DUO-regel)");
            } else if (draft.estimatedHoursB1() < 1 || draft.estimatedHoursB1() > 9999) {
                errors.put("geschatteIntensiteitB1", "De geschatte intensiteit ligt tussen 1 en 9999 uur");
            }
        }
        if (draft.leerroute() == Leerroute.ONDERWIJSROUTE) {
            if (!isBlank(draft.mapProvider())) {
                errors.put("mapAanbieder", "De onderwijsroute kent geen MAP: laat de MAP-aanbieder leeg");
            }
        } else {
            required(errors, "mapAanbieder", draft.mapProvider(), MAX_NAME, "Vul de aanbieder van de MAP in");
        }
        required(errors, "taalaanbieder", draft.languageProvider(), MAX_NAME, "Vul de taalaanbieder in");
        planViolations(errors, draft);
        tooLong(errors, "afwijkingReden", draft.deviationReason(), MAX_TEXT);
        if (draft.alfabetisering() == null || !ALFABETISERING.contains(draft.alfabetisering())) {
            errors.put("alfabetisering", "Kies of alfabetiseringsonderwijs van toepassing is");
        }
        durationViolation(errors, draft);
        return errors;
    }

    /** The plan's part that every PIP has, under either law: PVT, begeleiding, participation, ontzorgen. */
    private static void planViolations(Map<String, String> errors, PipDraft draft) {
        required(errors, "pvtAanbieder", draft.pvtProvider(), MAX_NAME, "Vul de aanbieder van het PVT in");
        required(errors, "begeleidingAfspraken", draft.guidanceAgreements(), MAX_TEXT,
                "Beschrijf de maatschappelijke begeleiding");
        required(errors, "participatieAfspraken", draft.participationAgreements(), MAX_TEXT,
                "Beschrijf het participatiedeel");
        tooLong(errors, "ontzorgenAfspraken", draft.ontzorgenAgreements(), MAX_TEXT);
    }

    private static void durationViolation(Map<String, String> errors, PipDraft draft) {
        if (draft.durationMonths() == null || draft.durationMonths() < 1 || draft.durationMonths() > 36) {
            errors.put("duurMaanden", "De duur van het plan ligt tussen 1 en 36 maanden");
        }
    }

    /**
     * A Wi2013 case (ondertussengroep, asielmigrant coupled before 2022) has no Wi2021 leerroute (DOMAIN.md,
     * target-group table: leerroute "no"; "Wi2013 cases ... have no Wi2021 leerroute, term or bestuurlijke
     * boete"): its PIP is a plan for begeleiding and participation — maatschappelijke begeleiding, the
     * participation part, the PVT and the plan's duration — without leerroute, niveau, taalaanbieder, MAP or
     * alfabetisering, which only a Wi2021 route has (the language course is the person's own under Wi2013).
     */
    private static Map<String, String> wi2013Violations(PipDraft draft, boolean firstPip) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.leerroute() != null) {
            errors.put(firstPip ? "leerroute" : "nieuweLeerroute",
                    "Deze zaak valt onder de Wet inburgering 2013: het PIP kent geen leerroute");
        }
        if (!firstPip) {
            required(errors, "wijzigingReden", draft.changeReason(), MAX_TEXT, "Geef de reden van de wijziging van het PIP");
        }
        planViolations(errors, draft);
        durationViolation(errors, draft);
        return errors;
    }

    /**
     * Scaling down on parts (B1-route, a changed PIP only): the parts scaled to A2, at least 600 hours of
     * language teaching first.
     */
    private static void checkScaling(PipDraft draft, boolean firstPip, int languageHours, Map<String, String> errors) {
        var parts = draft.a2Parts() == null ? java.util.List.<String>of() : draft.a2Parts();
        boolean a2 = "A2".equals(draft.niveau()) && draft.leerroute() == Leerroute.B1_ROUTE;
        if (!a2) {
            if (!parts.isEmpty()) {
                errors.put("a2Onderdelen", "Onderdelen op A2 horen alleen bij niveau A2 in de B1-route");
            }
            return;
        }
        if (firstPip || errors.containsKey("niveau")) {
            return;
        }
        if (parts.isEmpty()) {
            errors.put("a2Onderdelen", "Kies de onderdelen die naar A2 gaan");
        } else if (!LANGUAGE_PARTS.containsAll(parts)) {
            errors.put("a2Onderdelen", "Alleen lezen (LE), luisteren (LU), schrijven (SC) en spreken (SP) kunnen naar A2");
        }
        if (languageHours < HOURS_BEFORE_A2) {
            // DOMAIN.md: "after at least 600 hours of language teaching at a Blik op Werk certified provider"; the hours
            // counted are zaak.FollowedHoursService#languageHours (hours at a provider without the keurmerk do not count)
            errors.put("niveau", "Afschalen naar A2 kan pas na ten minste " + HOURS_BEFORE_A2
                    + " uur taalles bij een gecertificeerde aanbieder (keurmerk Blik op Werk); daar geregistreerd: "
                    + languageHours + " uur");
        }
    }

    /** The niveau DUO registers: B1 when none is given for the B1- and onderwijsroute, none for the Z-route. */
    static String effectiveNiveau(PipDraft draft) {
        if (draft.leerroute() == null || draft.leerroute() == Leerroute.Z_ROUTE) {
            return null;
        }
        return isBlank(draft.niveau()) ? "B1" : draft.niveau();
    }

    private static void checkNiveau(PipDraft draft, boolean firstPip, Map<String, String> errors) {
        String niveau = draft.niveau();
        if (isBlank(niveau)) {
            return;
        }
        if (!niveau.equals("A2") && !niveau.equals("B1")) {
            errors.put("niveau", "Kies niveau B1 of A2");
        } else if (draft.leerroute() == Leerroute.ONDERWIJSROUTE && niveau.equals("A2")) {
            errors.put("niveau", "Niveau A2 mag niet bij de onderwijsroute (DUO-regel)");
        } else if (draft.leerroute() == Leerroute.Z_ROUTE && niveau.equals("B1")) {
            errors.put("niveau", "Niveau B1 mag niet bij de Z-route (DUO-regel)");
        } else if (draft.leerroute() == Leerroute.B1_ROUTE && niveau.equals("A2") && firstPip) {
            errors.put("niveau", "Niveau A2 mag niet bij een eerste PIP met de B1-route; afschalen kan alleen "
                    + "met een gewijzigd PIP (DUO-regel)");
        }
    }

    private static void required(Map<String, String> errors, String field, String value, int max, String message) {
        if (isBlank(value)) {
            errors.put(field, message);
        } else {
            tooLong(errors, field, value, max);
        }
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "Te lang: maximaal " + max + " tekens");
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
