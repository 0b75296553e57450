package nl.inburgeringsregie.zaak;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class HouseholdRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    public HouseholdRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The id of the household with this reference, created on first use. */
    public long findOrCreate(String reference) {
        return jdbc.sql("SELECT id FROM household WHERE reference = ?")
                .param(reference)
                .query(Long.class)
                .optional()
                .orElseGet(() -> insert(reference));
    }

    public boolean exists(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM household WHERE reference = ?").param(reference)
                .query(Integer.class).single() > 0;
    }

    private long insert(String reference) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO household (reference, created_at) VALUES (?, ?)")
                .params(reference, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
