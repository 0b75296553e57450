package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The delay per client address after failed logins (issue 16, point 2): temporary, growing, forgotten. */
class LoginThrottleTest {

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
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES);

        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
    }

    @Test
    void eachFailureAfterThatDoublesTheWaitUpToFifteenMinutes() {
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES + 1);
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofSeconds(1));

        throttle.failed("10.0.0.1");
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofSeconds(2));

        throttle.failed("10.0.0.1");
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofSeconds(4));

        fail("10.0.0.1", 40);
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofMinutes(15));
    }

    @Test
    void theWaitEndsAndAnAddressIsForgottenAnHourAfterItsLastFailure() {
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES + 3);

        now = now.plusSeconds(4);
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
        throttle.failed("10.0.0.1");
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofSeconds(8));

        now = now.plus(Duration.ofHours(1)).plusSeconds(8);
        throttle.failed("10.0.0.1");
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
    }

    @Test
    void addressesWaitEachForTheirOwnFailures() {
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES + 1);

        assertThat(throttle.waitFor("10.0.0.2")).isEmpty();
        assertThat(throttle.waitFor(null)).isEmpty();
    }

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address);
        }
    }
}
