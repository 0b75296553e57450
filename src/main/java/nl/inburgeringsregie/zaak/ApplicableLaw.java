package nl.inburgeringsregie.zaak;

import java.time.LocalDate;

import nl.inburgeringsregie.shared.DutchDate;

/**
 * Which law applies to a case, and the words that say why. The start of the obligation decides, not the
 * koppeldatum [DOMAIN.md: "Wi2021 applies to people who became obliged on or after 2022-01-01 (the date the IND
 * granted residence, not the housing date); earlier ones stay under Wi2013"]. The start is DUO's
 * {@code inburgeringsplicht.begindatum} where known, else the one given with the aanmelding; only when neither is
 * known does the koppeldatum (or the chosen doelgroep) stand in.
 */
public final class ApplicableLaw {

    /** Wet inburgering 2021 applies to people obliged from this date on (DOMAIN.md). */
    public static final LocalDate WI2021_START = LocalDate.of(2022, 1, 1);

    static final String WI2021 = "Wet inburgering 2021";
    static final String WI2013 = "Wet inburgering 2013";

    private ApplicableLaw() {
    }

    /** Whether someone obliged since this day falls under the Wet inburgering 2013. */
    public static boolean isWi2013(LocalDate obligedSince) {
        return obligedSince.isBefore(WI2021_START);
    }

    /** Whether the doelgroep's law is the law of someone obliged since this day. */
    public static boolean fits(Doelgroep doelgroep, LocalDate obligedSince) {
        return doelgroep.isWi2013() == isWi2013(obligedSince);
    }

    private static String lawOf(boolean wi2013) {
        return wi2013 ? WI2013 : WI2021;
    }

    /** The reason at the aanmelding, from the start of the obligation given, else the koppeldatum, else the doelgroep. */
    public static String atAanmelding(Doelgroep doelgroep, LocalDate obligedSince, LocalDate koppeldatum) {
        if (obligedSince != null) {
            return lawOf(isWi2013(obligedSince)) + ": inburgeringsplichtig sinds " + DutchDate.format(obligedSince)
                    + " (aanmelding, DUO nog niet bekend)";
        }
        if (koppeldatum != null) {
            return lawOf(doelgroep.isWi2013()) + ": gekoppeld op " + DutchDate.format(koppeldatum)
                    + " (koppeldatum, DUO nog niet bekend)";
        }
        return lawOf(doelgroep.isWi2013()) + ": volgens doelgroep " + doelgroep.label() + " (DUO nog niet bekend)";
    }

    /**
     * The reason once DUO's begindatum is known. When it contradicts the doelgroep the case is not changed: the
     * words ask the consulent or coordinator to check the doelgroep.
     */
    public static String fromDuo(Doelgroep doelgroep, LocalDate obligedSince) {
        String reason = lawOf(isWi2013(obligedSince)) + ": inburgeringsplichtig sinds "
                + DutchDate.format(obligedSince) + " (DUO)";
        if (fits(doelgroep, obligedSince)) {
            return reason;
        }
        return reason + ". Let op: doelgroep " + doelgroep.label() + " hoort bij de " + lawOf(doelgroep.isWi2013())
                + "; de doelgroep is niet automatisch aangepast, controleer de zaak";
    }
}
