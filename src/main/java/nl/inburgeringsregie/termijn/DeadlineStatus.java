package nl.inburgeringsregie.termijn;

/** Where a deadline stands, with the word a user reads for it (issue 19, point 2: words, not codes). */
public enum DeadlineStatus {
    /** Running: the work is not done yet (also after the due date has passed). */
    OPEN("Loopt"),
    /** The work was done; {@code metOn} says when, a breach record says whether it was late. */
    MET("Gehaald"),
    /** The work is no longer needed (the case ended or moved). */
    CANCELLED("Vervallen");

    private final String label;

    DeadlineStatus(String label) {
        this.label = label;
    }

    /** The Dutch word users see. */
    public String label() {
        return label;
    }
}
