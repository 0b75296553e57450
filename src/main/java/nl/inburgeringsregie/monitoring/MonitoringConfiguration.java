package nl.inburgeringsregie.monitoring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Scheduling for the metrics' refresh ({@link ApplicationMetrics}); a cron of "-" switches it off (the tests). And no
 * metrics of outgoing HTTP calls: their {@code uri} tag is the path as called, and DUO's paths hold the BSN
 * ({@code /personen/{bsn}/…}) — a client built on Spring Boot's instrumented builder would put it in every scrape.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MonitoringConfiguration {

    @Bean
    MeterFilter noOutgoingRequestMetrics() {
        return MeterFilter.denyNameStartsWith("http.client.requests");
    }
}
