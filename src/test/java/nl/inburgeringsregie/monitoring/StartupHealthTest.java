package nl.inburgeringsregie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import nl.inburgeringsregie.shared.StartupReport;

/** Readiness waits for the start-up steps (models deployed, demo data in place): out of service until they are done. */
class StartupHealthTest {

    @Test
    void outOfServiceUntilEveryStartUpStepIsDone() {
        var startup = mock(StartupReport.class);
        var health = new StartupHealth(startup);

        when(startup.ready()).thenReturn(false);
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        when(startup.ready()).thenReturn(true);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
