package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of messages to DUO ({@code outbound_message}): each attempt with its BerichtId, body and DUO's
 * answer, under its case (or only its gemeente, for a message about no person). A delivered message is written in the sending step's transaction; a failed
 * attempt in a transaction of its own, so it stays on record although the step rolls back and retries.
 */
@Repository
public class DuoMessageLog {

    static final String TARGET = "DUO";

    /** What became of an attempt. */
    public enum Status { VERZONDEN, MISLUKT, AFGEWEZEN }

    private final JdbcClient jdbc;
    private final Clock clock;

    DuoMessageLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Who sent a message: the case it is about and the gemeente whose OIN was its Bron. A message about no person
     * ({@code POST /contactpersonen}, {@code GET /instellingen}) has no case (V19).
     */
    public record Sender(Long caseId, String gemeenteCode) {

        public static Sender ofCase(long caseId, String gemeenteCode) {
            return new Sender(caseId, gemeenteCode);
        }

        public static Sender ofGemeente(String gemeenteCode) {
            return new Sender(null, gemeenteCode);
        }
    }

    public void delivered(long caseId, DuoOperation operation, String messageId, String body, int responseStatus) {
        delivered(new Sender(caseId, null), operation, messageId, body, responseStatus);
    }

    public void delivered(Sender sender, DuoOperation operation, String messageId, String body, int responseStatus) {
        insert(sender, operation, messageId, body, Status.VERZONDEN, responseStatus, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(long caseId, DuoOperation operation, String messageId, String body, Status status,
            Integer responseStatus, String reason) {
        insert(new Sender(caseId, null), operation, messageId, body, status, responseStatus, reason);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(Sender sender, DuoOperation operation, String messageId, String body, Status status,
            Integer responseStatus, String reason) {
        insert(sender, operation, messageId, body, status, responseStatus, reason);
    }

    private void insert(Sender sender, DuoOperation operation, String messageId, String body, Status status,
            Integer responseStatus, String reason) {
        var now = OffsetDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO outbound_message (target, operation, case_id, gemeente_code, body, status, attempts,
                                              created_at, sent_at, last_error, message_id, response_status)
                VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)""")
                .params(TARGET, operation.name(), sender.caseId(), sender.gemeenteCode(), body, status.name(), now,
                        status == Status.VERZONDEN ? now : null, truncate(reason), messageId, responseStatus)
                .update();
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    }
}
