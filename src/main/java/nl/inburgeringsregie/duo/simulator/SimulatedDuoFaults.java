package nl.inburgeringsregie.duo.simulator;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.duo.DuoOperation;

/**
 * Refusals and outages of the simulated DUO set on purpose, per person, so tests and the demo see how the application
 * handles them: DUO's 403 "Niet geautoriseerd" for one read (as DUO answers about a person not relevant to the gemeente,
 * duo-m2m/README.md "Scope", R:23-27; the reading files give the 403 without a body), or DUO not answering at all (503,
 * as from a gateway in front of DUO: not DUO's answer, so not checked against its files).
 */
@Component
@Profile("duo-simulator")
public class SimulatedDuoFaults {

    /** HTTP status of an outage. */
    static final int OUTAGE = 503;

    private final Map<String, Set<DuoOperation>> refused = new ConcurrentHashMap<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();

    /** DUO refuses this read about the person from now on. */
    public void refuse(String bsn, DuoOperation operation) {
        refused.computeIfAbsent(bsn, key -> ConcurrentHashMap.newKeySet()).add(operation);
    }

    /** DUO does not answer any request about the person from now on. */
    public void outage(String bsn) {
        down.add(bsn);
    }

    /** DUO answers about the person as usual again. */
    public void clear(String bsn) {
        refused.remove(bsn);
        down.remove(bsn);
    }

    /** The status set for this request, if any: {@link #OUTAGE} or 403. */
    java.util.Optional<Integer> statusFor(DuoOperation operation, String bsn) {
        if (bsn == null) {
            return java.util.Optional.empty();
        }
        if (down.contains(bsn)) {
            return java.util.Optional.of(OUTAGE);
        }
        return refused.getOrDefault(bsn, Set.of()).contains(operation) ? java.util.Optional.of(SimulatedDuo.REFUSED)
                : java.util.Optional.empty();
    }
}
