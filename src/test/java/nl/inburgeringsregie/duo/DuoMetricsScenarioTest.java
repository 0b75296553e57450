package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.monitoring.ApplicationMetrics;
import nl.inburgeringsregie.monitoring.Scrapes;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;

/**
 * Issue 21, point 2: the exchange with DUO as the gemeente's monitoring sees it. A notification stored but not yet
 * processed is counted in {@code inburgering_notifications_backlog} until its processing ran; a message DUO refuses
 * is counted in {@code inburgering_duo_delivery_failures_total} (status AFGEWEZEN, per operation).
 */
class DuoMetricsScenarioTest extends SimulatedDuoScenarioTest {

    private static final String BACKLOG = "inburgering_notifications_backlog";
    private static final String FAILURES = "inburgering_duo_delivery_failures_total";
    private static final String PIP_REFUSED = "operation=\"PIP_REGISTREREN\",status=\"AFGEWEZEN\"";

    @Autowired
    private ApplicationMetrics metrics;

    @Test
    void aStoredNotificationIsCountedAsBacklogUntilItIsProcessed() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        CaseDriver.processDuoNotifications(engine);
        metrics.refresh();
        double before = Scrapes.value(Scrapes.scrape(rest), BACKLOG, "source=\"DUO\"");

        assertThat(notifications.send(Aanmeldingen.HOORN, bsn, "SS139").status()).as("stored and acknowledged")
                .isEqualTo(201);
        metrics.refresh();
        String waiting = Scrapes.scrape(rest);
        assertThat(Scrapes.value(waiting, BACKLOG, "source=\"DUO\"")).isEqualTo(before + 1);
        assertThat(waiting).containsPattern("(?m)^inburgering_notifications_backlog_oldest_age_seconds [0-9.E]+$");

        CaseDriver.processDuoNotifications(engine);
        metrics.refresh();
        assertThat(Scrapes.value(Scrapes.scrape(rest), BACKLOG, "source=\"DUO\"")).isEqualTo(before);
    }

    @Test
    void aMessageDuoRefusesIsCountedAsADeliveryFailure() {
        metrics.refresh();
        double before = Scrapes.value(Scrapes.scrape(rest), FAILURES, PIP_REFUSED);

        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        driver.completeWarmeOverdracht(BRP, false);
        duo.person(bsn).plichtBegin = TODAY.plusYears(1); // DUO refuses a PIP dated before the obligation began
        assertThatThrownBy(() -> {
            driver.completeBredeIntakeEnPip("B1_ROUTE");
            driver.runAsyncSteps();
        }).hasMessageContaining("De datum dagtekening mag niet voor de start van de inburgeringsplicht liggen");

        metrics.refresh();
        assertThat(Scrapes.value(Scrapes.scrape(rest), FAILURES, PIP_REFUSED)).isEqualTo(before + 1);
    }
}
