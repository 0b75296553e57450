package nl.inburgeringsregie.signalering;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.termijn.PausedClocks;

/**
 * The clocks the digests and the in-app count tell about, read from the application's tables (case_deadline,
 * integration_case), never from the engine, by the rule of {@link DigestRule}: open clocks of open cases, not paused
 * ({@link PausedClocks#PAUSED_SQL}), whose reminder day has come (due within the gemeente's lead time, or late).
 */
@Component
class DigestSelection {

    private static final String FROM = """
            FROM case_deadline d
            JOIN integration_case c ON c.id = d.case_id
            JOIN gemeente g ON g.code = c.gemeente_code
            WHERE d.status = 'OPEN' AND c.closed_at IS NULL AND NOT\s""" + PausedClocks.PAUSED_SQL;

    private static final String COLUMNS = "SELECT c.case_number, c.gemeente_code, g.name AS gemeente_name, d.norm,"
            + " d.round, d.due_on, d.remind_on, c.consulent ";

    private final JdbcClient jdbc;

    DigestSelection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Late and due-soon clocks of every case with a consulent, for the consulenten's digests. */
    List<DueClock> consulentClocks(LocalDate today) {
        return jdbc.sql(COLUMNS + FROM + " AND c.consulent IS NOT NULL AND d.remind_on <= :today"
                + " ORDER BY c.consulent, d.due_on, c.case_number, d.norm")
                .param("today", today).query(DueClock.class).list();
    }

    /**
     * The clocks that became late since the previous digest (made on {@code since}): due on a day from {@code since} up
     * to yesterday (a clock is late from the day after its due day), still open and not paused. For the coordinatoren's
     * digests.
     */
    List<DueClock> newBreaches(LocalDate since, LocalDate today) {
        return jdbc.sql(COLUMNS + FROM + " AND d.due_on >= :since AND d.due_on < :today"
                + " ORDER BY g.name, d.due_on, c.case_number, d.norm")
                .param("since", since).param("today", today).query(DueClock.class).list();
    }

    /** Late and due-soon clocks in the gemeenten, only of the consulent's own cases when {@code consulent} is given. */
    Counts counts(Set<String> gemeenten, String consulent, LocalDate today) {
        if (gemeenten.isEmpty()) {
            return new Counts(0, 0);
        }
        var query = jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN d.due_on < :today THEN 1 ELSE 0 END), 0) AS late,
                       COALESCE(SUM(CASE WHEN d.due_on >= :today THEN 1 ELSE 0 END), 0) AS soon
                """ + FROM + " AND d.remind_on <= :today AND c.gemeente_code IN (:gemeenten)"
                + (consulent == null ? "" : " AND c.consulent = :consulent"))
                .param("today", today).param("gemeenten", gemeenten);
        if (consulent != null) {
            query = query.param("consulent", consulent);
        }
        return query.query((row, n) -> new Counts(row.getLong("late"), row.getLong("soon"))).single();
    }

    record Counts(long late, long soon) {
    }
}
