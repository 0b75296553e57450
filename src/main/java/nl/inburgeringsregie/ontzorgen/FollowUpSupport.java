package nl.inburgeringsregie.ontzorgen;

/** Support after ontzorgen for a person who does not yet manage their own finances. */
public enum FollowUpSupport {
    BUDGETBEHEER,
    BUDGETCOACHING,
    SCHULDHULPVERLENING,
    BEWINDVOERING,
    ANDERS
}
