package nl.inburgeringsregie.shared;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The AVG processing log (verwerkingenlogging, issue 21 point 3; port, implemented in {@code verwerking}): every read
 * or change of a person's data writes one processing action naming who, which persons, what, when and why, shaped
 * after VNG's Verwerkingenlogging API (github.com/VNG-Realisatie/gemma-verwerkingenlogging). A record names the person
 * by our internal id only, never the data itself; only the privacy officer reads it (docs/privacy.md).
 */
public interface ProcessingLog {

    /**
     * The user read (or exported) the persons of these cases: one action with one processed object per person. Call
     * it after the data was found for the user (a 404 is no processing).
     */
    void readCases(Processing processing, String userId, Collection<String> caseNumbers);

    /**
     * As {@link #readCases}, for a read that hands its persons over one by one as it reads them (a streamed export):
     * recorded as one action while the read goes on. Close it when the read ends, also when it broke off: then the
     * persons read so far are recorded.
     */
    PersonsRead readingPersons(Processing processing, String userId);

    /** The persons of a streamed read, as it reads them; {@link #close} returns when all are recorded. */
    interface PersonsRead extends AutoCloseable {

        /** A person read (id in table person) for the gemeente of the case it was read in; each is recorded once. */
        void add(long personId, String gemeente);

        @Override
        void close();
    }

    default void readCase(Processing processing, String userId, String caseNumber) {
        readCases(processing, userId, List.of(caseNumber));
    }

    /**
     * The user read a DUO notification of the gemeente about the person with this BSN: the person (when the BSN is
     * ours) and the notification are the processed objects; the BSN itself is not written.
     */
    void readNotification(Processing processing, String userId, String gemeenteCode, long notificationId, String bsn);

    /** The privacy officer read the processing log of the person (id in table person) for the gemeenten. */
    void readLogOf(Processing processing, String userId, long personId, Collection<String> gemeenten);

    /**
     * A change of the cases' persons: the change and its processing action in one transaction (both or neither).
     */
    <T> T change(Processing processing, String userId, Collection<String> caseNumbers, Supplier<T> change);

    /**
     * A change that creates a case (a registration): the creation, which answers the new case number, and its
     * processing action in one transaction.
     */
    default String creating(Processing processing, String userId, Supplier<String> caseCreation) {
        return change(processing, userId, List.of(), () -> {
            String caseNumber = caseCreation.get();
            recordChange(processing, userId, List.of(caseNumber));
            return caseNumber;
        });
    }

    /**
     * A change of the cases' persons that runs in a transaction already (a task's completion in the engine's): the
     * record joins it, and refuses to be written without one.
     */
    void recordChange(Processing processing, String userId, Collection<String> caseNumbers);
}
