package nl.inburgeringsregie;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application: Dutch time, replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(NETHERLANDS);
    }
}
