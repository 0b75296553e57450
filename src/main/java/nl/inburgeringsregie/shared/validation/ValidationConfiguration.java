package nl.inburgeringsregie.shared.validation;

import java.time.Clock;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bean Validation's "past" and "future" use the application's clock (Dutch time), like every other rule. */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    ValidationConfigurationCustomizer applicationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
