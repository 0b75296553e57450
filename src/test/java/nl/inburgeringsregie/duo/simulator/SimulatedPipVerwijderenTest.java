package nl.inburgeringsregie.duo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.duo.DuoOperation;

/**
 * The simulated {@code DELETE /personen/{bsn}/PIP} (PIP API deletePipByBsn): the PIP removed (200, no body) while
 * DUO's conditions hold (README "Het verwijderen van een PIP"); refused with 403 and an array of Foutmelding when the
 * term is set, when hours are registered while an aanbod stands, or for another gemeente's PIP; 404 without a PIP.
 */
class SimulatedPipVerwijderenTest {

    private final ObjectMapper json = new ObjectMapper();
    private final SimulatedDuo duo = new SimulatedDuo(json, Clock.systemUTC());

    @Test
    void aPipWithoutTermOrHoursIsRemoved() {
        var person = withPip("999990101");

        var answer = delete("999990101", "0405");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isNull();
        assertThat(person.pip).isNull();
        assertThat(person.pipGemeente).isNull();
        assertThat(delete("999990101", "0405").status()).as("nothing left to remove").isEqualTo(404);
    }

    @Test
    void aSetTermIsRefused() throws Exception {
        var person = withPip("999990102");
        person.termijnStart = LocalDate.of(2026, 3, 2);
        person.termijnEinde = LocalDate.of(2029, 3, 1);

        var answer = delete("999990102", "0405");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(json.readTree(answer.body()).get(0).get("fouttekst").asText())
                .isEqualTo("De inburgeringstermijn is al vastgesteld; het PIP kan niet meer worden verwijderd.");
        assertThat(person.pip).as("kept").isNotNull();
    }

    @Test
    void hoursWhileAnAanbodStandsAreRefusedHoursWithoutAanbodAreNot() throws Exception {
        var person = withPip("999990103");
        var uren = new SimulatedDuo.Uren();
        uren.taalles = 12;
        person.uren.put("0405", uren);
        var aanbod = json.readTree("{\"datumInburgeringsaanbod\":\"2026-03-01\"}");
        assertThat(SimulatedAanbod.handle(duo, person, DuoOperation.INBURGERINGSAANBOD_REGISTREREN, "DEMO000002", aanbod)
                .status()).isEqualTo(201);

        var refused = delete("999990103", "0405");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("cursusdeelnameuren");

        SimulatedAanbod.handle(duo, person, DuoOperation.INBURGERINGSAANBOD_VERWIJDEREN, "DEMO000002", null);
        assertThat(delete("999990103", "0405").status()).as("no aanbod any more").isEqualTo(200);
    }

    @Test
    void anotherGemeentesPipIsRefused() {
        var person = withPip("999990104");

        var answer = delete("999990104", "1966");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("Het PIP is aangeleverd door een andere gemeente.");
        assertThat(person.pip).isNotNull();
    }

    private SimulatedDuo.Person withPip(String bsn) {
        var person = duo.person(bsn);
        person.pip = json.createObjectNode().put("dagtekeningPip", "2026-02-27").put("leerroute", "B1");
        person.pipGemeente = "0405";
        return person;
    }

    private SimulatedDuo.Answer delete(String bsn, String gemeente) {
        return duo.handle(DuoOperation.PIP_VERWIJDEREN, Map.of("bsn", bsn), gemeente, null);
    }
}
