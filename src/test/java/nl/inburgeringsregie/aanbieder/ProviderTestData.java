package nl.inburgeringsregie.aanbieder;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgeringsregie.duo.simulator.SimulatedInstellingen;

/** Puts the simulated DUO's demo list back and forgets the providers a test stored (the test context is shared). */
final class ProviderTestData {

    private ProviderTestData() {
    }

    static void clear(JdbcClient jdbc) {
        SimulatedInstellingen.reset();
        jdbc.sql("DELETE FROM provider_contract").update();
        jdbc.sql("DELETE FROM provider").update();
    }
}
