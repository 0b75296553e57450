package nl.inburgeringsregie.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling for the metrics' refresh ({@link ApplicationMetrics}); a cron of "-" switches it off (the tests). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MonitoringScheduling {
}
