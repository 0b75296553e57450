package nl.inburgeringsregie.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores every message received from outside (COA, later DUO) before it is acknowledged. */
@Repository
public class InboundMessages {

    /** Who sent the message: COA's coupling, the gemeente's own staff, or DUO. */
    public enum Source { COA, GEMEENTE, DUO }

    private final JdbcClient jdbc;
    private final Clock clock;

    public InboundMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long store(Source source, String kind, String payload, String receivedBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO inbound_message (source, kind, payload, received_at, received_by)
                VALUES (?, ?, ?, ?, ?)""")
                .params(source.name(), kind, payload, OffsetDateTime.now(clock), receivedBy)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void linkToCase(long messageId, long caseId) {
        jdbc.sql("UPDATE inbound_message SET case_id = ? WHERE id = ?").params(caseId, messageId).update();
    }

    public int countForCase(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }
}
