package nl.inburgeringsregie.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application: Dutch time, read from the engine's clock so that the case
 * file and the timers agree — also when tests move the engine clock forward.
 */
public final class EngineClock extends Clock {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new EngineClock(newZone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Configuration(proxyBeanMethods = false)
    static class ClockConfiguration {

        @Bean
        Clock clock() {
            return new EngineClock(NETHERLANDS);
        }
    }
}
