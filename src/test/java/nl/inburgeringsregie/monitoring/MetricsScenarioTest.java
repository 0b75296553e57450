package nl.inburgeringsregie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 21, point 2: the monitoring's account scrapes the metrics and finds a breach counted for its gemeente and norm;
 * nobody else reads them; the probes answer their status only, without login.
 */
class MetricsScenarioTest extends ScenarioTest {

    @Autowired
    private ApplicationMetrics metrics;

    @Test
    void aBreachIsCountedForItsGemeenteAndNormInTheScrape() {
        metrics.refresh();
        String before = scrape();

        aGezinsmigrantWhosePipIsAWeekLate();
        String gemeente = aCase().gemeenteCode();
        assertThat(breach(Norm.PIP).norm()).isEqualTo(Norm.PIP);
        assertThat(value(scrape(), "inburgering_norm_breaches_total", gemeente, "PIP"))
                .as("a scrape reads what was counted, it counts nothing itself")
                .isEqualTo(value(before, "inburgering_norm_breaches_total", gemeente, "PIP"));

        // the case page's API, so that HTTP latency has a request with a case number in its path
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/api/regie/zaken/" + driver.caseNumber(),
                String.class).getStatusCode().value()).isEqualTo(200);
        metrics.refresh();
        String after = scrape();
        assertThat(value(after, "inburgering_norm_breaches_total", gemeente, "PIP"))
                .isEqualTo(value(before, "inburgering_norm_breaches_total", gemeente, "PIP") + 1);
        assertThat(value(after, "inburgering_norms_late", gemeente, "PIP")).isGreaterThanOrEqualTo(1);
        assertThat(value(after, "inburgering_norms_open", gemeente, "PIP"))
                .isGreaterThanOrEqualTo(value(after, "inburgering_norms_late", gemeente, "PIP"));
        assertThat(after).contains("inburgering_jobs{state=\"due\"}", "inburgering_job_executor_active ",
                "inburgering_duo_outbox_oldest_age_seconds ", "inburgering_notifications_backlog_oldest_age_seconds ",
                "inburgering_metrics_refreshed_timestamp_seconds ", "http_server_requests_seconds_bucket")
                .as("HTTP latency per route template, never per case").contains("uri=\"/api/regie/zaken/{zaaknummer}\"")
                .doesNotContain(driver.caseNumber());
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void countingAgainRegistersNoCounterTwice(CapturedOutput output) {
        aGezinsmigrantWhosePipIsAWeekLate();
        metrics.refresh();
        metrics.refresh();
        assertThat(output.getAll()).as("Micrometer warns when a function counter is registered again")
                .doesNotContain("has been already registered");
    }

    @Test
    void anIncidentIsCountedForItsProcessUntilItIsResolved() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        String labels = "process=\"" + InburgeringProcess.PROCESS_ID + "\",type=\"monitoringTest\"";
        var incident = engine.getRuntimeService().createIncident("monitoringTest", driver.main().getId(), "test");

        metrics.refresh();
        assertThat(Scrapes.value(scrape(), "inburgering_incidents", labels)).isEqualTo(1);

        engine.getRuntimeService().resolveIncident(incident.getId());
        metrics.refresh();
        assertThat(Scrapes.value(scrape(), "inburgering_incidents", labels)).isZero();
    }

    @Test
    void onlyTheMonitoringAccountReadsTheMetrics() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(withToken("/actuator/prometheus", "geen-token").getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth("consulent", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode().value()).isEqualTo(403);
        // the token opens the actuator only, not the application's API
        assertThat(withToken("/api/zaken/" + "Z-0", Scrapes.TOKEN).getStatusCode().value()).isEqualTo(403);
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(withToken("/actuator/health", Scrapes.TOKEN).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theProbesAnswerTheirStatusOnlyWithoutLogin() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var answer = rest.getForEntity(probe, String.class);
            assertThat(answer.getStatusCode().value()).as(probe).isEqualTo(200);
            assertThat(answer.getBody()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    private String scrape() {
        return Scrapes.scrape(rest);
    }

    private ResponseEntity<String> withToken(String path, String token) {
        return Scrapes.withToken(rest, path, token);
    }

    private static double value(String scrape, String metric, String gemeente, String norm) {
        return Scrapes.value(scrape, metric, "gemeente=\"" + gemeente + "\",norm=\"" + norm + "\"");
    }
}
