package nl.inburgeringsregie.signalering;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.StartupOrder;

/**
 * In the demo ({@code inburgering.signalering.bij-start}) the day's digest is made at the start too, after the demo
 * cases, so that a newcomer reads one at once (GET /api/signalering/mijn-berichten) instead of the next morning.
 * Through the daily run's cluster lock (DeadlineDigest.scheduled): in a cluster only the first node to start makes it.
 * A digest that cannot be made is logged and does not stop the start: the daily run tries again the next morning.
 */
@Component
@ConditionalOnProperty(name = "inburgering.signalering.bij-start", havingValue = "true")
class DeadlineDigestAtStart {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineDigestAtStart.class);

    private final DeadlineDigest digest;

    DeadlineDigestAtStart(DeadlineDigest digest) {
        this.digest = digest;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.DIGEST)
    void atStartup() {
        try {
            digest.scheduled();
        } catch (RuntimeException failed) {
            LOG.error("Het dagelijks overzicht kon bij de start niet gemaakt worden; de dagelijkse run probeert het opnieuw",
                    failed);
        }
    }
}
