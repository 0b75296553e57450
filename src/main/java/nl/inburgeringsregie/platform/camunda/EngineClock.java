package nl.inburgeringsregie.platform.camunda;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application: in the configured zone ({@code inburgering.tijdzone}, Dutch time),
 * never the server's, read from the engine's clock so that the case file and the timers agree — also when
 * tests move the engine clock forward. Its zone is the one zone for every day counted and every time shown.
 */
public final class EngineClock extends Clock {

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
        Clock clock(@Value("${inburgering.tijdzone}") ZoneId zone) {
            return new EngineClock(zone);
        }
    }
}
