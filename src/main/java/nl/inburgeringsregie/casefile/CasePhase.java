package nl.inburgeringsregie.casefile;

/** Where a case stands in the chain of links (schakels). */
public enum CasePhase {
    REGISTERED,
    WARME_OVERDRACHT,
    READY_FOR_BREDE_INTAKE
}
