package nl.inburgeringsregie.contactpersoon;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.zaak.ConsulentChanges;

/**
 * Issue 20, point 4: "the case's consulent is registered with DUO as contact person when assigned and re-registered on
 * reassignment; removed when the case closes". Each change of a case's consulent, and each save of a consulent's
 * details, becomes a row of {@code contact_person_message} handed to the outbox in the same transaction; what is sent
 * is decided when the message is delivered ({@link ContactPersonSync}), from the state at that moment.
 */
@Service
class ContactPersonMessages implements ConsulentChanges {

    static final String ASSIGNED = "TOEGEWEZEN";
    static final String REASSIGNED = "OVERGEDRAGEN";
    static final String CLOSED = "AFGESLOTEN";
    static final String DETAILS = "GEGEVENS";

    private final ContactPersonStore store;
    private final ContactMessageOutbox outbox;
    private final Clock clock;

    ContactPersonMessages(ContactPersonStore store, ContactMessageOutbox outbox, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void assigned(long caseId, String gemeenteCode) {
        forCase(ASSIGNED, caseId, gemeenteCode);
    }

    @Override
    @Transactional
    public void reassigned(long caseId, String gemeenteCode) {
        forCase(REASSIGNED, caseId, gemeenteCode);
    }

    @Override
    @Transactional
    public void closed(long caseId, String gemeenteCode) {
        forCase(CLOSED, caseId, gemeenteCode);
    }

    /**
     * The consulent saved their details: DUO gets them (registered or changed), and every open case of theirs in the
     * gemeente that waited for them is linked.
     */
    @Transactional
    public void detailsSaved(String consulent, String gemeenteCode) {
        deliver(store.addMessage(DETAILS, null, consulent, gemeenteCode, OffsetDateTime.now(clock)), gemeenteCode);
        for (long caseId : store.waitingCases(consulent, gemeenteCode)) {
            forCase(ASSIGNED, caseId, gemeenteCode);
        }
    }

    private void forCase(String kind, long caseId, String gemeenteCode) {
        deliver(store.addMessage(kind, caseId, null, gemeenteCode, OffsetDateTime.now(clock)), gemeenteCode);
    }

    private void deliver(long messageId, String gemeenteCode) {
        outbox.deliver(messageId, gemeenteCode);
    }
}
