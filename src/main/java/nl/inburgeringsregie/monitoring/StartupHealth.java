package nl.inburgeringsregie.monitoring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.StartupReport;

/**
 * Part of readiness ({@code /actuator/health/readiness}, see {@code management.endpoint.health.group.readiness}): up
 * only once every start-up step is done — the models of {@code processes/} and {@code forms/} deployed and, in the
 * demo, the demo users and cases in place ({@link StartupReport}). Before that the application takes no traffic.
 */
@Component("startupHealthIndicator")
class StartupHealth implements HealthIndicator {

    private final StartupReport startup;

    StartupHealth(StartupReport startup) {
        this.startup = startup;
    }

    @Override
    public Health health() {
        return startup.ready() ? Health.up().build() : Health.outOfService().build();
    }
}
