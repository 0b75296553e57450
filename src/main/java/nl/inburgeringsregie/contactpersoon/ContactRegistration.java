package nl.inburgeringsregie.contactpersoon;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.duo.DuoOperation;
import nl.inburgeringsregie.duo.DuoOutbound;
import nl.inburgeringsregie.duo.DuoRejectedException;

/**
 * Registers a consulent as the gemeente's contact person at DUO ({@code POST /contactpersonen}, Contactpersoon API
 * 1.0.0 {@code createContactpersoon}; DUO answers schema Contactpersoon with the id) once, in a transaction of its own:
 * DUO's id is kept even when the link that follows fails and is retried, so a retry never registers the same
 * consulent twice. The row is locked meanwhile, so two deliveries at once register once.
 */
@Component
class ContactRegistration {

    private final ContactPersonStore store;
    private final DuoOutbound outbound;
    private final ObjectMapper json;

    ContactRegistration(ContactPersonStore store, DuoOutbound outbound, ObjectMapper json) {
        this.store = store;
        this.outbound = outbound;
        this.json = json;
    }

    /** DUO's id of the consulent's contact person for the gemeente, registered now if DUO has none. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int ensureRegistered(String consulent, String gemeenteCode) {
        var contact = store.lock(consulent, gemeenteCode)
                .orElseThrow(() -> new IllegalStateException("No contact details of " + consulent));
        if (contact.registered()) {
            return contact.duoId();
        }
        var answer = outbound.sendForGemeente(gemeenteCode, DuoOperation.CONTACTPERSOON_REGISTREREN, Map.of(),
                contact.details().body());
        int duoId = idIn(answer.body());
        store.atDuo(consulent, gemeenteCode, duoId, contact.version());
        return duoId;
    }

    private int idIn(String body) {
        try {
            var node = body == null ? null : json.readTree(body);
            if (node != null && node.hasNonNull("id") && node.get("id").canConvertToInt()) {
                return node.get("id").asInt();
            }
        } catch (JsonProcessingException notJson) {
            // falls through to the refusal below
        }
        throw new DuoRejectedException("DUO gaf bij het aanmelden van de contactpersoon geen id terug; zonder id kan "
                + "de contactpersoon niet aan de inburgeraar worden gekoppeld.");
    }
}
