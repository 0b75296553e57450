package nl.inburgeringsregie.shared;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says the application is started only when it is ready to work: after every start-up step of
 * {@link StartupOrder} (identity, models deployed, in the demo the demo users and cases). Spring's own
 * "Started … in … seconds" comes before those steps and is switched off ({@code spring.main.log-startup-info}).
 * Readiness ({@code ReadinessState.ACCEPTING_TRAFFIC}) is published by Spring after this listener too.
 */
@Component
public class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;
    private volatile boolean ready;

    StartupReport(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.READY)
    public void started() {
        ready = true;
        // demo is the default profile (spring.profiles.default): then no profile is "active"
        List<String> profiles = Arrays.asList(environment.getActiveProfiles().length > 0
                ? environment.getActiveProfiles() : environment.getDefaultProfiles());
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        // the JVM's uptime: the ready event's own time is taken before the start-up steps run
        LOG.info("Inburgeringsregie gestart in {} s (profielen: {}): modellen gedeployd{}; klaar op http://localhost:{}/",
                String.format(Locale.ROOT, "%.1f", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0),
                String.join(", ", profiles), profiles.contains("demo") ? ", demogebruikers en demozaken aangemaakt" : "",
                port);
    }

    /** Whether the "gestart" line was given: every start-up step before it is done. */
    public boolean ready() {
        return ready;
    }
}
