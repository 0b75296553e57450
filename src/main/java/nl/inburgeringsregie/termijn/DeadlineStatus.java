package nl.inburgeringsregie.termijn;

public enum DeadlineStatus {
    /** Running: the work is not done yet (also after the due date has passed). */
    OPEN,
    /** The work was done; {@code metOn} says when, a breach record says whether it was late. */
    MET,
    /** The work is no longer needed (the case ended or moved). */
    CANCELLED
}
