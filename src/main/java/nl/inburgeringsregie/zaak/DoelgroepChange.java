package nl.inburgeringsregie.zaak;

import java.util.Optional;
import java.util.Set;

/**
 * The doelgroep a case follows when DUO changes it [DUO Gebeurtenissen.md, "Wijziging doelgroep": SS124 "Doelgroep
 * van asielstatushouder naar gezinsmigrant en overige migrant gewijzigd", SS125 "Doelgroep van gezinsmigrant en
 * overige migrant naar asielstatushouder gewijzigd"; the new group from the Inburgeringsplicht API, {@code GET
 * /personen/{bsn}/doelgroep}: indeling and gedetailleerdeDoelgroep]. A plain rule, no Spring or engine.
 */
public final class DoelgroepChange {

    /** DUO's Doelgroepindeling values. */
    public static final String ASIELSTATUSHOUDER = "Asielstatushouder";
    public static final String GEZINSMIGRANT_EN_OVERIGE_MIGRANT = "Gezinsmigrant en overige migrant";
    /** DUO's GedetailleerdeDoelgroep values that are family migration (gezinshereniging or -vorming). */
    private static final Set<String> FAMILY = Set.of("Gezinshereniger", "Gezinshereniger met Asielstatushouder",
            "Gezinsvormer", "Gezinsvormer met Asielstatushouder");

    private DoelgroepChange() {
    }

    /**
     * The case's new doelgroep, or empty when the case keeps its own: DUO's indeling matches it already, DUO gives an
     * indeling this application does not know, or the case is a Wi2013 case (ondertussengroep, asielmigrant in
     * transition), which DUO's Wi2021 indeling does not describe (DOMAIN.md: Wi2013 cases are "outside DUO's data
     * exchange") — the consulent judges those.
     * <ul>
     * <li>"Asielstatushouder" (SS125): a gezins- or overige migrant becomes an asielmigrant under the new law.</li>
     * <li>"Gezinsmigrant en overige migrant" (SS124): an asielmigrant becomes a gezinsmigrant when DUO's
     * gedetailleerdeDoelgroep is gezinshereniger or gezinsvormer, otherwise an overige migrant (the law treats both
     * alike; the choice only names the group, docs/consulent.md).</li>
     * </ul>
     */
    public static Optional<Doelgroep> follow(Doelgroep current, String indeling, String gedetailleerd) {
        if (current.isWi2013()) {
            return Optional.empty();
        }
        if (ASIELSTATUSHOUDER.equals(indeling)) {
            return current.isAsielmigrant() ? Optional.empty() : Optional.of(Doelgroep.ASIELMIGRANT);
        }
        if (GEZINSMIGRANT_EN_OVERIGE_MIGRANT.equals(indeling)) {
            return current.isAsielmigrant()
                    ? Optional.of(gedetailleerd != null && FAMILY.contains(gedetailleerd) ? Doelgroep.GEZINSMIGRANT : Doelgroep.OVERIGE_MIGRANT)
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** The timeline's note: "Asielmigrant → Overige migrant (SS124)". */
    public static String note(Doelgroep from, Doelgroep to, String event) {
        return from.label() + " → " + to.label() + " (" + event + ")";
    }
}
