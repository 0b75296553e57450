package nl.inburgeringsregie.zaak;

/**
 * Target groups of the Wet inburgering 2021 (DOMAIN.md, "Target groups"). Which parts of the
 * chain apply to each is decided by the DMN model {@code onderdelen-per-doelgroep}, not here.
 */
public enum Doelgroep {
    /** Asielmigrant under the new law, coupled to the gemeente on or after 2022-01-01. */
    ASIELMIGRANT("Asielmigrant", true),
    /** Asielmigrant coupled before 2022 and not yet housed. */
    ASIELMIGRANT_OVERGANG("Asielmigrant (overgang)", true),
    /** Old law (Wi2013), housed before 2022. */
    ONDERTUSSENGROEP("Ondertussengroep", false),
    GEZINSMIGRANT("Gezinsmigrant", false),
    OVERIGE_MIGRANT("Overige migrant", false);

    private final String label;
    private final boolean coupledByCoa;

    Doelgroep(String label, boolean coupledByCoa) {
        this.label = label;
        this.coupledByCoa = coupledByCoa;
    }

    /** The Dutch name users see (DOMAIN.md, "Target groups"). */
    public String label() {
        return label;
    }

    /**
     * An asielstatushouder (new law or the transition group): estimated B1 hours in the PIP, 800 hours of
     * participation on the Z-route, and since 2025 a fine only in exceptional cases.
     */
    public boolean isAsielmigrant() {
        return this == ASIELMIGRANT || this == ASIELMIGRANT_OVERGANG;
    }

    /**
     * A case under the Wet inburgering 2013: obliged before 2022 (DOMAIN.md, "Wi2013 cases (ondertussengroep,
     * asielmigrant coupled before 2022) have no Wi2021 leerroute, term or bestuurlijke boete").
     */
    public boolean isWi2013() {
        return this == ONDERTUSSENGROEP || this == ASIELMIGRANT_OVERGANG;
    }

    /** Whether COA couples this person to the gemeente, so a koppeldatum and an AZC exist. */
    public boolean isCoupledByCoa() {
        return coupledByCoa;
    }
}
