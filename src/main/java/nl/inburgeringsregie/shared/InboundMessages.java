package nl.inburgeringsregie.shared;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.shared.validation.StrictJson;

/** Stores every message received from outside (COA, DUO) before it is acknowledged, refused ones too. */
@Repository
public class InboundMessages {

    /** Who sent a message (COA's coupling, the gemeente's own staff, or DUO); the label is how a timeline names the sender ("Bericht van …"). */
    public enum Source {
        COA("COA"), GEMEENTE("de gemeente"), DUO("DUO");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

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
                .params(source.name(), kind, storable(payload), OffsetDateTime.now(clock), receivedBy)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A message from a system that numbers its messages (DUO's BerichtId): stored once per message id. */
    public record Envelope(Source source, String kind, String messageId, String sender, String recipient,
            String payload, String receivedBy) {
    }

    /**
     * Stores an accepted message as RECEIVED under its key for recognising repeats (the sender's message id, as
     * its rules compare them); throws {@link org.springframework.dao.DuplicateKeyException} when one with the
     * same key is stored.
     */
    public long storeAccepted(Envelope envelope, String dedupKey) {
        return insert(envelope, dedupKey, "ONTVANGEN", null);
    }

    /** Keeps a refused message on record, in a transaction of its own: the refusal rolls back the rest. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long storeRefused(Envelope envelope, String reason) {
        return insert(envelope, null, "AFGEWEZEN", reason);
    }

    public boolean isAccepted(Source source, String dedupKey) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE source = ? AND dedup_key = ?")
                .params(source.name(), dedupKey).query(Integer.class).single() > 0;
    }

    public String payloadOf(long id) {
        return jdbc.sql("SELECT payload FROM inbound_message WHERE id = ?").param(id).query(String.class).single();
    }

    /** A stored message from an organisation as the gemeente may inspect it. */
    public record Received(long id, Source source, String payload, String recipient, OffsetDateTime receivedAt,
            String status, String outcome) {
    }

    public Optional<Received> find(Source source, long id) {
        return jdbc.sql("""
                SELECT id, source, payload, recipient, received_at, status, outcome
                FROM inbound_message WHERE source = ? AND id = ?""")
                .params(source.name(), id)
                .query((row, number) -> new Received(row.getLong("id"), Source.valueOf(row.getString("source")),
                        row.getString("payload"), row.getString("recipient"),
                        row.getObject("received_at", OffsetDateTime.class), row.getString("status"),
                        row.getString("outcome")))
                .optional();
    }

    /** What processing made of the message: its status, an explanation, and the case it concerns. */
    public void processed(long id, String status, String outcome, Long caseId) {
        jdbc.sql("UPDATE inbound_message SET status = ?, outcome = ?, case_id = COALESCE(?, case_id), processed_at = ? WHERE id = ?")
                .params(status, outcome, caseId, OffsetDateTime.now(clock), id).update();
    }

    private long insert(Envelope envelope, String dedupKey, String status, String outcome) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO inbound_message (source, kind, payload, received_at, received_by, message_id, dedup_key,
                                             sender, recipient, status, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(envelope.source().name(), envelope.kind(), storable(envelope.payload()),
                        OffsetDateTime.now(clock), envelope.receivedBy(), storable(envelope.messageId()),
                        storable(dedupKey), storable(envelope.sender()), storable(envelope.recipient()), status,
                        storable(outcome))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Text as a PostgreSQL text column takes it: a NUL character (U+0000), which PostgreSQL refuses, is
     * kept as JSON's escape of it (backslash, u, four zeros), so that a refused message with one is still
     * recorded.
     */
    private static String storable(String text) {
        return StrictJson.visible(text);
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
