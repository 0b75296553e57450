package nl.inburgeringsregie.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * A temporary, growing delay per client address after failed logins (issue 16, point 2): the first
 * {@link #FREE_FAILURES} failures cost nothing, each next one doubles the wait (1 s, 2 s, 4 s …) up to
 * {@link #LONGEST_DELAY}; an address is forgotten {@link #FORGET_AFTER} after its last failure. Never a permanent
 * lock. The delay per account is Camunda's own (growing up to a minute; the permanent lock after ten attempts is
 * switched off, see application.yaml). Our choice of figures: a person who mistypes a few times never waits, a
 * guesser from one address gets a few dozen tries an hour. An attempt is booked as a failure before its password is
 * checked ({@link #tryAttempt}) and taken back when it succeeds, so parallel requests cannot outrun the count.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 10;
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Addresses tracked at most; beyond this new addresses are not tracked (the delay per account still holds). */
    static final int MAXIMUM_ADDRESSES = 100_000;

    /**
     * What an address has booked: {@code count} attempts not taken back, the latest at {@code last} (before it:
     * {@code lastBefore}, restored when that attempt succeeds), and the wait it must keep until {@code blockedUntil}.
     */
    private record Failures(int count, Instant last, Instant lastBefore, Instant blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * How long this address must still wait before its next login attempt, if at all: the quick answer before a
     * request is handled ({@link LoginAttemptFilter}); the binding one is {@link #tryAttempt}.
     */
    public Optional<Duration> waitFor(String address) {
        Failures known = current(address);
        if (known == null || known.blockedUntil() == null || !known.blockedUntil().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(clock.instant(), known.blockedUntil()));
    }

    /**
     * Books a password attempt from this address before the password is checked, in one atomic step, so that
     * simultaneous attempts cannot all slip through before the first failure is counted: false when the address
     * must still wait (then the password must not be checked, and nothing is counted); otherwise the attempt counts
     * as a failure at once (with the delay that follows from it) until {@link #succeeded} takes it back. An
     * address that is unknown ({@code null}) or beyond {@link #MAXIMUM_ADDRESSES} is not held up.
     */
    public boolean tryAttempt(String address) {
        if (address == null || !tracks(address)) {
            return true;
        }
        Instant now = clock.instant();
        var mustWait = new AtomicBoolean();
        failures.compute(address, (key, known) -> {
            if (known != null && isForgotten(known, now)) {
                known = null;
            }
            if (known != null && known.blockedUntil() != null && known.blockedUntil().isAfter(now)) {
                mustWait.set(true);
                return known;
            }
            int count = known == null ? 1 : known.count() + 1;
            return new Failures(count, now, known == null ? null : known.last(),
                    count > FREE_FAILURES ? now.plus(delay(count)) : null);
        });
        return !mustWait.get();
    }

    /**
     * The attempt from this address that {@link #tryAttempt} let through had the right password: it no longer
     * counts, and the wait it booked is lifted (the address was not waiting when the attempt began).
     */
    public void succeeded(String address) {
        if (address == null) {
            return;
        }
        failures.computeIfPresent(address, (key, known) -> known.count() <= 1 ? null
                : new Failures(known.count() - 1, known.lastBefore(), known.lastBefore(), null));
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

    /** Whether this address is (or may now be) tracked: at most {@link #MAXIMUM_ADDRESSES} at a time. */
    private boolean tracks(String address) {
        if (failures.size() < MAXIMUM_ADDRESSES) {
            return true;
        }
        forgetOld();
        return failures.size() < MAXIMUM_ADDRESSES || failures.containsKey(address);
    }

    private void forgetOld() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(entry -> isForgotten(entry.getValue(), now));
    }
}
