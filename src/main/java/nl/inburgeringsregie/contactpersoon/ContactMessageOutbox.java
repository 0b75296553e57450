package nl.inburgeringsregie.contactpersoon;

/**
 * Port: hands a message of the Contactpersoon outbox to the engine (model {@code duo-bericht}: one asynchronous step
 * with the engine-wide retry cycle, an incident after the last attempt). Runs in the caller's transaction, so the
 * message is committed with the change that caused it, or not at all. Implemented in {@code contactpersoon.process}.
 */
public interface ContactMessageOutbox {

    /** Starts the delivery of the message (row of {@code contact_person_message}); only its id goes to the engine. */
    void deliver(long messageId, String gemeenteCode);
}
