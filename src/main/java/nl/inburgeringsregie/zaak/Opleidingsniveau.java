package nl.inburgeringsregie.zaak;

/** Highest education completed, as COA's screening records it. */
public enum Opleidingsniveau {
    GEEN,
    BASISONDERWIJS,
    VOORTGEZET_ONDERWIJS,
    MBO,
    HBO,
    WO,
    ONBEKEND
}
