package nl.inburgeringsregie.platform.camunda;

import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.StartupOrder;

/**
 * Gives the engine's DMN tables a FEEL engine that is built after start-up rather than during it ({@link LazyFeelEngine},
 * issue 22, point 5), and builds it on a background thread right before the ready line: the ready line comes about
 * 0.7 s sooner on a 2-core machine (docs/operations.md, "Start-up"), and the first decision normally finds the FEEL
 * engine built. It is Camunda's default FEEL engine (Scala, no custom functions, not the legacy JUEL one), as the
 * engine would build it with this application's settings.
 */
@Component
class FeelWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(FeelWarmUp.class);

    private final LazyFeelEngine engine = new LazyFeelEngine(() -> new ScalaFeelEngineFactory().createInstance());

    /** The factory the DMN engine asks for its FEEL engine: always this one, lazily built. */
    FeelEngineFactory factory() {
        return () -> engine;
    }

    /** Last before the ready line, which it does not hold up: it only starts the thread. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.READY - 1)
    void warmUp() {
        var thread = new Thread(() -> {
            long start = System.nanoTime();
            engine.engine();
            LOG.debug("FEEL-engine voor de beslistabellen gebouwd in {} ms", (System.nanoTime() - start) / 1_000_000);
        }, "feel-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
