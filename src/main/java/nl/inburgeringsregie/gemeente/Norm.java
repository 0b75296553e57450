package nl.inburgeringsregie.gemeente;

/** The service norms a gemeente configures; each is a period counted from a key date of the case. */
public enum Norm {
    BREDE_INTAKE,
    PIP,
    VOORTGANGSGESPREK,
    FINANCIEEL_ONTZORGEN
}
