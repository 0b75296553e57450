package nl.inburgeringsregie.handhaving;

public enum FineDecision {
    GOEDKEUREN,
    AFWIJZEN
}
