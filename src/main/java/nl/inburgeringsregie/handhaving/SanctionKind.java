package nl.inburgeringsregie.handhaving;

public enum SanctionKind {
    WAARSCHUWING,
    BOETE
}
