package nl.inburgeringsregie.archief;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.StartupOrder;
import nl.inburgeringsregie.zaak.ClosureReason;

/**
 * Cases closed before archiving existed (V28) get their archiefnominatie at start, as if determined when they closed:
 * the brondatum is the day they closed, in the application's zone. Idempotent; another node doing the same at once
 * changes nothing.
 */
@Component
class ArchiveBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveBackfill.class);

    private final JdbcClient jdbc;
    private final ArchiveSettings settings;
    private final CaseArchiveRepository archives;
    private final Clock clock;

    ArchiveBackfill(JdbcClient jdbc, ArchiveSettings settings, CaseArchiveRepository archives, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.archives = archives;
        this.clock = clock;
    }

    /** After the demo cases (some of which are closed), before the application says it is ready. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.DEMO_CASES + 1)
    void nominateClosedCasesWithout() {
        int done = 0;
        var closed = jdbc.sql("""
                SELECT id, closed_reason, closed_at FROM integration_case c
                WHERE closed_at IS NOT NULL AND closed_reason IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM case_archive a WHERE a.case_id = c.id)""")
                .query((rs, row) -> new Object[] { rs.getLong("id"), ClosureReason.valueOf(rs.getString("closed_reason")),
                        rs.getObject("closed_at", OffsetDateTime.class) })
                .list();
        for (Object[] aCase : closed) {
            var closedOn = ((OffsetDateTime) aCase[2]).atZoneSameInstant(clock.getZone()).toLocalDate();
            try {
                archives.insertUnlessPresent(ArchiveNominationService.nominate((Long) aCase[0],
                        settings.of((ClosureReason) aCase[1]), closedOn, OffsetDateTime.now(clock)));
                done++;
            } catch (DuplicateKeyException nominatedMeanwhile) {
                // another node was first: its row stands
            }
        }
        if (done > 0) {
            LOG.info("Archiefnominatie bepaald voor {} eerder gesloten zaken", done);
        }
    }
}
