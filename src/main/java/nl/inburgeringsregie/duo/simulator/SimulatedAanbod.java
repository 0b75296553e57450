package nl.inburgeringsregie.duo.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.duo.DuoOperation;

/**
 * The simulated DUO's Inburgeringsaanbod API (SDI014): {@code POST} and {@code DELETE
 * /personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}}. One aanbod per person and instelling, a new one overwriting
 * it (README "Inburgeringsaanbod": "per instelling … overschreven"); DUO's conditions (README R:93-100) refused as DUO
 * refuses, HTTP 403 with an array of Foutmelding (Inburgeringsaanbod CHANGELOG 1.1.0):
 * <ul>
 * <li>the person is an asielmigrant — judged by the doelgroep DUO registered (one with a begindatum); the simulator's
 * default person has no registered doelgroep and is not refused for it;</li>
 * <li>the person has a PIP; the instelling is on the list of recognised institutions ({@link SimulatedInstellingen})
 * with the Blik op Werk keurmerk, or TST when the PIP's route is the onderwijsroute (O);</li>
 * <li>no date before the PIP's dagtekening; for the onderwijsroute the opleiding (the taalschakeltraject) within the
 * term, when DUO knows it.</li>
 * </ul>
 * A DELETE of an aanbod DUO does not have is 404 (no body).
 */
public final class SimulatedAanbod {

    private static final Map<SimulatedDuo.Person, Map<String, JsonNode>> OFFERS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private SimulatedAanbod() {
    }

    /** The person's current aanbod per instellingsnummer, as DUO registered it. */
    public static Map<String, JsonNode> of(SimulatedDuo.Person person) {
        synchronized (OFFERS) {
            return Map.copyOf(OFFERS.getOrDefault(person, Map.of()));
        }
    }

    static SimulatedDuo.Answer handle(SimulatedDuo duo, SimulatedDuo.Person person, DuoOperation operation,
            String instellingsnummer, JsonNode body) {
        synchronized (OFFERS) {
            var offers = OFFERS.computeIfAbsent(person, key -> new LinkedHashMap<>());
            if (operation == DuoOperation.INBURGERINGSAANBOD_VERWIJDEREN) {
                return offers.remove(instellingsnummer) == null ? new SimulatedDuo.Answer(404, null)
                        : new SimulatedDuo.Answer(204, null);
            }
            List<String> refusals = refusals(person, instellingsnummer, body);
            if (!refusals.isEmpty()) {
                return new SimulatedDuo.Answer(SimulatedDuo.REFUSED, duo.write(refusals.stream()
                        .map(nl.inburgeringsregie.duo.Foutmelding::of).toList()));
            }
            offers.put(instellingsnummer, body);
            return new SimulatedDuo.Answer(201, null);
        }
    }

    private static List<String> refusals(SimulatedDuo.Person person, String instellingsnummer, JsonNode body) {
        var refusals = new ArrayList<String>();
        if (person.doelgroepBegin != null && person.doelgroep != null && !person.doelgroep.startsWith("Asiel")) {
            refusals.add("Het inburgeringsaanbod is alleen voor een asielmigrant.");
        }
        if (person.pip == null) {
            refusals.add("De persoon heeft geen PIP.");
            return refusals;
        }
        String route = person.pip.path("leerroute").asText();
        var instelling = SimulatedInstellingen.current().stream()
                .filter(item -> instellingsnummer.equals(item.get("instellingsnummer"))).findFirst();
        boolean bow = instelling.map(item -> Boolean.TRUE.equals(item.get("indicatieBowKeurmerk"))).orElse(false);
        boolean tst = instelling.map(item -> Boolean.TRUE.equals(item.get("indicatieTstKeurmerk"))).orElse(false);
        if (!bow && !(tst && "O".equals(route))) {
            refusals.add("De opleidingsinstelling is niet bekend als door Blik op Werk gekeurmerkte instelling"
                    + ("O".equals(route) ? " of erkende taalschakelinstelling." : "."));
        }
        LocalDate dagtekening = LocalDate.parse(person.pip.path("dagtekeningPip").asText());
        for (String field : List.of("datumInburgeringsaanbod", "verwachteStartdatumOpleiding",
                "verwachteEinddatumOpleiding")) {
            if (body.hasNonNull(field) && LocalDate.parse(body.get(field).asText()).isBefore(dagtekening)) {
                refusals.add("De " + field + " ligt voor de dagtekening van de actuele PIP.");
            }
        }
        if ("O".equals(route) && person.termijnStart != null) {
            for (String field : List.of("verwachteStartdatumOpleiding", "verwachteEinddatumOpleiding")) {
                if (body.hasNonNull(field)) {
                    LocalDate date = LocalDate.parse(body.get(field).asText());
                    if (date.isBefore(person.termijnStart) || date.isAfter(person.termijnEinde)) {
                        refusals.add("De " + field + " ligt buiten de inburgeringstermijn.");
                    }
                }
            }
        }
        return refusals;
    }
}
