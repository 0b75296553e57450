package nl.inburgeringsregie.platform.cluster;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Cluster (issue 22, point 1): every scheduled run of ours (and its run at the start, "bij-start") runs once across
 * the nodes that share the database. A method with {@code @SchedulerLock} runs only on the node that takes its row in
 * table {@code shedlock}; a node that finds the row taken skips that run. The time is the database's, so the nodes'
 * clocks need not agree. Each lock's {@code lockAtMostFor} is well above the longest run (a lost node's lock frees
 * itself then); {@code lockAtLeastFor} keeps a node whose clock runs a little behind from running the same cron run
 * again right after. The metrics refresh (monitoring.ApplicationMetrics) is not locked: every node answers its own
 * scrapes. Camunda's jobs need none of this: the engine's own job locking shares them (docs/operations.md, "Cluster").
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = SchedulerLocks.DEFAULT_AT_MOST)
public class SchedulerLocks {

    /** For a run that names no lock time of its own; every lock names one (ScheduledRunsAreLockedTest). */
    static final String DEFAULT_AT_MOST = "PT30M";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
