package nl.inburgeringsregie.regie;

import java.time.LocalDate;

import nl.inburgeringsregie.pip.Leerroute;

/**
 * What each KPI counts, in the words the coordinator reports to the council (API, page and CSV alike), and the
 * period its denominator covers for a report from {@code start} to {@code end}: DOMAIN.md "KPI definitions",
 * decided in issue 18 (error 11) and stated in docs/coordinator.md. {@code dueUntil} is the end of the period,
 * or yesterday when the period runs on: a norm or term due today or later is not yet missed.
 */
record KpiDefinitions(LocalDate start, LocalDate end, LocalDate dueUntil) {

    private static final String GONE = ", zonder wie eerder verhuisde of van wie de plicht anders eindigde";

    KpiReport.Definition intake() {
        return new KpiReport.Definition("INTAKE_BINNEN_NORM", "Brede intake binnen de norm",
                "op of vóór de vervaldatum gehouden",
                "normen brede intake met de vervaldatum in de periode (ook nog open normen)",
                "vervaldatum", start, dueUntil);
    }

    KpiReport.Definition pip() {
        return new KpiReport.Definition("PIP_BINNEN_NORM", "PIP binnen de norm",
                "op of vóór de vervaldatum vastgesteld (dagtekening)",
                "normen PIP met de vervaldatum in de periode (ook nog open normen)",
                "vervaldatum", start, dueUntil);
    }

    /** [004]: "Met alle statushouders wordt minimaal 2x per jaar een uitgebreid voortgangsgesprek … gehouden". */
    KpiReport.Definition twoTalks() {
        return new KpiReport.Definition("TWEE_VOORTGANGSGESPREKKEN", "Twee voortgangsgesprekken in het afgelopen jaar",
                "met minstens 2 voortgangsgesprekken gehouden in die 12 maanden",
                "zaken die de hele 12 maanden in schakel 4 (inburgeren en participeren) waren: PIP vastgesteld vóór"
                        + " het begin, niet afgerond (besluit DUO), afgesloten of verhuisd vóór het einde",
                "12 maanden", end.minusYears(1).plusDays(1), end);
    }

    /** [001 §6.2]: "Na 6 maanden is 75% van de inburgeraars in staat om hun financiën te beheren"; [004]: 80 %. */
    KpiReport.Definition selfReliant() {
        return new KpiReport.Definition("FINANCIEEL_ZELFREDZAAM", "Financieel zelfredzaam na ontzorgen",
                "volgens het slotgesprek financieel zelfredzaam",
                "inburgeraars met het slotgesprek financieel ontzorgen in de periode",
                "slotgesprek", start, end);
    }

    /** [001 §6.2]: "Gedurende het eerste jaar komt 80% van de inburgeraars in aanraking met werk". */
    KpiReport.Definition workContact() {
        return new KpiReport.Definition("CONTACT_MET_WERK_JAAR_1", "Contact met werk in het eerste jaar",
                "met contact met werk binnen 12 maanden na de BRP-inschrijving (datum van het contact volgens het"
                        + " voortgangsgesprek)",
                "inburgeraars ingeschreven in de BRP 12 tot 24 maanden vóór het einde van de periode, ieder één keer"
                        + GONE + " in het eerste jaar",
                "ingeschreven in de BRP", end.minusMonths(24).plusDays(1), end.minusMonths(12));
    }

    /** [001 §6.2]: "… % van de inburgeraars heeft voldaan aan hun inburgeringsplicht binnen de wettelijke termijn". */
    KpiReport.Definition metInTerm(Leerroute route) {
        return new KpiReport.Definition("PLICHT_BINNEN_TERMIJN_" + suffix(route),
                "Inburgeringsplicht binnen termijn nagekomen (" + words(route) + ")",
                "plicht nagekomen (besluit DUO) op of vóór de laatste dag van de termijn",
                "inburgeraars (" + words(route) + ") van wie de inburgeringstermijn, met verlenging door DUO, in de"
                        + " periode eindigde: op tijd, te laat of niet nagekomen, ieder één keer" + GONE
                        + " vóór het einde van de termijn",
                "termijn geëindigd", start, dueUntil);
    }

    /** [001 §6.2]: "Bij de Z-route: tenminste 65% van de inburgeraars is na 3 jaar uitgestroomd naar werk/onderwijs". */
    KpiReport.Definition outflow(Leerroute route) {
        return new KpiReport.Definition("UITSTROOM_WERK_ONDERWIJS_" + suffix(route),
                "Uitstroom naar werk of onderwijs (" + words(route) + ")",
                "laatst vastgelegde uitstroom (bij afronding of einde nazorg, tot het einde van de periode) naar"
                        + " betaald werk of onderwijs",
                "inburgeraars (" + words(route) + ") van wie de inburgeringstermijn 36 tot 48 maanden vóór het einde"
                        + " van de periode begon, ieder één keer" + GONE + " binnen 3 jaar",
                "inburgeringstermijn gestart", end.minusMonths(48).plusDays(1), end.minusMonths(36));
    }

    private static String suffix(Leerroute route) {
        return switch (route) {
            case B1_ROUTE -> "B1";
            case ONDERWIJSROUTE -> "ONDERWIJS";
            case Z_ROUTE -> "Z";
        };
    }

    private static String words(Leerroute route) {
        return route == Leerroute.ONDERWIJSROUTE ? "onderwijsroute" : route.label();
    }
}
