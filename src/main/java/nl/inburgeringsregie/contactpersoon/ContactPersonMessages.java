package nl.inburgeringsregie.contactpersoon;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * One case: its own message. Several (a caseload handed over, up to 500 at once): one bundle per gemeente, whose
     * delivery hands each case's message to the outbox in turn; so the handover's transaction writes a few rows and
     * starts one process instance per gemeente, not one per case (issue 19: a bulk handover of 500 within 5 s).
     */
    @Override
    @Transactional
    public void reassigned(Map<Long, String> gemeentePerCase) {
        if (gemeentePerCase.size() == 1) {
            var only = gemeentePerCase.entrySet().iterator().next();
            forCase(REASSIGNED, only.getKey(), only.getValue());
            return;
        }
        var perGemeente = new TreeMap<String, List<Long>>();
        gemeentePerCase.forEach((caseId, gemeente) -> perGemeente.computeIfAbsent(gemeente, key -> new ArrayList<>())
                .add(caseId));
        perGemeente.forEach((gemeente, caseIds) -> deliver(store.addBundle(REASSIGNED, caseIds, gemeente,
                OffsetDateTime.now(clock)), gemeente));
    }

    /** A bundle is delivered by handing each of its cases' messages to the outbox; returns how many. */
    @Transactional
    public int unbundle(long bundleId, String gemeenteCode) {
        var messages = store.bundled(bundleId);
        messages.forEach(messageId -> deliver(messageId, gemeenteCode));
        return messages.size();
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
