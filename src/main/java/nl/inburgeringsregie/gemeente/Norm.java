package nl.inburgeringsregie.gemeente;

import java.util.List;

/**
 * The service norms a gemeente configures; each is a period counted from key dates of the case. The
 * default starting point is the legal one; a gemeente may configure another (gemeente_norm.counts_from).
 */
public enum Norm {
    BREDE_INTAKE("Brede intake afgerond", List.of("BRP_REGISTERED")),
    /** Besluit inburgering 2021 art. 5.3: the later of the BRP registration and DUO's notice (SS139). */
    PIP("PIP vastgesteld", List.of("BRP_REGISTERED", "DUO_NOTICE")),
    VOORTGANGSGESPREK("Voortgangsgesprek gehouden", List.of("PIP_ISSUED")),
    /** Participatiewet art. 56a: six months from the start of the right to bijstand. */
    FINANCIEEL_ONTZORGEN("Financieel ontzorgen afgerond", List.of("BIJSTAND_STARTED"));

    private final String label;
    private final List<String> legalCountsFrom;

    Norm(String label, List<String> legalCountsFrom) {
        this.label = label;
        this.legalCountsFrom = legalCountsFrom;
    }

    /** The Dutch name caseworkers and coordinators see. */
    public String label() {
        return label;
    }

    /** The key dates (milestone names) the norm counts from unless the gemeente configures others. */
    public List<String> legalCountsFrom() {
        return legalCountsFrom;
    }
}
