package nl.inburgeringsregie.duo;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.duo.simulator.SimulatedDuo;
import nl.inburgeringsregie.duo.simulator.SimulatedNotificaties;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;

/** A scenario test against DUO's simulator, about a person with a new BSN for each test. */
abstract class SimulatedDuoScenarioTest extends ScenarioTest {

    @Autowired
    SimulatedDuo duo;
    @Autowired
    SimulatedNotificaties notifications;

    /** The person's BSN, new for each test. */
    String bsn;

    @BeforeEach
    void aNewBsn() {
        bsn = TestBsn.next();
    }

    /** The latest request of the operation about this test's person that DUO's simulator received. */
    SimulatedDuo.Received received(String operation) {
        return duo.journal().stream()
                .filter(found -> found.operation() != null && found.operation().name().equals(operation)
                        && found.path().contains(bsn))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError(operation + " not received"));
    }
}
