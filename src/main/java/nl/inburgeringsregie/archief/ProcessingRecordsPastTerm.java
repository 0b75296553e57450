package nl.inburgeringsregie.archief;

import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The person's processing-log records (verwerkingsactie, verwerkt_object: V27) whose own bewaartermijn has passed
 * (tijdstip + bewaartermijn ≤ now). A record that names other persons too loses only this person's object; one that
 * names nobody else anymore goes whole.
 */
final class ProcessingRecordsPastTerm {

    private ProcessingRecordsPastTerm() {
    }

    /** Deletes them; answers how many of the person's records went. */
    static int delete(JdbcClient jdbc, long personId, OffsetDateTime now) {
        record Row(long objectId, long actionId, OffsetDateTime at, String term) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT o.id AS object_id, a.id AS action_id, a.tijdstip, a.bewaartermijn
                FROM verwerkt_object o JOIN verwerkingsactie a ON a.id = o.actie_id
                WHERE o.soort_object_id = 'persoon-id' AND o.object_id = ?""")
                .param(Long.toString(personId))
                .query((rs, n) -> new Row(rs.getLong("object_id"), rs.getLong("action_id"),
                        rs.getObject("tijdstip", OffsetDateTime.class), rs.getString("bewaartermijn")))
                .list();
        int deleted = 0;
        for (Row row : rows) {
            if (row.at().plus(Period.parse(row.term())).isAfter(now)) {
                continue;
            }
            jdbc.sql("DELETE FROM verwerkt_object WHERE id = ?").param(row.objectId()).update();
            if (jdbc.sql("""
                    SELECT COUNT(*) FROM verwerkt_object WHERE actie_id = ? AND soort_object_id = 'persoon-id'""")
                    .param(row.actionId()).query(Long.class).single() == 0) {
                jdbc.sql("DELETE FROM verwerkt_object WHERE actie_id = ?").param(row.actionId()).update();
                jdbc.sql("DELETE FROM verwerkingsactie WHERE id = ?").param(row.actionId()).update();
            }
            deleted++;
        }
        return deleted;
    }
}
