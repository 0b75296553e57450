package nl.inburgeringsregie.signalering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.inburgeringsregie.shared.People;

/**
 * The daily digest (issue 19, point 6: "Each consulent gets a daily digest of clocks due within the gemeente's
 * reminder lead time and of breaches; coordinators a digest of new breaches per gemeente"). The seeds ask for no
 * reminder in so many words; DOMAIN.md has the coordinator "watch service-level timers across all cases", and the
 * lead time is the gemeente's configuration per norm (gemeente_norm.reminder_before), read through the reminder day the
 * one deadline mechanism keeps ({@link DigestRule}).
 * <ul>
 * <li>a consulent (the case's consulent, integration_case.consulent): every open, unpaused clock of their cases that is
 * late or whose reminder day has come;</li>
 * <li>a coordinator: per gemeente they coordinate (group coordinatoren and the gemeente's tenant, as
 * {@link People#coordinatorenOf}), the clocks that became late since the previous run (DigestSelection#newBreaches);
 * on the first run ever every late clock is new to them.</li>
 * </ul>
 * One mail per person and day, both parts in one when someone is both; none when there is nothing to tell. Stored in
 * the outbox ({@link MailOutbox}), whose unique key makes a second run that day (or a run on another node) store and
 * send nothing.
 */
@Component
class DeadlineDigest {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineDigest.class);

    private final DigestSelection selection;
    private final MailOutbox outbox;
    private final People people;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String baseUrl;

    DeadlineDigest(DigestSelection selection, MailOutbox outbox, People people, JdbcClient jdbc, Clock clock,
            @Value("${inburgering.signalering.basis-url}") String baseUrl) {
        this.selection = selection;
        this.outbox = outbox;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Daily at 07:00 Dutch time by default ({@code inburgering.signalering.overzicht-cron}). */
    @Scheduled(cron = "${inburgering.signalering.overzicht-cron}", zone = "${inburgering.tijdzone}")
    // Once across the cluster (platform.cluster.SchedulerLocks), the daily run and the one at the start
    // (DeadlineDigestAtStart) alike; it only stores digests (MailOutbox sends them), a second run the same day nothing
    @SchedulerLock(name = "dagelijks-overzicht-maken", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        int stored = run();
        LOG.info("Dagelijks overzicht van de termijnen: {} berichten klaargezet", stored);
    }

    /** Composes and stores today's digests; returns how many were stored (0 on a second run the same day). */
    int run() {
        LocalDate today = LocalDate.now(clock);
        LocalDate since = previousRun(today);
        Map<String, List<DueClock>> own = selection.consulentClocks(today).stream()
                .collect(Collectors.groupingBy(DueClock::consulent, LinkedHashMap::new, Collectors.toList()));
        // per coordinator: per gemeente name (sorted), the new breaches of that gemeente
        var breaches = new LinkedHashMap<String, Map<String, List<DueClock>>>();
        var consulenten = new LinkedHashSet<String>();
        selection.newBreaches(since, today).stream()
                .collect(Collectors.groupingBy(DueClock::gemeenteCode, LinkedHashMap::new, Collectors.toList()))
                .forEach((gemeente, clocks) -> {
                    clocks.forEach(clock -> consulenten.add(clock.consulent()));
                    for (String coordinator : people.coordinatorenOf(gemeente).keySet()) {
                        breaches.computeIfAbsent(coordinator, key -> new TreeMap<>())
                                .put(clocks.get(0).gemeenteName(), clocks);
                    }
                });
        var recipients = new ArrayList<String>(own.keySet());
        breaches.keySet().stream().filter(id -> !own.containsKey(id)).forEach(recipients::add);
        var ids = new LinkedHashSet<String>(recipients);
        ids.addAll(consulenten);
        Map<String, String> names = people.names(ids);
        Map<String, String> addresses = people.emailAddresses(recipients);
        int stored = 0;
        for (String recipient : recipients) {
            if (outbox.stored(recipient, today)) {
                continue;
            }
            var mail = DigestText.compose(names.getOrDefault(recipient, recipient), today,
                    own.getOrDefault(recipient, List.of()), breaches.getOrDefault(recipient, Map.of()), names, baseUrl);
            stored += outbox.store(recipient, today, addresses.get(recipient), mail) ? 1 : 0;
        }
        recordRun(today);
        return stored;
    }

    /** The day of the previous run before today; the first day there is when there was none (all breaches are new). */
    private LocalDate previousRun(LocalDate today) {
        LocalDate previous = jdbc.sql("SELECT MAX(digest_day) FROM signal_digest_run WHERE digest_day < :today")
                .param("today", today).query(LocalDate.class).optional().orElse(null);
        return previous == null ? LocalDate.of(1900, 1, 1) : previous;
    }

    private void recordRun(LocalDate today) {
        boolean ran = jdbc.sql("SELECT COUNT(*) FROM signal_digest_run WHERE digest_day = :today").param("today", today)
                .query(Long.class).single() > 0;
        if (!ran) {
            try {
                jdbc.sql("INSERT INTO signal_digest_run (digest_day, ran_at) VALUES (:today, :now)")
                        .param("today", today).param("now", OffsetDateTime.now(clock)).update();
            } catch (DuplicateKeyException raced) {
                // another node recorded the same day
            }
        }
    }
}
