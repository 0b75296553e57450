package nl.inburgeringsregie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/** For tests of two transactions at once: waits until one of them waits for a lock the other holds. */
public final class LockWaits {

    private LockWaits() {
    }

    /** Until another session waits for a lock (H2: it has a blocker; PostgreSQL: a lock not granted), at most 30 s. */
    public static void awaitBlockedSession(DataSource dataSource) {
        var database = new JdbcTemplate(dataSource);
        String product = database.execute((java.sql.Connection connection) -> connection.getMetaData()
                .getDatabaseProductName());
        String waiting = "PostgreSQL".equals(product) ? "SELECT COUNT(*) FROM pg_locks WHERE NOT granted"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (database.queryForObject(waiting, Integer.class) == 0) {
            assertThat(System.nanoTime()).as("another transaction waits for a lock").isLessThan(until);
            Thread.onSpinWait();
        }
    }
}
