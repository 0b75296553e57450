package nl.inburgeringsregie.pip;

/** Port to the process engine for a change of the PIP in force. Implemented in the engine package. */
public interface PipChangeWorkflow {

    /** Whether a changed PIP is being drafted or reviewed for the case now. */
    boolean changeUnderWay(String caseNumber);

    /**
     * Starts the change (schakel 4's "PIP wijzigen"): the consulent drafts, a coordinator reviews.
     *
     * @throws nl.inburgeringsregie.shared.CaseStateException when the case is not in schakel 4
     */
    void startChange(String caseNumber, String reason);
}
