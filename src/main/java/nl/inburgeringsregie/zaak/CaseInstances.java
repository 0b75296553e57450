package nl.inburgeringsregie.zaak;

/**
 * Port to the process engine: holds and releases every process instance of a case (the main process and the
 * instances it called, which carry the case number as business key). A held instance fires no timer and none
 * of its tasks can be completed; a message for it does not arrive (the sender then signals the consulent).
 * Implemented in the engine package.
 */
public interface CaseInstances {

    /** Suspends every running instance of the case. */
    void suspend(String caseNumber);

    /** Activates every suspended instance of the case. */
    void activate(String caseNumber);
}
