package nl.inburgeringsregie.signalering;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * What goes out goes through an outbox with retries (the project's principle): a digest is stored in signal_mail
 * first ({@link #store}), and sent afterwards ({@link #deliver}) through Spring's mail support to the SMTP server of
 * {@code spring.mail.*}. A failed attempt is tried again later, each wait twice the one before
 * ({@code inburgering.signalering.eerste-wachttijd}); after {@code inburgering.signalering.max-pogingen} attempts the
 * mail is MISLUKT and logged once at ERROR, by its number only (no address, no content).
 * <p>
 * Without a mail server ({@code spring.mail.host} empty, as in the demo and the tests) Spring Boot makes no
 * JavaMailSender: nothing is attempted, no error is counted, and the digests stay WACHTEND, readable in the application
 * ({@code GET /api/signalering/mijn-berichten}); configured later, the server gets them on the next round.
 * <p>
 * Two nodes may run the sender at once: a mail is first claimed (its next attempt moved on by a lease) by one
 * UPDATE that only one of them can win.
 */
@Component
class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    /** A claimed mail is left to its claimant for this long (longer than an SMTP timeout). */
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    static final String WACHTEND = "WACHTEND";
    static final String VERZONDEN = "VERZONDEN";
    static final String MISLUKT = "MISLUKT";
    static final String GEEN_ADRES = "GEEN_ADRES";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final int maxAttempts;
    private final Duration firstWait;

    MailOutbox(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> mailSender,
            @Value("${inburgering.signalering.afzender}") String from,
            @Value("${inburgering.signalering.max-pogingen}") int maxAttempts,
            @Value("${inburgering.signalering.eerste-wachttijd}") Duration firstWait) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mailSender = mailSender;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.firstWait = firstWait;
    }

    /** One stored digest as its recipient reads it. */
    record StoredMail(long id, LocalDate digestDay, String address, String subject, String body, String status,
            OffsetDateTime createdAt, OffsetDateTime sentAt, int attempts) {
    }

    /**
     * Stores the day's digest for the recipient, to be sent; false when one is stored already (an earlier run that
     * day, or another node): the unique key (recipient, digest_day) decides, so nothing goes out twice.
     */
    boolean store(String recipient, LocalDate day, String address, DigestText.Mail mail) {
        if (stored(recipient, day)) {
            return false;
        }
        OffsetDateTime now = now();
        try {
            return jdbc.sql("""
                    INSERT INTO signal_mail (recipient, digest_day, address, subject, body, status, created_at,
                                             next_attempt_at, attempts)
                    VALUES (:recipient, :day, :address, :subject, :body, :status, :now, :now, 0)""")
                    .param("recipient", recipient).param("day", day).param("address", address)
                    .param("subject", mail.subject()).param("body", mail.body())
                    .param("status", address == null ? GEEN_ADRES : WACHTEND).param("now", now)
                    .update() == 1;
        } catch (DuplicateKeyException raced) {
            // another node stored it in the meantime
            return false;
        }
    }

    /** Whether the recipient's digest of the day is stored already. */
    boolean stored(String recipient, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM signal_mail WHERE recipient = :recipient AND digest_day = :day")
                .param("recipient", recipient).param("day", day).query(Long.class).single() > 0;
    }

    /** Whether a mail server is configured (spring.mail.host): without it, digests stay stored and WACHTEND. */
    boolean serverConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Every minute (configurable): sends what is due, when a mail server is configured. */
    /**
     * Once across the cluster (platform.cluster.SchedulerLocks); each mail is claimed on its own as well (claim), so
     * a run that outlives its lock still sends no mail twice.
     */
    @Scheduled(cron = "${inburgering.signalering.verzend-cron}", zone = "${inburgering.tijdzone}")
    @SchedulerLock(name = "berichten-verzenden", lockAtMostFor = "PT5M", lockAtLeastFor = "PT5S")
    void deliverScheduled() {
        mailSender.ifAvailable(this::deliver);
    }

    /** Sends the stored mails that are due through the sender; returns how many went out. */
    int deliver(JavaMailSender sender) {
        OffsetDateTime now = now();
        List<Long> due = jdbc.sql("SELECT id FROM signal_mail WHERE status = :status AND next_attempt_at <= :now"
                + " ORDER BY next_attempt_at, id FETCH FIRST " + BATCH + " ROWS ONLY")
                .param("status", WACHTEND).param("now", now).query(Long.class).list();
        int sent = 0;
        for (long id : due) {
            if (claim(id, now)) {
                sent += send(sender, id, now) ? 1 : 0;
            }
        }
        return sent;
    }

    /** The recipient's own digests, newest first. */
    List<StoredMail> of(String recipient, int limit) {
        return jdbc.sql("""
                SELECT id, digest_day, address, subject, body, status, created_at, sent_at, attempts
                FROM signal_mail WHERE recipient = :recipient ORDER BY digest_day DESC, id DESC
                FETCH FIRST %d ROWS ONLY""".formatted(limit))
                .param("recipient", recipient).query(StoredMail.class).list();
    }

    private boolean claim(long id, OffsetDateTime now) {
        return jdbc.sql("UPDATE signal_mail SET next_attempt_at = :lease"
                + " WHERE id = :id AND status = :status AND next_attempt_at <= :now")
                .param("lease", now.plus(LEASE)).param("id", id).param("status", WACHTEND).param("now", now)
                .update() == 1;
    }

    private boolean send(JavaMailSender sender, long id, OffsetDateTime now) {
        var mail = jdbc.sql("SELECT address, subject, body, attempts FROM signal_mail WHERE id = :id").param("id", id)
                .query((row, n) -> new Object[] {row.getString("address"), row.getString("subject"),
                        row.getString("body"), row.getInt("attempts")})
                .single();
        int attempt = (Integer) mail[3] + 1;
        try {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo((String) mail[0]);
            message.setSubject((String) mail[1]);
            message.setText((String) mail[2]);
            sender.send(message);
        } catch (RuntimeException e) { // MailException (server away, refused), or an address it cannot read
            failed(id, attempt, now, e);
            return false;
        }
        jdbc.sql("UPDATE signal_mail SET status = :status, sent_at = :now, attempts = :attempts, last_error = NULL"
                + " WHERE id = :id").param("status", VERZONDEN).param("now", now()).param("attempts", attempt)
                .param("id", id).update();
        return true;
    }

    /**
     * A failed attempt: the error by its kind only (an SMTP server's message may quote the address), a next attempt
     * after twice the previous wait, or MISLUKT after the last, logged once at ERROR.
     */
    private void failed(long id, int attempt, OffsetDateTime now, Exception e) {
        String error = errorKind(e);
        boolean last = attempt >= maxAttempts;
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempt - 1, 20));
        jdbc.sql("UPDATE signal_mail SET status = :status, attempts = :attempts, last_error = :error,"
                + " next_attempt_at = :next WHERE id = :id")
                .param("status", last ? MISLUKT : WACHTEND).param("attempts", attempt).param("error", error)
                .param("next", now.plus(wait)).param("id", id).update();
        if (last) {
            LOG.error("Dagelijks overzicht {} niet verzonden na {} pogingen ({}); het blijft te lezen in de applicatie",
                    id, attempt, error);
        } else {
            LOG.warn("Dagelijks overzicht {} niet verzonden (poging {} van {}, {}); opnieuw over {}", id, attempt,
                    maxAttempts, error, wait);
        }
    }

    static String errorKind(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = root == e ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ")";
        return kind.length() > 200 ? kind.substring(0, 200) : kind;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
