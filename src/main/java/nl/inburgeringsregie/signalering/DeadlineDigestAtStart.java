package nl.inburgeringsregie.signalering;

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
 */
@Component
@ConditionalOnProperty(name = "inburgering.signalering.bij-start", havingValue = "true")
class DeadlineDigestAtStart {

    private final DeadlineDigest digest;

    DeadlineDigestAtStart(DeadlineDigest digest) {
        this.digest = digest;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.DIGEST)
    void atStartup() {
        digest.scheduled();
    }
}
