package nl.inburgeringsregie.afronding;

/** Where the inburgeraar went (KPI: outflow to work or education after three years, DOMAIN.md). */
public enum Outflow {
    BETAALD_WERK("Betaald werk"),
    ONDERWIJS("Onderwijs"),
    VRIJWILLIGERSWERK("Vrijwilligerswerk"),
    GEEN("Geen");

    private final String label;

    Outflow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** When outflow is measured: at completion (schakel 5) and at the end of after-care. */
    public enum Moment {
        AFRONDING, EINDE_NAZORG
    }
}
