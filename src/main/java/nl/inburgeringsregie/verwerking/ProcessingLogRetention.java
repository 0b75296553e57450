package nl.inburgeringsregie.verwerking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The processing log keeps each record for its own bewaartermijn (VNG Verwerkingenlogging: bewaartermijn per action)
 * and then deletes it, objects and all ({@code inburgering.verwerking.opschonen-cron}, Dutch time; "-" switches it
 * off). This is what removes the records of a destroyed case's person that were still within their term when the case
 * went (issue 21, point 4; docs/operations.md, Retention), and every other record past its term.
 */
@Component
public class ProcessingLogRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessingLogRetention.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    ProcessingLogRetention(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Once across the cluster (platform.cluster.SchedulerLocks): a few DELETEs in one transaction. */
    @Scheduled(cron = "${inburgering.verwerking.opschonen-cron}", zone = "${inburgering.tijdzone}")
    @SchedulerLock(name = "verwerkingenlog-opschonen", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        purge();
    }

    /** Deletes every action whose tijdstip + bewaartermijn has passed; answers how many. */
    @Transactional
    public int purge() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int deleted = 0;
        List<String> terms = jdbc.sql("SELECT DISTINCT bewaartermijn FROM verwerkingsactie").query(String.class).list();
        for (String term : terms) {
            OffsetDateTime cutoff = now.minus(Period.parse(term));
            jdbc.sql("""
                    DELETE FROM verwerkt_object WHERE actie_id IN
                        (SELECT id FROM verwerkingsactie WHERE bewaartermijn = ? AND tijdstip <= ?)""")
                    .params(term, cutoff).update();
            deleted += jdbc.sql("DELETE FROM verwerkingsactie WHERE bewaartermijn = ? AND tijdstip <= ?")
                    .params(term, cutoff).update();
        }
        if (deleted > 0) {
            LOG.info("Verwerkingenlog: {} verwerkingsacties na hun bewaartermijn verwijderd", deleted);
        }
        return deleted;
    }
}
