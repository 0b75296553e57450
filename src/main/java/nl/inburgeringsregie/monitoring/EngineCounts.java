package nl.inburgeringsregie.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * Port: what the process engine holds, counted for the metrics (adapter {@code monitoring.process.CamundaEngineCounts}).
 * Each method is one grouped query; {@link ApplicationMetrics} calls them on its schedule, never per scrape.
 */
public interface EngineCounts {

    /** Open incidents of one process (the model's key) and incident type. */
    record Incidents(String process, String type, long count) {
    }

    /** Messages for DUO waiting in the outbox — the jobs of the DUO steps (docs/architecture.md) — of one process. */
    record DuoOutbox(String process, long waiting, Instant oldest) {
    }

    /** The engine's jobs: due and free to run, running (locked), and failed with no retries left. */
    record Jobs(long due, long locked, long noRetriesLeft, boolean executorActive) {
    }

    List<Incidents> incidents();

    List<DuoOutbox> duoOutbox();

    Jobs jobs();
}
