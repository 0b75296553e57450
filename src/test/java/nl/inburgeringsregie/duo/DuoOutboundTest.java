package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.duo.simulator.SimulatedDuo;

/**
 * Every message to DUO is checked against DUO's OpenAPI file of its API before it leaves (issue 20: "checked against
 * DUO's OpenAPI files before sending"); a message outside it is refused like a refusal by DUO and never reaches DUO
 * (here: the simulator's journal of everything it received). DUO's own refusal is HTTP 403 with an array of
 * Foutmelding (PIP CHANGELOG 1.2.0, Inburgeringsaanbod CHANGELOG 1.1.0), and its fouttekst reaches the incident.
 */
class DuoOutboundTest extends SimulatedDuoScenarioTest {

    @Autowired
    DuoOutbound outbound;
    @Autowired
    DuoSpecifications specifications;

    /** A gemeente with an OIN (db/demo V1003): its messages carry that OIN as Bron. */
    String gemeente;

    @BeforeEach
    void aGemeenteWithAnOin() {
        gemeente = jdbc.sql("SELECT code FROM gemeente WHERE oin IS NOT NULL ORDER BY code").query(String.class).list()
                .get(0);
    }

    @Test
    void aBodyOutsideTheSpecificationIsRefusedAndNeverSent() {
        long refusedBefore = refusedWithoutCase(DuoOperation.UREN_TAAL_REGISTREREN);

        // ParticipatieAlsTaalles.uren: minimum 0 (GevolgdeUren openapi.yml)
        assertThatThrownBy(() -> outbound.sendForGemeente(gemeente, DuoOperation.UREN_TAAL_REGISTREREN,
                Map.of("bsn", bsn), Map.of("uren", -3)))
                .isInstanceOf(DuoRejectedException.class)
                .hasMessageStartingWith("Het bericht 'Uren taalles registreren' voldoet niet aan de specificatie van DUO")
                .hasMessageContaining("niet verzonden")
                .hasMessageNotContaining(bsn);

        assertThat(duo.journal()).noneMatch(received -> received.path().contains(bsn));
        assertThat(refusedWithoutCase(DuoOperation.UREN_TAAL_REGISTREREN)).isEqualTo(refusedBefore + 1);
    }

    @Test
    void aBsnOutsideTheSpecificationIsRefusedWithoutRepeatingIt() {
        String notABsn = bsn.substring(0, 8); // Bsn: pattern \d{9}, minLength 9 (MAP-PVT-Zroute openapi.yml)

        assertThatThrownBy(() -> outbound.sendForGemeente(gemeente, DuoOperation.MAP_OPVRAGEN, Map.of("bsn", notABsn),
                null))
                .isInstanceOf(DuoRejectedException.class)
                .hasMessageContaining("voldoet niet aan de specificatie")
                .hasMessageNotContaining(notABsn);
        assertThat(duo.journal()).noneMatch(received -> received.path().contains(notABsn));
    }

    @Test
    void aPlaceholderWithoutAValueIsRefused() {
        assertThatThrownBy(() -> outbound.sendForGemeente(gemeente, DuoOperation.INBURGERINGSAANBOD_REGISTREREN,
                Map.of("bsn", bsn), Map.of()))
                .isInstanceOf(DuoRejectedException.class)
                .hasMessageContaining("{instellingsnummer}");
        assertThat(duo.journal()).noneMatch(received -> received.path().contains(bsn));
    }

    @Test
    void aMessageWithinTheSpecificationGoesAndIsKeptUnderItsGemeente() {
        var answer = outbound.sendForGemeente(gemeente, DuoOperation.UREN_TAAL_REGISTREREN, Map.of("bsn", bsn),
                Map.of("uren", 12));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(duo.journal()).filteredOn(received -> received.path().equals("/personen/" + bsn
                + "/uren/participatietaalles")).singleElement()
                .satisfies(received -> assertThat(received.findings()).isEmpty());
        assertThat(duo.person(bsn).uren.get(gemeente.substring(2)).taalles).isEqualTo(12);
        assertThat(jdbc.sql("""
                SELECT status FROM outbound_message
                WHERE case_id IS NULL AND gemeente_code = ? AND operation = ? AND body = ?""")
                .params(gemeente, DuoOperation.UREN_TAAL_REGISTREREN.name(), "{\"uren\":12}")
                .query(String.class).list()).contains("VERZONDEN");
    }

    @Test
    void duosRefusalIs403WithAnArrayAndItsFouttekstReachesTheRefusal() {
        // The simulator applies DUO's rule that the date of the eindgesprek MAP may not lie in the future (README)
        assertThatThrownBy(() -> outbound.sendForGemeente(gemeente, DuoOperation.MAP_REGISTREREN, Map.of("bsn", bsn),
                Map.of("datumEindgesprekMap", TODAY.plusDays(3).toString())))
                .isInstanceOf(DuoRejectedException.class)
                .hasMessageContaining("HTTP 403")
                .hasMessageContaining("mag niet in de toekomst liggen");

        assertThat(duo.journal()).filteredOn(received -> received.path().equals("/personen/" + bsn + "/map"))
                .extracting(SimulatedDuo.Received::status).containsExactly(403);
    }

    @Test
    void theSpecificationAsksARefusalAsAnArrayNotAnObject() {
        // The simulator's controller checks its refusals the same way; this shows the check tells the two apart
        var headers = Map.of("API-Version", specifications.version(DuoApiName.MAP_PVT_ZROUTE));
        String path = "/personen/" + bsn + "/map";

        assertThat(specifications.checkResponse(DuoApiName.MAP_PVT_ZROUTE, "PUT", path, 403, headers,
                "[{\"fouttekst\":\"De datum mag niet in de toekomst liggen.\"}]")).isEmpty();
        assertThat(specifications.checkResponse(DuoApiName.MAP_PVT_ZROUTE, "PUT", path, 403, headers,
                "{\"fouttekst\":\"De datum mag niet in de toekomst liggen.\"}")).isNotEmpty();
    }

    private long refusedWithoutCase(DuoOperation operation) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM outbound_message
                WHERE case_id IS NULL AND gemeente_code = ? AND operation = ? AND status = 'AFGEWEZEN'""")
                .params(gemeente, operation.name()).query(Long.class).single();
    }
}
