package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The delay per client address after failed logins (issue 16, point 2): temporary, growing, forgotten; each password
 * attempt booked before its password is checked, so parallel requests cannot outrun the count.
 */
class LoginThrottleTest {

    private static final String ADDRESS = "10.0.0.1";

    private Instant now = Instant.parse("2026-12-01T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void theFirstFailuresCostNothing() {
        fail(ADDRESS, LoginThrottle.FREE_FAILURES);

        assertThat(throttle.waitFor(ADDRESS)).isEmpty();
        assertThat(throttle.tryAttempt(ADDRESS)).isTrue();
    }

    @Test
    void eachFailureAfterThatDoublesTheWaitUpToFifteenMinutes() {
        fail(ADDRESS, LoginThrottle.FREE_FAILURES + 1);
        assertThat(throttle.waitFor(ADDRESS)).contains(Duration.ofSeconds(1));

        now = now.plusSeconds(1);
        fail(ADDRESS, 1);
        assertThat(throttle.waitFor(ADDRESS)).contains(Duration.ofSeconds(2));

        now = now.plusSeconds(2);
        fail(ADDRESS, 1);
        assertThat(throttle.waitFor(ADDRESS)).contains(Duration.ofSeconds(4));

        for (int failure = 0; failure < 10; failure++) {
            now = now.plus(throttle.waitFor(ADDRESS).orElseThrow());
            fail(ADDRESS, 1);
        }
        assertThat(throttle.waitFor(ADDRESS)).contains(Duration.ofMinutes(15));
    }

    @Test
    void whileAnAddressWaitsItsAttemptsAreRefusedUncheckedAndNotCounted() {
        fail(ADDRESS, LoginThrottle.FREE_FAILURES + 1);

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(throttle.tryAttempt(ADDRESS)).isFalse();
        }
        assertThat(throttle.waitFor(ADDRESS)).contains(Duration.ofSeconds(1));

        now = now.plusSeconds(1);
        assertThat(throttle.tryAttempt(ADDRESS)).isTrue();
        assertThat(throttle.waitFor(ADDRESS)).as("the 12th failure, not the 17th").contains(Duration.ofSeconds(2));
    }

    @Test
    void theWaitEndsAndAnAddressIsForgottenAnHourAfterItsLastFailure() {
        fail(ADDRESS, LoginThrottle.FREE_FAILURES + 1);
        now = now.plusSeconds(1);
        fail(ADDRESS, 1);
        now = now.plusSeconds(2);
        fail(ADDRESS, 1);

        now = now.plusSeconds(4);
        assertThat(throttle.waitFor(ADDRESS)).isEmpty();
        fail(ADDRESS, 1);
        assertThat(throttle.waitFor(ADDRESS)).contains(Duration.ofSeconds(8));

        now = now.plus(Duration.ofHours(1)).plusSeconds(8);
        fail(ADDRESS, 1);
        assertThat(throttle.waitFor(ADDRESS)).isEmpty();
    }

    @Test
    void aSuccessfulAttemptIsTakenBackOut() {
        fail(ADDRESS, LoginThrottle.FREE_FAILURES);

        assertThat(throttle.tryAttempt(ADDRESS)).isTrue();
        throttle.succeeded(ADDRESS);
        assertThat(throttle.waitFor(ADDRESS)).as("still ten failures").isEmpty();

        fail(ADDRESS, 1);
        assertThat(throttle.waitFor(ADDRESS)).as("the eleventh failure").contains(Duration.ofSeconds(1));
    }

    @Test
    void aSuccessAfterTheWaitLeavesNoNewWaitBehind() {
        fail(ADDRESS, LoginThrottle.FREE_FAILURES + 1);
        now = now.plusSeconds(1);

        assertThat(throttle.tryAttempt(ADDRESS)).isTrue();
        throttle.succeeded(ADDRESS);
        assertThat(throttle.waitFor(ADDRESS)).isEmpty();

        fail(ADDRESS, 1);
        assertThat(throttle.waitFor(ADDRESS)).as("the twelfth failure").contains(Duration.ofSeconds(2));
    }

    @Test
    void anAddressIsForgottenAnHourAfterItsLastFailureNotItsLastSuccess() {
        fail(ADDRESS, LoginThrottle.FREE_FAILURES);
        now = now.plus(Duration.ofMinutes(59));
        assertThat(throttle.tryAttempt(ADDRESS)).isTrue();
        throttle.succeeded(ADDRESS);

        now = now.plus(Duration.ofMinutes(1));
        fail(ADDRESS, 1);
        assertThat(throttle.waitFor(ADDRESS)).as("the first failure after forgetting").isEmpty();
    }

    @Test
    void simultaneousAttemptsFromOneAddressGetNoMoreThanTheFreeFailuresAndOneThrough() throws InterruptedException {
        int attempts = 64;
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(attempts);
        var throughToThePassword = new AtomicInteger();
        var threads = Executors.newFixedThreadPool(16);
        try {
            for (int attempt = 0; attempt < attempts; attempt++) {
                threads.execute(() -> {
                    try {
                        start.await();
                        if (throttle.tryAttempt(ADDRESS)) {
                            throughToThePassword.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                });
            }
            start.countDown();
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            threads.shutdownNow();
        }

        assertThat(throughToThePassword.get()).isEqualTo(LoginThrottle.FREE_FAILURES + 1);
        assertThat(throttle.waitFor(ADDRESS)).as("the refused ones were not counted").contains(Duration.ofSeconds(1));

        throttle.succeeded(ADDRESS);
        assertThat(throttle.waitFor(ADDRESS)).as("one of them had the right password").isEmpty();
        assertThat(throttle.tryAttempt(ADDRESS)).isTrue();
        assertThat(throttle.tryAttempt(ADDRESS)).isFalse();
    }

    @Test
    void addressesWaitEachForTheirOwnFailures() {
        fail(ADDRESS, LoginThrottle.FREE_FAILURES + 1);

        assertThat(throttle.waitFor("10.0.0.2")).isEmpty();
        assertThat(throttle.tryAttempt("10.0.0.2")).isTrue();
    }

    @Test
    void anUnknownAddressIsNeverHeldUp() {
        fail(null, LoginThrottle.FREE_FAILURES + 5);

        assertThat(throttle.waitFor(null)).isEmpty();
        assertThat(throttle.tryAttempt(null)).isTrue();
        throttle.succeeded(null);
    }

    /** Failed password attempts: each one let through and not taken back. */
    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.tryAttempt(address)).as("attempt %d let through", i + 1).isTrue();
        }
    }
}
