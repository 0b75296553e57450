package nl.inburgeringsregie.signalering;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduling for the daily digest ({@link DeadlineDigest}) and the outbox's sender ({@link MailOutbox}); a cron of
 * "-" switches either off (the tests run them by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SignaleringScheduling {
}
