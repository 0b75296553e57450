package nl.inburgeringsregie.pip;

/** Where a PIP version stands: drafted, sent back by the coordinator (four eyes) or approved. */
public enum PipStatus {
    /** Drafted by the consulent, waiting for a coordinator. */
    CONCEPT("Concept"),
    /** Sent back by the coordinator with remarks; a new version follows. */
    TERUGGESTUURD("Teruggestuurd"),
    /** Approved: the PIP has its dagtekening and is the plan in force. */
    VASTGESTELD("Vastgesteld");

    private final String label;

    PipStatus(String label) {
        this.label = label;
    }

    /** The Dutch word users see. */
    public String label() {
        return label;
    }
}
