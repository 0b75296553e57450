package nl.inburgeringsregie.duo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.duo.DuoOperation;

/**
 * The simulated Contactpersoon API 1.0.0: registered per gemeente with an id, changed, linked (a link overwrites the
 * previous one, README "Koppelen van een Contactpersoon"), unlinked and deleted with its links (README "Verwijderen van
 * een contactpersoon"); 404 for an id DUO does not know, 403 for another gemeente's contact person. (That every answer
 * meets DUO's file is checked by DuoSimulatorController on each call of the scenario tests.)
 */
class SimulatedContactpersonenTest {

    private final ObjectMapper json = new ObjectMapper();
    private final SimulatedDuo duo = new SimulatedDuo(json, Clock.systemUTC());

    @Test
    void aContactPersonIsRegisteredLinkedOverwrittenAndDeletedWithItsLinks() throws Exception {
        int anna = register("0405", "Anna de Vries");
        int fatima = register("0405", "Fatima El Amrani");
        assertThat(fatima).isGreaterThan(anna);

        assertThat(call(DuoOperation.CONTACTPERSOON_KOPPELEN, anna, "999990019", "0405").status()).isEqualTo(201);
        assertThat(SimulatedContactpersonen.linkOf("999990019")).contains(anna);
        assertThat(call(DuoOperation.CONTACTPERSOON_KOPPELEN, fatima, "999990019", "0405").status()).isEqualTo(201);
        assertThat(SimulatedContactpersonen.linkOf("999990019")).as("overwritten").contains(fatima);

        assertThat(call(DuoOperation.CONTACTPERSOON_ONTKOPPELEN, anna, "999990019", "0405").status())
                .as("Anna is no longer linked").isEqualTo(404);
        assertThat(call(DuoOperation.CONTACTPERSOON_VERWIJDEREN, fatima, null, "0405").status()).isEqualTo(200);
        assertThat(SimulatedContactpersonen.linkOf("999990019")).as("deleted with its links").isEmpty();
        assertThat(SimulatedContactpersonen.contactpersoon(fatima)).isEmpty();
    }

    @Test
    void aChangeReplacesTheDetails() throws Exception {
        int anna = register("0405", "Anna de Vries");
        var answer = SimulatedContactpersonen.handle(duo, DuoOperation.CONTACTPERSOON_WIJZIGEN,
                Map.of("id", Integer.toString(anna)), "0405", details("Anna Jansen"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isNull();
        assertThat(SimulatedContactpersonen.contactpersoon(anna).orElseThrow().gegevens().get("naam").asText())
                .isEqualTo("Anna Jansen");
    }

    @Test
    void anotherGemeenteIsNotAuthorisedAndAnUnknownIdIsNotFound() throws Exception {
        int anna = register("0405", "Anna de Vries");
        var change = SimulatedContactpersonen.handle(duo, DuoOperation.CONTACTPERSOON_WIJZIGEN,
                Map.of("id", Integer.toString(anna)), "1966", details("Bram Bakker"));
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.body()).contains("De contactpersoon hoort bij een andere gemeente.");
        assertThat(call(DuoOperation.CONTACTPERSOON_KOPPELEN, anna, "999990020", "1966").status()).isEqualTo(403);
        assertThat(call(DuoOperation.CONTACTPERSOON_VERWIJDEREN, anna, null, "1966").body()).as("no body in the file")
                .isNull();
        assertThat(call(DuoOperation.CONTACTPERSOON_KOPPELEN, 99_999, "999990020", "0405").status()).isEqualTo(404);
        assertThat(call(DuoOperation.CONTACTPERSOON_ONTKOPPELEN, anna, "999990020", "0405").status())
                .as("not linked").isEqualTo(404);
    }

    private int register(String gemeente, String naam) throws Exception {
        var answer = SimulatedContactpersonen.handle(duo, DuoOperation.CONTACTPERSOON_REGISTREREN, Map.of(), gemeente,
                details(naam));
        assertThat(answer.status()).isEqualTo(201);
        JsonNode body = json.readTree(answer.body());
        assertThat(body.get("contactpersoongegevens").get("naam").asText()).isEqualTo(naam);
        return body.get("id").asInt();
    }

    private SimulatedDuo.Answer call(DuoOperation operation, int id, String bsn, String gemeente) {
        var values = bsn == null ? Map.of("id", Integer.toString(id)) : Map.of("id", Integer.toString(id), "bsn", bsn);
        return SimulatedContactpersonen.handle(duo, operation, values, gemeente, null);
    }

    private JsonNode details(String naam) throws Exception {
        return json.readTree(json.writeValueAsString(Map.of("naam", naam, "email", "x@hoorn.nl",
                "telefoonnummer", "0229 252200")));
    }
}
