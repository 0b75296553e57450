package nl.inburgeringsregie.duo.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.duo.DuoOperation;
import nl.inburgeringsregie.duo.Foutmelding;

/**
 * The simulated DUO's contact persons (Contactpersoon API 1.0.0, issue 20 point 4): registered per gemeente (the one
 * whose OIN sent {@code POST /contactpersonen}; DUO answers the id, 1..99999), changed and deleted by that gemeente only,
 * and linked to a person. As DUO's README says: linking "overschrijft een bestaande koppeling met een ander
 * contactpersoon"; deleting a contact person removes "nog eventueel aanwezige koppelingen met inburgeringsplichtigen".
 * Refusals: 404 for an id DUO does not know (or, when unlinking, a person not linked to it), 403 "Niet geautoriseerd"
 * for another gemeente's contact person (with an array of Foutmelding where the file gives the 403 one: POST and PUT
 * /contactpersonen; without a body elsewhere). DUO has one register for every gemeente, so the simulator keeps one too
 * (like {@link SimulatedInstellingen}).
 */
public final class SimulatedContactpersonen {

    /** A contact person as DUO keeps it: its gemeente (DUO's four digits) and Contactpersoongegevens. */
    public record Contactpersoon(int id, String gemeente, JsonNode gegevens) {
    }

    private static final int MAX_ID = 99_999;
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final Map<Integer, Contactpersoon> REGISTERED = new ConcurrentHashMap<>();
    /** Per BSN the id of the contact person linked to the person. */
    private static final Map<String, Integer> LINKS = new ConcurrentHashMap<>();

    private SimulatedContactpersonen() {
    }

    /** The contact person with this id, if DUO knows it. */
    public static Optional<Contactpersoon> contactpersoon(int id) {
        return Optional.ofNullable(REGISTERED.get(id));
    }

    /** The id of the contact person linked to the person, if any. */
    public static Optional<Integer> linkOf(String bsn) {
        return Optional.ofNullable(LINKS.get(bsn));
    }

    static synchronized SimulatedDuo.Answer handle(SimulatedDuo duo, DuoOperation operation,
            Map<String, String> pathValues, String bronGemeente, JsonNode request) {
        if (operation == DuoOperation.CONTACTPERSOON_REGISTREREN) {
            return register(duo, bronGemeente, request);
        }
        int id = Integer.parseInt(pathValues.get("id"));
        var known = REGISTERED.get(id);
        if (known == null) {
            return new SimulatedDuo.Answer(404, null);
        }
        if (!known.gemeente().equals(bronGemeente)) {
            return notAuthorised(duo, operation);
        }
        String bsn = pathValues.get("bsn");
        return switch (operation) {
            case CONTACTPERSOON_WIJZIGEN -> {
                REGISTERED.put(id, new Contactpersoon(id, known.gemeente(), request));
                yield new SimulatedDuo.Answer(200, null);
            }
            case CONTACTPERSOON_VERWIJDEREN -> {
                REGISTERED.remove(id);
                LINKS.values().removeIf(linked -> linked == id);
                yield new SimulatedDuo.Answer(200, null);
            }
            case CONTACTPERSOON_KOPPELEN -> {
                LINKS.put(bsn, id);
                yield new SimulatedDuo.Answer(201, null);
            }
            case CONTACTPERSOON_ONTKOPPELEN -> {
                if (!Integer.valueOf(id).equals(LINKS.get(bsn))) {
                    yield new SimulatedDuo.Answer(404, null);
                }
                LINKS.remove(bsn);
                yield new SimulatedDuo.Answer(200, null);
            }
            default -> throw new IllegalArgumentException("No Contactpersoon operation: " + operation);
        };
    }

    /** POST /contactpersonen: 201 with schema Contactpersoon (id and the details as registered). */
    private static SimulatedDuo.Answer register(SimulatedDuo duo, String bronGemeente, JsonNode request) {
        if (IDS.get() >= MAX_ID) {
            return new SimulatedDuo.Answer(SimulatedDuo.REFUSED,
                    duo.write(List.of(Foutmelding.of("Het maximale aantal contactpersonen is bereikt."))));
        }
        int id = IDS.incrementAndGet();
        REGISTERED.put(id, new Contactpersoon(id, bronGemeente, request));
        var answer = new LinkedHashMap<String, Object>();
        answer.put("id", id);
        answer.put("contactpersoongegevens", request);
        return new SimulatedDuo.Answer(201, duo.write(answer));
    }

    /** 403: with DUO's Foutmelding where the file has one (POST, PUT /contactpersonen), otherwise without a body. */
    private static SimulatedDuo.Answer notAuthorised(SimulatedDuo duo, DuoOperation operation) {
        boolean withBody = operation == DuoOperation.CONTACTPERSOON_WIJZIGEN;
        return new SimulatedDuo.Answer(SimulatedDuo.REFUSED, withBody ? duo.write(List.of(Foutmelding.of(
                "De contactpersoon hoort bij een andere gemeente."))) : null);
    }
}
