package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import nl.inburgeringsregie.duo.process.DuoNotificatieProcess;
import nl.inburgeringsregie.duo.process.DuoNotificatieVariables;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.IntegrationTest;

/**
 * A notification whose processing fails because the database does not answer (here: the stored
 * notification cannot be read) is tried again within a minute, then at growing intervals — the engine's
 * one retry schedule (application.yaml, failed-job-retry-time-cycle) — and after the last retry it
 * becomes an incident. The engine clock is moved; nothing waits.
 */
@IntegrationTest
class NotificatieRetryTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    ProcessEngine engine;
    @Autowired
    NotificatieWorkflow workflow;
    @Autowired
    org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties camunda;

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    /**
     * A job that was running when the database went away keeps its lock until the lock expires, whatever the
     * retry schedule says (probe of issue 16: Camunda's five minutes): a minute here, as the job executor of a
     * running application takes it (the tests run without one), and longer than the longest job (a DUO call).
     */
    @Test
    void aJobLockedWhenTheDatabaseWentAwayIsFreeAgainWithinAMinute() {
        assertThat(Duration.ofMillis(camunda.getJobExecution().getLockTimeInMillis()))
                .isLessThanOrEqualTo(Duration.ofMinutes(1)).isGreaterThan(Duration.ofSeconds(40));
    }

    @Test
    void aFailedNotificationIsRetriedWithinAMinuteThenFurtherApart() {
        ClockUtil.setCurrentTime(Date.from(START));
        workflow.startProcessing(-1, Aanmeldingen.HOORN, DuoGebeurtenis.SS101);
        String processInstance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DuoNotificatieProcess.PROCESS_ID).variableValueEquals(
                        DuoNotificatieVariables.VAR_NOTIFICATION_ID, -1L).singleResult().getId();

        List<Duration> waits = new ArrayList<>();
        Job job = job(processInstance);
        while (job.getRetries() > 0) {
            Instant failedAt = ClockUtil.getCurrentTime().toInstant();
            String id = job.getId();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(id))
                    .hasRootCauseInstanceOf(DataAccessException.class);
            job = job(processInstance);
            if (job.getRetries() > 0) {
                assertThat(job.getDuedate()).as("a retry at a set time").isNotNull();
                waits.add(Duration.between(failedAt, job.getDuedate().toInstant()));
                ClockUtil.setCurrentTime(job.getDuedate());
            }
        }

        assertThat(waits.get(0)).as("the first retry").isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(waits).as("six retries, each further apart").containsExactly(Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
                Duration.ofHours(1));
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(processInstance).count())
                .as("an incident after the last retry").isEqualTo(1);
        engine.getRuntimeService().deleteProcessInstance(processInstance, "test");
    }

    private Job job(String processInstance) {
        return engine.getManagementService().createJobQuery().processInstanceId(processInstance).singleResult();
    }
}
