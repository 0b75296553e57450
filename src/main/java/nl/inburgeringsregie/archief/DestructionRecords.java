package nl.inburgeringsregie.archief;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The verklaring van vernietiging: what was destroyed, when, on which list and by whom, without personal data. */
@Component
public class DestructionRecords {

    private final JdbcClient jdbc;

    DestructionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One destroyed case (table destruction_record). */
    public record Record(long lijst, String gemeente, String zaaknummer, String zaaktype, String selectielijstCategorie,
            String selectielijstOmschrijving, String resultaat, String bewaartermijn, LocalDate archiefactiedatum,
            OffsetDateTime vernietigdOp, String voorgesteldDoor, String goedgekeurdDoorCoordinator,
            String goedgekeurdDoorArchivaris, int procesinstanties, int verwerkingsregels) {
    }

    /** The records of the gemeenten, optionally of one list, newest first. */
    public List<Record> of(Collection<String> gemeenten, Long listId) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT list_id, gemeente_code, case_number, case_type, result_category, category_name, closure_reason,
                       retention, action_date, destroyed_at, proposed_by, coordinator_approved_by,
                       archivist_approved_by, process_instances, processing_records
                FROM destruction_record
                WHERE gemeente_code IN (:g) AND (:list = -1 OR list_id = :list)
                ORDER BY destroyed_at DESC, case_number""")
                .param("g", gemeenten).param("list", listId == null ? -1L : listId)
                .query((rs, row) -> new Record(rs.getLong("list_id"), rs.getString("gemeente_code"),
                        rs.getString("case_number"), rs.getString("case_type"), rs.getString("result_category"),
                        rs.getString("category_name"),
                        nl.inburgeringsregie.zaak.ClosureReason.valueOf(rs.getString("closure_reason")).label(),
                        rs.getString("retention"), rs.getObject("action_date", LocalDate.class),
                        rs.getObject("destroyed_at", OffsetDateTime.class), rs.getString("proposed_by"),
                        rs.getString("coordinator_approved_by"), rs.getString("archivist_approved_by"),
                        rs.getInt("process_instances"), rs.getInt("processing_records")))
                .list();
    }
}
