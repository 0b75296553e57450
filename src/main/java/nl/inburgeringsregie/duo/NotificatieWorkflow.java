package nl.inburgeringsregie.duo;

/** Port to the process engine: processes a stored notification asynchronously (engine package). */
public interface NotificatieWorkflow {

    /** Starts the processing; it runs as a job of its own, with retries, after the caller commits. */
    void startProcessing(long notificationId, String gemeenteCode, DuoGebeurtenis gebeurtenis);

    /**
     * Links a notification that waits in the coordinators' task "Notificatie zonder zaak uitzoeken" to the case, as a
     * coordinator would, so that it is processed there; false when no such task is open (handled meanwhile).
     */
    boolean linkToCase(long notificationId, String caseNumber);
}
