package nl.inburgeringsregie.gemeente;

/** The service norms a gemeente configures; each is a period counted from key dates of the case. */
public enum Norm {
    BREDE_INTAKE("Brede intake afgerond"),
    PIP("PIP vastgesteld"),
    VOORTGANGSGESPREK("Voortgangsgesprek gehouden"),
    FINANCIEEL_ONTZORGEN("Financieel ontzorgen afgerond");

    private final String label;

    Norm(String label) {
        this.label = label;
    }

    /** The Dutch name caseworkers and coordinators see. */
    public String label() {
        return label;
    }
}
