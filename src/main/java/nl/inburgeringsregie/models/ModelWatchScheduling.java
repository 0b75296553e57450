package nl.inburgeringsregie.models;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling, for the {@link ModelWatcher}, only where models are watched. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "inburgering.models.watch", havingValue = "true")
class ModelWatchScheduling {
}
