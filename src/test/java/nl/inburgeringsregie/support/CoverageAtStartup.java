package nl.inburgeringsregie.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The demo cases are started while the application starts, before process-test-coverage has a test to
 * record for: until the first test class begins, its listeners get a collector that drops what they see
 * (otherwise they fail the start: "Coverage state must be initialized"). The demo's start-up is not a test.
 */
@TestConfiguration(proxyBeanMethods = false)
class CoverageAtStartup {

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void ignoreWhatRunsBeforeTheFirstTest(ApplicationReadyEvent event) {
        ProcessEngine engine = event.getApplicationContext().getBean(ProcessEngine.class);
        new ProcessEngineAdapter(engine, coverageEvent -> { }).initializeListeners();
    }
}
