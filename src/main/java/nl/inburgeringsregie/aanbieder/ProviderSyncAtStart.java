package nl.inburgeringsregie.aanbieder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.StartupOrder;

/**
 * In the demo ({@code inburgering.aanbieders.bij-start}) DUO's list is read at the start too, so that the simulated
 * DUO's institutions are there at once instead of the next morning. After the demo users ({@code DEMO_DATA}): the
 * simulator admits the gemeente's technical account only once it exists. Through the daily run's cluster lock
 * (ProviderSync.daily): in a cluster only the first node to start reads it. Not again when the list was read today
 * already (a restart): the call to DUO took about 1.5 s of the start (issue 22, point 5).
 */
@Component
@ConditionalOnProperty(name = "inburgering.aanbieders.bij-start", havingValue = "true")
class ProviderSyncAtStart {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderSyncAtStart.class);

    private final ProviderSync sync;

    ProviderSyncAtStart(ProviderSync sync) {
        this.sync = sync;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.DEMO_DATA + 1)
    void atStartup() {
        if (sync.readToday()) {
            LOG.info("Taalaanbieders zijn vandaag al bijgewerkt");
            return;
        }
        sync.daily();
    }
}
