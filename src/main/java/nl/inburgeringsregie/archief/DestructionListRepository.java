package nl.inburgeringsregie.archief;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DestructionListRepository {

    private static final String COLUMNS = """
            id, gemeente_code, status, proposed_by, proposed_at, coordinator_approved_by, coordinator_approved_at,
            archivist_approved_by, archivist_approved_at, rejected_by, rejected_at, rejection_reason, carried_out_at""";

    private final JdbcClient jdbc;

    DestructionListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case on a list, with what the list shows of it (no personal data). */
    record ListedCase(long caseId, String caseNumber, String resultCategory, String categoryName,
            String closureReason, LocalDate actionDate, String outcome, String skipReason) {
    }

    /**
     * The cases of the gemeente that may be destroyed today: nominatie VERNIETIGEN, archiefactiedatum reached, closed,
     * no legal hold in place, no fine awaiting its decision, not on another list still open. Running process instances
     * are checked in the engine afterwards ({@link OpenProcedures}).
     */
    List<ListedCase> candidates(String gemeente, LocalDate today) {
        return jdbc.sql("""
                SELECT c.id, c.case_number, a.result_category, a.category_name, c.closed_reason, a.action_date,
                       NULL AS outcome, NULL AS skip_reason
                FROM integration_case c JOIN case_archive a ON a.case_id = c.id
                WHERE c.gemeente_code = :gemeente AND c.closed_at IS NOT NULL AND a.nomination = 'VERNIETIGEN'
                  AND a.action_date <= :today
                  AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.case_id = c.id AND h.lifted_at IS NULL)
                  AND NOT EXISTS (SELECT 1 FROM sanction s WHERE s.case_id = c.id AND s.kind = 'BOETE'
                                  AND s.decision IS NULL)
                  AND NOT EXISTS (SELECT 1 FROM destruction_list_case lc JOIN destruction_list l ON l.id = lc.list_id
                                  WHERE lc.case_id = c.id AND lc.outcome IS NULL
                                    AND l.status IN ('VOORGESTELD', 'GOEDGEKEURD'))
                ORDER BY a.action_date, c.case_number""")
                .param("gemeente", gemeente).param("today", today)
                .query(DestructionListRepository::listedCase).list();
    }

    long insert(String gemeente, String proposedBy, OffsetDateTime at, Collection<Long> caseIds) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO destruction_list (gemeente_code, status, proposed_by, proposed_at) VALUES (?, ?, ?, ?)")
                .params(gemeente, DestructionList.Status.VOORGESTELD.name(), proposedBy, at).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (long caseId : caseIds) {
            jdbc.sql("INSERT INTO destruction_list_case (list_id, case_id) VALUES (?, ?)").params(id, caseId).update();
        }
        return id;
    }

    Optional<DestructionList> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM destruction_list WHERE id = ?").param(id)
                .query(DestructionListRepository::list).optional();
    }

    /** The list, locked until the transaction ends: two approvals at once are taken one after the other. */
    Optional<DestructionList> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM destruction_list WHERE id = ? FOR UPDATE").param(id)
                .query(DestructionListRepository::list).optional();
    }

    List<DestructionList> ofGemeenten(Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM destruction_list WHERE gemeente_code IN (:g) ORDER BY id DESC")
                .param("g", gemeenten).query(DestructionListRepository::list).list();
    }

    List<ListedCase> cases(long listId) {
        return jdbc.sql("""
                SELECT c.id, c.case_number, a.result_category, a.category_name, c.closed_reason, a.action_date,
                       lc.outcome, lc.skip_reason
                FROM destruction_list_case lc JOIN integration_case c ON c.id = lc.case_id
                JOIN case_archive a ON a.case_id = c.id
                WHERE lc.list_id = ? ORDER BY a.action_date, c.case_number""")
                .param(listId).query(DestructionListRepository::listedCase).list();
    }

    List<Long> casesToDo(long listId) {
        return jdbc.sql("SELECT case_id FROM destruction_list_case WHERE list_id = ? AND outcome IS NULL ORDER BY case_id")
                .param(listId).query(Long.class).list();
    }

    void skipped(long listId, long caseId, String reason) {
        jdbc.sql("UPDATE destruction_list_case SET outcome = 'OVERGESLAGEN', skip_reason = ? WHERE list_id = ? AND case_id = ?")
                .params(reason, listId, caseId).update();
    }

    void approvedAsCoordinator(long id, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE destruction_list SET coordinator_approved_by = ?, coordinator_approved_at = ? WHERE id = ?")
                .params(by, at, id).update();
    }

    void approvedAsArchivist(long id, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE destruction_list SET archivist_approved_by = ?, archivist_approved_at = ? WHERE id = ?")
                .params(by, at, id).update();
    }

    void status(long id, DestructionList.Status status) {
        jdbc.sql("UPDATE destruction_list SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    void rejected(long id, String by, OffsetDateTime at, String reason) {
        jdbc.sql("UPDATE destruction_list SET status = ?, rejected_by = ?, rejected_at = ?, rejection_reason = ? WHERE id = ?")
                .params(DestructionList.Status.AFGEWEZEN.name(), by, at, reason, id).update();
    }

    void carriedOut(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE destruction_list SET status = ?, carried_out_at = ? WHERE id = ?")
                .params(DestructionList.Status.UITGEVOERD.name(), at, id).update();
    }

    private static DestructionList list(ResultSet rs, int row) throws SQLException {
        return new DestructionList(rs.getLong("id"), rs.getString("gemeente_code"),
                DestructionList.Status.valueOf(rs.getString("status")), rs.getString("proposed_by"),
                rs.getObject("proposed_at", OffsetDateTime.class), rs.getString("coordinator_approved_by"),
                rs.getObject("coordinator_approved_at", OffsetDateTime.class), rs.getString("archivist_approved_by"),
                rs.getObject("archivist_approved_at", OffsetDateTime.class), rs.getString("rejected_by"),
                rs.getObject("rejected_at", OffsetDateTime.class), rs.getString("rejection_reason"),
                rs.getObject("carried_out_at", OffsetDateTime.class));
    }

    private static ListedCase listedCase(ResultSet rs, int row) throws SQLException {
        return new ListedCase(rs.getLong("id"), rs.getString("case_number"), rs.getString("result_category"),
                rs.getString("category_name"), rs.getString("closed_reason"),
                rs.getObject("action_date", LocalDate.class), rs.getString("outcome"), rs.getString("skip_reason"));
    }
}
