package nl.inburgeringsregie.pip;

/** Port to the process engine for a withdrawn PIP. Implemented in the engine package. */
public interface PipWithdrawalWorkflow {

    /** Whether the case is where a PIP can be withdrawn: its inburgering runs on the PIP (schakel 4). */
    boolean canWithdraw(String caseNumber);

    /**
     * Schakel 4 stops; the PIP is removed at DUO with its inburgeringsaanbod, and a new PIP is drafted and reviewed
     * (schakel 3's "PIP opstellen" and "PIP beoordelen", without the brede intake), its form starting from the route of
     * {@code withdrawn} and the reason.
     */
    void withdrawn(String caseNumber, Pip withdrawn, String reason);
}
