package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's record of messages to DUO ({@code outbound_message}): each attempt with its BerichtId,
 * body and DUO's answer. A delivered message is written in the sending step's transaction; a failed
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

    public void delivered(long caseId, DuoOperation operation, String messageId, String body, int responseStatus) {
        insert(caseId, operation, messageId, body, Status.VERZONDEN, responseStatus, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(long caseId, DuoOperation operation, String messageId, String body, Status status,
            Integer responseStatus, String reason) {
        insert(caseId, operation, messageId, body, status, responseStatus, reason);
    }

    private void insert(long caseId, DuoOperation operation, String messageId, String body, Status status,
            Integer responseStatus, String reason) {
        var now = OffsetDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO outbound_message (target, operation, case_id, body, status, attempts, created_at,
                                              sent_at, last_error, message_id, response_status)
                VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)""")
                .params(TARGET, operation.name(), caseId, body, status.name(), now,
                        status == Status.VERZONDEN ? now : null, truncate(reason), messageId, responseStatus)
                .update();
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    }
}
