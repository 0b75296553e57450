package nl.inburgeringsregie.contactpersoon;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.duo.DuoOperation;
import nl.inburgeringsregie.duo.DuoOutbound;
import nl.inburgeringsregie.shared.People;

/**
 * Delivers one message of the Contactpersoon outbox (Contactpersoon API 1.0.0), called from the asynchronous step of
 * model {@code duo-bericht}. It sends what DUO lacks at this moment, not what was meant when the message was written:
 * a message delivered late (after retries) never undoes a later one, and delivering one twice sends nothing twice.
 * <ul>
 * <li>a case with a consulent who has contact details: the consulent's contact person is registered for the gemeente
 * when DUO has no id for it yet ({@code POST /contactpersonen}, DUO answers the id), then linked to the person
 * ({@code POST /contactpersonen/{id}/personen/{bsn}}; README "Koppelen van een Contactpersoon": "een bestaande koppeling
 * met een ander contactpersoon [wordt] overschreven", so a handover needs no unlink first);</li>
 * <li>a case whose consulent has no details yet: nothing can be linked (naam, email and telefoonnummer are required);
 * a previous consulent's link is removed, so DUO does not send questions to someone who no longer has the case; the
 * case is linked once the consulent fills them in ({@link ContactPersonMessages#detailsSaved});</li>
 * <li>a closed case: the link is removed ({@code DELETE /contactpersonen/{id}/personen/{bsn}}). The contact person
 * itself stays: it serves the consulent's other cases;</li>
 * <li>a consulent's saved details: registered, or the change sent ({@code PUT /contactpersonen/{id}});</li>
 * <li>a bundle (several cases handed over at once): each case's message handed to the outbox, each then delivered on
 * its own (so one refused person does not hold up the others).</li>
 * </ul>
 * DUO unreachable: the exception makes the step retry (engine-wide cycle), then an incident; DUO's refusal: an
 * incident at once (duo.process.RefusedByDuo).
 */
@Service
public class ContactPersonSync {

    private final ContactPersonStore store;
    private final ContactRegistration registration;
    private final ContactPersonMessages messages;
    private final DuoOutbound outbound;
    private final People people;
    private final Clock clock;

    ContactPersonSync(ContactPersonStore store, ContactRegistration registration, ContactPersonMessages messages,
            DuoOutbound outbound, People people, Clock clock) {
        this.store = store;
        this.registration = registration;
        this.messages = messages;
        this.outbound = outbound;
        this.people = people;
        this.clock = clock;
    }

    /** Delivers the message; returns what was done, in Dutch (also kept on the message's row). */
    @Transactional
    public String deliver(long messageId) {
        var message = store.message(messageId)
                .orElseThrow(() -> new IllegalStateException("No contact person message " + messageId));
        String outcome;
        if (ContactPersonStore.BUNDLE.equals(message.kind())) {
            outcome = messages.unbundle(messageId, message.gemeenteCode()) + " zaken klaargezet voor DUO";
        } else {
            outcome = message.caseId() == null ? details(message.consulent(), message.gemeenteCode())
                    : forCase(message.caseId());
        }
        store.handled(messageId, outcome, OffsetDateTime.now(clock));
        return outcome;
    }

    private String details(String consulent, String gemeenteCode) {
        var known = store.find(consulent, gemeenteCode);
        if (known.isEmpty()) {
            return "Geen contactgegevens van " + people.name(consulent);
        }
        if (!known.get().registered()) {
            return "Contactpersoon " + registration.ensureRegistered(consulent, gemeenteCode) + " aangemeld bij DUO";
        }
        var contact = store.lock(consulent, gemeenteCode);
        if (contact.get().upToDateAtDuo()) {
            return "DUO had deze gegevens al";
        }
        outbound.sendForGemeente(gemeenteCode, DuoOperation.CONTACTPERSOON_WIJZIGEN,
                Map.of("id", contact.get().duoId().toString()), contact.get().details().body());
        store.atDuo(consulent, gemeenteCode, contact.get().duoId(), contact.get().version());
        return "Gewijzigde contactgegevens doorgegeven aan DUO";
    }

    private String forCase(long caseId) {
        var link = store.lockLink(caseId);
        var aCase = store.caseState(caseId);
        if (!aCase.open() || aCase.consulent() == null) {
            return unlink(caseId, aCase, link, aCase.open() ? "Zaak zonder consulent" : "Zaak afgesloten");
        }
        var contact = store.find(aCase.consulent(), aCase.gemeenteCode());
        if (contact.isEmpty()) {
            return unlink(caseId, aCase, link, "Wacht op de contactgegevens van " + people.name(aCase.consulent()));
        }
        int duoId = contact.get().registered() ? contact.get().duoId()
                : registration.ensureRegistered(aCase.consulent(), aCase.gemeenteCode());
        if (link.duoId() != null && link.duoId() == duoId) {
            return "Contactpersoon " + duoId + " was al gekoppeld";
        }
        outbound.send(aCase.caseNumber(), DuoOperation.CONTACTPERSOON_KOPPELEN, Map.of("id", Integer.toString(duoId)),
                null);
        store.linked(caseId, duoId, aCase.consulent(), OffsetDateTime.now(clock));
        return "Contactpersoon " + duoId + " gekoppeld";
    }

    private String unlink(long caseId, ContactPersonStore.CaseState aCase, ContactPersonStore.Link link, String why) {
        if (link.duoId() == null) {
            return why + "; niets gekoppeld";
        }
        outbound.send(aCase.caseNumber(), DuoOperation.CONTACTPERSOON_ONTKOPPELEN,
                Map.of("id", link.duoId().toString()), null);
        store.linked(caseId, null, null, OffsetDateTime.now(clock));
        return why + "; contactpersoon " + link.duoId() + " ontkoppeld";
    }
}
