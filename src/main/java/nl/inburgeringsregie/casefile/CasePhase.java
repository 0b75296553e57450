package nl.inburgeringsregie.casefile;

/** Where a case stands in the five links (schakels). */
public enum CasePhase {
    REGISTERED,
    WARME_OVERDRACHT,
    READY_FOR_BREDE_INTAKE,
    BREDE_INTAKE,
    LEERBAARHEIDSTOETS,
    PIP_IN_PREPARATION,
    /** The first PIP is in force; schakel 4 (inburgeren en participeren) follows. */
    PIP_ISSUED,
    /** Schakel 4: the route, progress talks, MAP and PVT. */
    INBURGEREN,
    /** Schakel 5: DUO decided the obligation is met; completion and after-care. */
    AFRONDEN,
    NAZORG,
    CLOSED
}
