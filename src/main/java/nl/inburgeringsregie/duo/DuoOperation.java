package nl.inburgeringsregie.duo;

/** The DUO M2M operations the outbox holds messages for. */
public enum DuoOperation {
    /** PIP API: {@code POST /personen/{bsn}/PIP}. */
    PIP_REGISTREREN,
    /** Leerbaarheidstoets API: {@code GET /personen/{bsn}/lbt/examennummer}. */
    LBT_EXAMENNUMMER_OPVRAGEN
}
