package nl.inburgeringsregie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.support.Schakel3ScenarioTest;

/**
 * Issue 21, point 2: a message for DUO waiting in the outbox (the job of a DUO step) is counted in
 * {@code inburgering_duo_outbox_messages} until it is sent.
 */
class DuoOutboxMetricsScenarioTest extends Schakel3ScenarioTest {

    private static final String OUTBOX = "inburgering_duo_outbox_messages";
    private static final String SCHAKEL_3 = "process=\"" + BredeIntakeEnPipProcess.PROCESS_ID + "\"";

    @Autowired
    private ApplicationMetrics metrics;

    @Test
    void aMessageForDuoWaitingInTheOutboxIsCountedUntilItIsSent() {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(schakel3().getId())
                .activityId("ServiceTask_ToetsAanmelden").count()).as("the leerbaarheidstoets' aanmelding waits").isOne();

        metrics.refresh();
        String waiting = Scrapes.scrape(rest);
        assertThat(Scrapes.value(waiting, OUTBOX, SCHAKEL_3)).isGreaterThanOrEqualTo(1);
        assertThat(waiting).containsPattern("(?m)^inburgering_duo_outbox_oldest_age_seconds [0-9.E]+$");
        assertThat(Scrapes.value(waiting, "inburgering_jobs", "state=\"due\"")).as("the job is due").isGreaterThanOrEqualTo(1);

        driver.runAsyncSteps();
        metrics.refresh();
        assertThat(Scrapes.value(Scrapes.scrape(rest), OUTBOX, SCHAKEL_3))
                .isEqualTo(Scrapes.value(waiting, OUTBOX, SCHAKEL_3) - 1);
    }
}
