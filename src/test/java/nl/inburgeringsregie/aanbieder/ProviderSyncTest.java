package nl.inburgeringsregie.aanbieder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgeringsregie.duo.DuoOperation;
import nl.inburgeringsregie.duo.simulator.SimulatedDuo;
import nl.inburgeringsregie.duo.simulator.SimulatedInstellingen;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.support.IntegrationTest;

/**
 * The providers follow DUO's list of recognised institutions (Inburgeringsaanbod API, GET /instellingen) as the
 * simulated DUO gives it, checked against DUO's OpenAPI file on both sides. The answer holds at most 200 items and has
 * no paging (openapi.yml: maxItems 200): a full answer may be cut off, so only a shorter one says who left the list.
 */
@IntegrationTest
class ProviderSyncTest {

    @Autowired
    ProviderSync sync;
    @Autowired
    ProviderService service;
    @Autowired
    ProviderRepository providers;
    @Autowired
    SimulatedDuo duo;
    @Autowired
    JdbcClient jdbc;

    /** A gemeente with an OIN (db/demo V1003), whose account asks DUO. */
    String gemeente;

    @BeforeEach
    void aGemeenteWithAnOin() {
        ProviderTestData.clear(jdbc);
        gemeente = jdbc.sql("SELECT code FROM gemeente WHERE oin IS NOT NULL ORDER BY code").query(String.class).list()
                .get(0);
    }

    @AfterEach
    void demoListBack() {
        ProviderTestData.clear(jdbc);
    }

    @Test
    void theListCountsAsReadTodayOnlyAfterARunToday() {
        assertThat(sync.readToday()).as("no institution stored").isFalse();

        sync.synchronise(gemeente);

        assertThat(sync.readToday()).isTrue();
        jdbc.sql("UPDATE provider SET last_seen_at = last_seen_at - INTERVAL '1' DAY").update();
        assertThat(sync.readToday()).as("read yesterday").isFalse();
    }

    @Test
    void theListIsStoredAsDuoGivesItAndASecondRunChangesNothing() {
        long sentBefore = sent();

        var first = sync.synchronise(gemeente);

        int demo = SimulatedInstellingen.current().size();
        assertThat(first.ontvangen()).isEqualTo(demo);
        assertThat(first.nieuw()).isEqualTo(demo);
        assertThat(first.volledig()).isTrue();
        var stored = providers.find("DEMO000005").orElseThrow();
        assertThat(stored.name()).isEqualTo("Taalschakeljaar Noord-Holland (demo)");
        assertThat(stored.place()).isEqualTo("Alkmaar");
        assertThat(stored.brin()).isEqualTo("25XZ");
        assertThat(stored.bowKeurmerk()).isFalse();
        assertThat(stored.tstKeurmerk()).isTrue();
        assertThat(stored.listedByDuo()).isTrue();
        assertThat(stored.addedBy()).isEqualTo("DUO");
        assertThat(providers.find("DEMO000001").orElseThrow().bowNumber()).isEqualTo("1000001");
        assertThat(sent()).as("the request is kept under the gemeente, without a case").isEqualTo(sentBefore + 1);
        assertThat(duo.journal()).filteredOn(received -> received.operation() == DuoOperation.INSTELLINGEN_OPVRAGEN)
                .last().satisfies(received -> {
                    assertThat(received.status()).isEqualTo(200);
                    assertThat(received.findings()).isEmpty();
                });

        var before = providers.all();
        var second = sync.synchronise(gemeente);

        assertThat(second.ontvangen()).isEqualTo(demo);
        assertThat(second.nieuw()).isZero();
        assertThat(second.gewijzigd()).isZero();
        assertThat(second.nietMeerOpLijst()).isZero();
        assertThat(providers.all()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("lastSeenAt")
                .containsExactlyElementsOf(before);
    }

    @Test
    void aChangeAtDuoIsFollowed() {
        sync.synchronise(gemeente);
        var list = new ArrayList<>(SimulatedInstellingen.current());
        list.set(0, SimulatedInstellingen.instelling("DEMO000001", "Taalcentrum West-Friesland BV (demo)", "1621AB", 12,
                null, "Hoorn", "1000001", null, false, false));
        SimulatedInstellingen.replace(list);

        var result = sync.synchronise(gemeente);

        assertThat(result.gewijzigd()).isEqualTo(1);
        var changed = providers.find("DEMO000001").orElseThrow();
        assertThat(changed.name()).isEqualTo("Taalcentrum West-Friesland BV (demo)");
        assertThat(changed.bowKeurmerk()).isFalse();
        assertThatThrownBy(() -> service.checkRecognised("DEMO000001", Leerroute.B1_ROUTE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is niet erkend door Blik op Werk");
    }

    @Test
    void aShorterListMarksWhoLeftItButDeletesNobody() {
        sync.synchronise(gemeente);
        SimulatedInstellingen.replace(SimulatedInstellingen.current().stream()
                .filter(instelling -> !"DEMO000002".equals(instelling.get("instellingsnummer"))).toList());

        var result = sync.synchronise(gemeente);

        assertThat(result.nietMeerOpLijst()).isEqualTo(1);
        assertThat(result.volledig()).isTrue();
        var left = providers.find("DEMO000002").orElseThrow();
        assertThat(left.listedByDuo()).isFalse();
        assertThatThrownBy(() -> service.checkRecognised("DEMO000002", Leerroute.B1_ROUTE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("staat niet (meer) op de lijst van erkende instellingen van DUO");

        SimulatedInstellingen.reset();
        assertThat(sync.synchronise(gemeente).gewijzigd()).as("back on the list").isEqualTo(1);
        assertThat(providers.find("DEMO000002").orElseThrow().listedByDuo()).isTrue();
    }

    @Test
    void aFullListOf200MarksNobodyAsGoneForItMayBeCutOff() {
        int demo = sync.synchronise(gemeente).ontvangen();
        SimulatedInstellingen.replace(numbered(ProviderSync.MAX_ITEMS));

        var full = sync.synchronise(gemeente);

        assertThat(full.ontvangen()).isEqualTo(200);
        assertThat(full.nieuw()).isEqualTo(200);
        assertThat(full.volledig()).isFalse();
        assertThat(full.nietMeerOpLijst()).isZero();
        assertThat(full.toelichting()).contains("de lijst kan onvolledig zijn");
        assertThat(providers.find("DEMO000001").orElseThrow().listedByDuo()).isTrue();

        SimulatedInstellingen.replace(numbered(ProviderSync.MAX_ITEMS - 1));
        var shorter = sync.synchronise(gemeente);

        assertThat(shorter.volledig()).isTrue();
        assertThat(shorter.nietMeerOpLijst()).as("the demo six and the 200th").isEqualTo(demo + 1);
        assertThat(providers.all()).hasSize(200 + demo);
    }

    @Test
    void theDailyRunAsksWithTheAccountOfTheFirstGemeenteWithAnOin() {
        sync.daily();

        assertThat(providers.all()).hasSize(SimulatedInstellingen.current().size());
        String oin = jdbc.sql("SELECT oin FROM gemeente WHERE code = ?").param(gemeente).query(String.class).single();
        assertThat(duo.journal()).filteredOn(received -> received.operation() == DuoOperation.INSTELLINGEN_OPVRAGEN)
                .last().extracting(SimulatedDuo.Received::bron).isEqualTo(oin);
    }

    @Test
    void anUnknownProviderIsRefusedOnTheField() {
        assertThatThrownBy(() -> service.checkRecognised("taalaanbieder", "DEMO999999", Leerroute.ONDERWIJSROUTE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("taalaanbieder")
                        .containsValue("Instelling DEMO999999 is niet bekend als erkende instelling van DUO; kies een"
                                + " aanbieder van de lijst."));
    }

    private static List<Map<String, Object>> numbered(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> SimulatedInstellingen.instelling(
                "TEST%06d".formatted(i), "Taalschool nummer " + i + " (test)", "1621AB", i, null, "Hoorn",
                String.valueOf(i), null, true, false)).toList();
    }

    private long sent() {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE case_id IS NULL AND gemeente_code = ? "
                + "AND operation = ?").params(gemeente, DuoOperation.INSTELLINGEN_OPVRAGEN.name()).query(Long.class)
                .single();
    }
}
