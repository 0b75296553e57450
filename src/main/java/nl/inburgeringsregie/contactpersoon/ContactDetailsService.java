package nl.inburgeringsregie.contactpersoon;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.People;

/**
 * The consulent's own contact details for DUO ("Mijn contactgegevens", issue 20 point 4), one set per gemeente they
 * work for: a contact person belongs to the gemeente that registers it (POST /contactpersonen is sent from the
 * gemeente's OIN). The consulent keeps them, as only they know their direct number; naam and e-mail are suggested from
 * their account. Saving sends them to DUO (registered or changed) and links the cases that waited for them.
 */
@Service
public class ContactDetailsService {

    private final ContactPersonStore store;
    private final ContactPersonMessages messages;
    private final GemeenteService gemeenten;
    private final People people;
    private final Clock clock;

    ContactDetailsService(ContactPersonStore store, ContactPersonMessages messages, GemeenteService gemeenten,
            People people, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.gemeenten = gemeenten;
        this.people = people;
        this.clock = clock;
    }

    /**
     * One gemeente's details as the page shows them: saved ({@code vastgelegd}) or suggested from the account, DUO's id
     * once registered, and the open cases that wait for them (not linked at DUO yet).
     */
    public record MyDetails(String gemeente, String gemeenteNaam, String naam, String email, String telefoonnummer,
            boolean vastgelegd, Integer duoNummer, boolean bijDuoBijgewerkt, int wachtendeZaken) {
    }

    /** The details of the user for each gemeente they work for, by the gemeente's name. */
    public List<MyDetails> mine(ApiUser user) {
        var result = new ArrayList<MyDetails>();
        String name = null;
        String email = null;
        for (String code : user.gemeenten().stream().sorted().toList()) {
            String gemeenteName = gemeenten.findByCode(code).map(g -> g.name()).orElse(code);
            int waiting = store.waitingCases(user.id(), code).size();
            var stored = store.find(user.id(), code);
            if (stored.isPresent()) {
                var details = stored.get().details();
                result.add(new MyDetails(code, gemeenteName, details.naam(), details.email(), details.telefoonnummer(),
                        true, stored.get().duoId(), stored.get().upToDateAtDuo(), waiting));
            } else {
                if (name == null) {
                    name = people.name(user.id());
                    email = people.emailAddresses(List.of(user.id())).getOrDefault(user.id(), "");
                }
                result.add(new MyDetails(code, gemeenteName, name, email, "", false, null, false, waiting));
            }
        }
        result.sort(java.util.Comparator.comparing(MyDetails::gemeenteNaam));
        return result;
    }

    /**
     * Saves the user's details for the gemeente, after DUO's rules ({@link ContactDetailsRules}); DUO gets them through
     * the outbox. Nothing is written when a field is wrong.
     *
     * @throws InvalidInputException per bad field, or for a gemeente the user does not work for
     */
    @Transactional
    public MyDetails save(ApiUser user, String gemeenteCode, String naam, String email, String telefoonnummer) {
        var errors = new LinkedHashMap<String, String>();
        if (gemeenteCode == null || !user.gemeenten().contains(gemeenteCode)) {
            errors.put("gemeente", "Kies een gemeente waarvoor u werkt");
        }
        errors.putAll(ContactDetailsRules.violations(naam, email, telefoonnummer));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var details = ContactDetailsRules.details(naam, email, telefoonnummer);
        var before = store.find(user.id(), gemeenteCode);
        if (before.isEmpty() || !before.get().details().equals(details)) {
            store.save(user.id(), gemeenteCode, details, user.id(), OffsetDateTime.now(clock));
            messages.detailsSaved(user.id(), gemeenteCode);
        }
        return mine(user).stream().filter(mine -> mine.gemeente().equals(gemeenteCode)).findFirst().orElseThrow();
    }
}
