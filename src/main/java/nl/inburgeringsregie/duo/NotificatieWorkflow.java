package nl.inburgeringsregie.duo;

/** Port to the process engine: processes a stored notification asynchronously (engine package). */
public interface NotificatieWorkflow {

    /** Starts the processing; it runs as a job of its own, with retries, after the caller commits. */
    void startProcessing(long notificationId, String gemeenteCode, DuoGebeurtenis gebeurtenis);
}
