package nl.inburgeringsregie.pip;

public enum PipStatus {
    /** Drafted by the consulent, waiting for a coordinator. */
    CONCEPT,
    /** Sent back by the coordinator with remarks; a new version follows. */
    TERUGGESTUURD,
    /** Approved: the PIP has its dagtekening and is the plan in force. */
    VASTGESTELD
}
