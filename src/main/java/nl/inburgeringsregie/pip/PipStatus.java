package nl.inburgeringsregie.pip;

/** Where a PIP version stands: drafted, sent back by the coordinator (four eyes), approved, or withdrawn. */
public enum PipStatus {
    /** Drafted by the consulent, waiting for a coordinator. */
    CONCEPT("Concept"),
    /** Sent back by the coordinator with remarks; a new version follows. */
    TERUGGESTUURD("Teruggestuurd"),
    /** Approved: the PIP has its dagtekening and is the plan in force. */
    VASTGESTELD("Vastgesteld"),
    /**
     * Withdrawn by a coordinator after it was approved (the decision revoked, issue 20 point 6): it no longer counts as
     * a PIP of the case, also not as its first (Wet inburgering 2021 art. 11: the term starts after the first PIP).
     */
    INGETROKKEN("Ingetrokken");

    private final String label;

    PipStatus(String label) {
        this.label = label;
    }

    /** The Dutch word users see. */
    public String label() {
        return label;
    }
}
