package nl.inburgeringsregie.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The application's metrics for the gemeente's monitoring (issue 21, point 2; docs/operations.md lists them). They are
 * counted on a schedule ({@code inburgering.monitoring.verversen-cron}, every 30 seconds) with one grouped query each
 * ({@link CaseCounts}, {@link EngineCounts}) and kept; a scrape only reads what was kept, so no scrape ever queries the
 * database. Labels are codes — gemeente (CBS code), norm, process, status — never a case or a person.
 */
@Component
public class ApplicationMetrics {

    /** What the last refresh counted. */
    private record Snapshot(Map<List<String>, Long> breaches, Map<List<String>, Long> deliveryFailures,
            Instant duoOldest, Instant backlogOldest, EngineCounts.Jobs jobs, Instant refreshed) {
    }

    private final CaseCounts cases;
    private final EngineCounts engine;
    private final MeterRegistry registry;
    private final Clock clock;
    private final MultiGauge normsOpen;
    private final MultiGauge normsLate;
    private final MultiGauge incidents;
    private final MultiGauge duoOutbox;
    private final MultiGauge backlog;
    /** The label sets whose counters are registered: a function counter is registered once, never again. */
    private final Set<List<String>> countedBreaches = ConcurrentHashMap.newKeySet();
    private final Set<List<String>> countedFailures = ConcurrentHashMap.newKeySet();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), null, null,
            new EngineCounts.Jobs(0, 0, 0, false), null);

    ApplicationMetrics(CaseCounts cases, EngineCounts engine, MeterRegistry registry, Clock clock) {
        this.cases = cases;
        this.engine = engine;
        this.registry = registry;
        this.clock = clock;
        normsOpen = MultiGauge.builder("inburgering.norms.open")
                .description("Lopende normklokken (zaak niet gesloten), per gemeente en norm").register(registry);
        normsLate = MultiGauge.builder("inburgering.norms.late")
                .description("Lopende normklokken voorbij hun uiterste dag (niet gepauzeerd), per gemeente en norm")
                .register(registry);
        incidents = MultiGauge.builder("inburgering.incidents")
                .description("Open incidenten in de engine, per proces en soort").register(registry);
        duoOutbox = MultiGauge.builder("inburgering.duo.outbox.messages")
                .description("Berichten voor DUO die nog wachten (jobs van DUO-stappen), per proces").register(registry);
        backlog = MultiGauge.builder("inburgering.notifications.backlog")
                .description("Ontvangen notificaties waarvan de verwerking nog loopt, per bron").register(registry);
        Gauge.builder("inburgering.duo.outbox.oldest.age", this, metrics -> metrics.ageOf(metrics.snapshot.duoOldest()))
                .description("Leeftijd van het oudste wachtende bericht voor DUO (0: geen)").baseUnit("seconds")
                .register(registry);
        Gauge.builder("inburgering.notifications.backlog.oldest.age", this,
                metrics -> metrics.ageOf(metrics.snapshot.backlogOldest()))
                .description("Leeftijd van de oudste onverwerkte notificatie (0: geen)").baseUnit("seconds")
                .register(registry);
        jobGauge("due", jobs -> jobs.due());
        jobGauge("locked", jobs -> jobs.locked());
        jobGauge("no_retries_left", jobs -> jobs.noRetriesLeft());
        Gauge.builder("inburgering.job.executor.active", this, metrics -> metrics.snapshot.jobs().executorActive() ? 1 : 0)
                .description("1 als de job executor van de engine draait").register(registry);
        Gauge.builder("inburgering.metrics.refreshed.timestamp", this, metrics -> metrics.snapshot.refreshed() == null
                ? 0 : metrics.snapshot.refreshed().getEpochSecond())
                .description("Wanneer deze metrieken het laatst geteld zijn (Unix-tijd)").baseUnit("seconds")
                .register(registry);
    }

    /** Counts everything again and keeps it; the scrapes in between read what was kept. */
    // Per node on purpose, without a cluster lock (platform.cluster.SchedulerLocks): each node answers its own
    // scrapes from what it counted itself; the counts come from the shared database, so all nodes show the same
    @Scheduled(cron = "${inburgering.monitoring.verversen-cron}")
    public synchronized void refresh() {
        var norms = cases.norms();
        normsOpen.register(norms.stream().map(row -> MultiGauge.Row.of(
                Tags.of("gemeente", row.gemeente(), "norm", row.norm()), row.open())).toList(), true);
        normsLate.register(norms.stream().map(row -> MultiGauge.Row.of(
                Tags.of("gemeente", row.gemeente(), "norm", row.norm()), row.late())).toList(), true);
        incidents.register(engine.incidents().stream().map(row -> MultiGauge.Row.of(
                Tags.of("process", row.process(), "type", row.type()), row.count())).toList(), true);
        var outbox = engine.duoOutbox();
        duoOutbox.register(outbox.stream().map(row -> MultiGauge.Row.of(
                Tags.of("process", row.process()), row.waiting())).toList(), true);
        var notifications = cases.notificationBacklog();
        backlog.register(notifications.stream().map(row -> MultiGauge.Row.of(
                Tags.of("source", row.source()), row.count())).toList(), true);

        Map<List<String>, Long> breaches = cases.breaches().stream().collect(Collectors.toUnmodifiableMap(
                row -> List.of(row.gemeente(), row.norm()), CaseCounts.Breaches::count));
        Map<List<String>, Long> failures = cases.deliveryFailures().stream().collect(Collectors.toUnmodifiableMap(
                row -> List.of(row.status(), row.operation()), CaseCounts.DeliveryFailures::count));
        snapshot = new Snapshot(breaches, failures,
                outbox.stream().map(EngineCounts.DuoOutbox::oldest).filter(Objects::nonNull).min(Instant::compareTo)
                        .orElse(null),
                notifications.stream().map(CaseCounts.Backlog::oldest).filter(Objects::nonNull).min(Instant::compareTo)
                        .orElse(null),
                engine.jobs(), clock.instant());
        // a counter per label set, registered when first seen (registering it again makes Micrometer warn)
        breaches.keySet().stream().filter(countedBreaches::add).forEach(key -> FunctionCounter.builder("inburgering.norm.breaches", this,
                metrics -> metrics.snapshot.breaches().getOrDefault(key, 0L))
                .description("Vastgelegde normoverschrijdingen (norm_breach), per gemeente en norm")
                .tags("gemeente", key.get(0), "norm", key.get(1)).register(registry));
        failures.keySet().stream().filter(countedFailures::add).forEach(key -> FunctionCounter.builder("inburgering.duo.delivery.failures", this,
                metrics -> metrics.snapshot.deliveryFailures().getOrDefault(key, 0L))
                .description("Mislukte (MISLUKT) en door DUO afgewezen (AFGEWEZEN) afleverpogingen, per operatie")
                .tags("status", key.get(0), "operation", key.get(1)).register(registry));
    }

    private void jobGauge(String state, Function<EngineCounts.Jobs, Long> count) {
        Gauge.builder("inburgering.jobs", this, metrics -> count.apply(metrics.snapshot.jobs()))
                .description("Jobs van de engine: klaar om te draaien (due), bezig (locked), zonder pogingen over")
                .tags("state", state).register(registry);
    }

    private double ageOf(Instant oldest) {
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
    }
}
