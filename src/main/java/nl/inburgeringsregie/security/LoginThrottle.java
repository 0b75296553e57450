package nl.inburgeringsregie.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * A temporary, growing delay per client address after failed logins (issue 16, point 2): the first
 * {@link #FREE_FAILURES} failures cost nothing, each next one doubles the wait (1 s, 2 s, 4 s …) up to
 * {@link #LONGEST_DELAY}; an address is forgotten {@link #FORGET_AFTER} after its last failure. Never a permanent
 * lock. The delay per account is Camunda's own (growing up to a minute; the permanent lock after ten attempts is
 * switched off, see application.yaml). Our choice of figures: a person who mistypes a few times never waits, a
 * guesser from one address gets a few dozen tries an hour.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 10;
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Addresses tracked at most; beyond this new addresses are not tracked (the delay per account still holds). */
    static final int MAXIMUM_ADDRESSES = 100_000;

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this address must still wait before its next login attempt, if at all. */
    public Optional<Duration> waitFor(String address) {
        Failures known = current(address);
        if (known == null || known.blockedUntil() == null || !known.blockedUntil().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(clock.instant(), known.blockedUntil()));
    }

    /** A failed login from this address. */
    public void failed(String address) {
        if (address == null) {
            return;
        }
        if (failures.size() >= MAXIMUM_ADDRESSES) {
            forgetOld();
            if (failures.size() >= MAXIMUM_ADDRESSES && !failures.containsKey(address)) {
                return;
            }
        }
        Instant now = clock.instant();
        failures.compute(address, (key, known) -> {
            int count = known == null || isForgotten(known, now) ? 1 : known.count() + 1;
            return new Failures(count, now, count > FREE_FAILURES ? now.plus(delay(count)) : null);
        });
    }

    static Duration delay(int failureCount) {
        int doublings = Math.min(failureCount - FREE_FAILURES - 1, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private Failures current(String address) {
        if (address == null) {
            return null;
        }
        Failures known = failures.get(address);
        if (known != null && isForgotten(known, clock.instant())) {
            failures.remove(address, known);
            return null;
        }
        return known;
    }

    private boolean isForgotten(Failures known, Instant now) {
        Instant end = known.blockedUntil() != null && known.blockedUntil().isAfter(known.last()) ? known.blockedUntil()
                : known.last();
        return !end.plus(FORGET_AFTER).isAfter(now);
    }

    private void forgetOld() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(entry -> isForgotten(entry.getValue(), now));
    }
}
