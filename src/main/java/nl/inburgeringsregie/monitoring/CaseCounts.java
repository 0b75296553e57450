package nl.inburgeringsregie.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.termijn.PausedClocks;

/**
 * The application's own tables counted for the metrics: one grouped query per metric, each on an index
 * ({@code case_deadline_open}, {@code norm_breach}, {@code outbound_message_status}, {@code inbound_message_status}).
 * Gemeenten by their CBS code and norms by their code: no case, no person.
 */
@Component
class CaseCounts {

    /** Open clocks of one gemeente and norm, and how many of them are past their due day (not paused). */
    record Norms(String gemeente, String norm, long open, long late) {
    }

    /** Breaches recorded (norm_breach) of one gemeente and norm, since the start. */
    record Breaches(String gemeente, String norm, long count) {
    }

    /** Attempts to deliver a message to DUO that failed (MISLUKT: DUO away or failing) or DUO refused (AFGEWEZEN). */
    record DeliveryFailures(String status, String operation, long count) {
    }

    /** Notifications received and accepted (ONTVANGEN) whose processing has not finished, per source. */
    record Backlog(String source, long count, Instant oldest) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Norms> norms() {
        return jdbc.sql("""
                SELECT c.gemeente_code, d.norm, COUNT(*) AS open_count,
                       SUM(CASE WHEN d.due_on < :today AND NOT\s""" + PausedClocks.PAUSED_SQL + """
                        THEN 1 ELSE 0 END) AS late_count
                FROM case_deadline d JOIN integration_case c ON c.id = d.case_id
                WHERE d.status = 'OPEN' AND c.closed_at IS NULL
                GROUP BY c.gemeente_code, d.norm""")
                .param("today", LocalDate.now(clock))
                .query((row, number) -> new Norms(row.getString("gemeente_code"), row.getString("norm"),
                        row.getLong("open_count"), row.getLong("late_count")))
                .list();
    }

    List<Breaches> breaches() {
        return jdbc.sql("""
                SELECT c.gemeente_code, b.norm, COUNT(*) AS breach_count
                FROM norm_breach b JOIN integration_case c ON c.id = b.case_id
                GROUP BY c.gemeente_code, b.norm""")
                .query((row, number) -> new Breaches(row.getString("gemeente_code"), row.getString("norm"),
                        row.getLong("breach_count")))
                .list();
    }

    List<DeliveryFailures> deliveryFailures() {
        return jdbc.sql("""
                SELECT status, operation, COUNT(*) AS failure_count FROM outbound_message
                WHERE status IN ('MISLUKT', 'AFGEWEZEN') AND target = 'DUO'
                GROUP BY status, operation""")
                .query((row, number) -> new DeliveryFailures(row.getString("status"), row.getString("operation"),
                        row.getLong("failure_count")))
                .list();
    }

    List<Backlog> notificationBacklog() {
        return jdbc.sql("""
                SELECT source, COUNT(*) AS waiting, MIN(received_at) AS oldest FROM inbound_message
                WHERE status = 'ONTVANGEN'
                GROUP BY source""")
                .query((row, number) -> new Backlog(row.getString("source"), row.getLong("waiting"),
                        instant(row.getObject("oldest", OffsetDateTime.class))))
                .list();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
