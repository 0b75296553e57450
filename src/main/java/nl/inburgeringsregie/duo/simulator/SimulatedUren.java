package nl.inburgeringsregie.duo.simulator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.duo.DuoOperation;

/**
 * The simulated DUO's GevolgdeUren API for the brede intake and the read (duo-m2m/API/GevolgdeUren/openapi.yml): {@code PUT
 * /personen/{bsn}/uren/bredeintake/taallesknm} keeps the gemeente's total (TaallesEnKnmBredeIntake) beside its
 * taalles and participation totals, and {@code GET /personen/{bsn}/uren} answers every total per gemeente (schema
 * Gemeente: ParticipatieAlsTaalles, ParticipatieactiviteitenBredeIntake, TaallesEnKnmBredeIntake, bekendTot exclusive).
 * The file gives the PUT's refusals only as codes without a body (400 "Fout verzoek", 403 "Niet geautoriseerd", 404 "Niet
 * gevonden"); the simulator's own assumption of DUO's rule: hours are registered only for someone who is
 * inburgeringsplichtig (otherwise 400).
 */
final class SimulatedUren {

    private SimulatedUren() {
    }

    static SimulatedDuo.Answer answer(DuoOperation operation, SimulatedDuo.Person person, String bronGemeente,
            JsonNode request, ObjectMapper json, Clock clock) {
        if (operation == DuoOperation.UREN_OPVRAGEN) {
            return new SimulatedDuo.Answer(200, write(json, hoursOf(person)));
        }
        if (!person.plichtig) {
            return new SimulatedDuo.Answer(400, null);
        }
        SimulatedDuo.Uren uren = person.uren.computeIfAbsent(bronGemeente, key -> new SimulatedDuo.Uren());
        uren.taalBredeIntake = request.get("uren").asInt();
        uren.bekendTot = LocalDate.now(clock).plusDays(1);
        person.resultaten.put(operation.name(), request);
        return new SimulatedDuo.Answer(200, null);
    }

    /** The hours per gemeente as the GevolgdeUren API answers them (schema Gemeente). */
    static List<Map<String, Object>> hoursOf(SimulatedDuo.Person person) {
        List<Map<String, Object>> answer = new ArrayList<>();
        person.uren.forEach((gemeente, uren) -> {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("gemeentecode", gemeente);
            if (uren.bekendTot != null) {
                entry.put("bekendTot", uren.bekendTot.toString());
            }
            if (uren.taalles != null) {
                entry.put("ParticipatieAlsTaalles", Map.of("uren", uren.taalles));
            }
            if (uren.participatie != null) {
                entry.put("ParticipatieactiviteitenBredeIntake", Map.of("uren", uren.participatie));
            }
            if (uren.taalBredeIntake != null) {
                entry.put("TaallesEnKnmBredeIntake", Map.of("uren", uren.taalBredeIntake));
            }
            answer.add(entry);
        });
        return answer;
    }

    private static String write(ObjectMapper json, Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
