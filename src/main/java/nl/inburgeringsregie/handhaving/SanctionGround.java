package nl.inburgeringsregie.handhaving;

/** Why a sanction is imposed, with the statutory maximum of a fine on that ground (Wet inburgering 2021). */
public enum SanctionGround {
    /** Not cooperating with the brede intake or the PIP (art. 34): at most € 250 per time. */
    BREDE_INTAKE_NIET_MEEWERKEN("Niet meewerken aan de brede intake", 250),
    /** Culpably not meeting the obligations of the PIP (art. 35): at most € 800. */
    PIP_NIET_NAKOMEN("PIP-verplichtingen niet nagekomen", 800);

    private final String label;
    private final int maximumEuros;

    SanctionGround(String label, int maximumEuros) {
        this.label = label;
        this.maximumEuros = maximumEuros;
    }

    public String label() {
        return label;
    }

    public int maximumEuros() {
        return maximumEuros;
    }
}
