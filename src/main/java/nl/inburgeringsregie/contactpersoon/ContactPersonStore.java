package nl.inburgeringsregie.contactpersoon;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables of this slice (V23): contact_person, case_contact_link, contact_person_message. */
@Component
class ContactPersonStore {

    /** A consulent's details for one gemeente, and what DUO has of them. */
    record Stored(String consulent, String gemeenteCode, ContactDetailsRules.Details details, int version,
            Integer duoId, Integer duoVersion, OffsetDateTime changedAt, String changedBy) {

        boolean registered() {
            return duoId != null;
        }

        boolean upToDateAtDuo() {
            return duoId != null && duoVersion != null && duoVersion == version;
        }
    }

    /** What DUO has linked to a case's person now: the contact person's id (null: none) and whose it is. */
    record Link(Integer duoId, String consulent) {
    }

    /** What the sync needs of a case: its number (DuoOutbound sends by it), consulent, gemeente, and whether open. */
    record CaseState(String caseNumber, String consulent, String gemeenteCode, boolean open) {
    }

    /** One message of the outbox. */
    record Message(long id, String kind, Long caseId, String consulent, String gemeenteCode) {
    }

    private static final String COLUMNS = "consulent, gemeente_code, naam, email, telefoonnummer, version, duo_id, "
            + "duo_version, changed_at, changed_by";

    private final JdbcClient jdbc;

    ContactPersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(String consulent, String gemeenteCode) {
        return query("SELECT " + COLUMNS + " FROM contact_person WHERE consulent = ? AND gemeente_code = ?", consulent,
                gemeenteCode);
    }

    /** As {@link #find}, locking the row until the transaction ends: one registration per contact person. */
    Optional<Stored> lock(String consulent, String gemeenteCode) {
        return query("SELECT " + COLUMNS + " FROM contact_person WHERE consulent = ? AND gemeente_code = ? FOR UPDATE",
                consulent, gemeenteCode);
    }

    /** Saves the details as a new version; returns it. */
    int save(String consulent, String gemeenteCode, ContactDetailsRules.Details details, String by,
            OffsetDateTime now) {
        int updated = jdbc.sql("""
                UPDATE contact_person SET naam = ?, email = ?, telefoonnummer = ?, version = version + 1, changed_at = ?,
                                          changed_by = ?
                WHERE consulent = ? AND gemeente_code = ?""")
                .params(details.naam(), details.email(), details.telefoonnummer(), now, by, consulent, gemeenteCode)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO contact_person (consulent, gemeente_code, naam, email, telefoonnummer, version, changed_at,
                                                changed_by)
                    VALUES (?, ?, ?, ?, ?, 1, ?, ?)""")
                    .params(consulent, gemeenteCode, details.naam(), details.email(), details.telefoonnummer(), now, by)
                    .update();
        }
        return find(consulent, gemeenteCode).orElseThrow().version();
    }

    /** DUO has this version of the details, under its id. */
    void atDuo(String consulent, String gemeenteCode, int duoId, int version) {
        jdbc.sql("UPDATE contact_person SET duo_id = ?, duo_version = ? WHERE consulent = ? AND gemeente_code = ?")
                .params(duoId, version, consulent, gemeenteCode).update();
    }

    /** The link of the case, locked until the transaction ends (created empty when the case has none yet). */
    Link lockLink(long caseId) {
        jdbc.sql("""
                INSERT INTO case_contact_link (case_id)
                SELECT id FROM integration_case WHERE id = ? AND NOT EXISTS (SELECT 1 FROM case_contact_link WHERE case_id = ?)""")
                .params(caseId, caseId).update();
        return jdbc.sql("SELECT duo_id, consulent FROM case_contact_link WHERE case_id = ? FOR UPDATE").param(caseId)
                .query((rs, row) -> new Link((Integer) rs.getObject("duo_id"), rs.getString("consulent"))).single();
    }

    Optional<Link> link(long caseId) {
        return jdbc.sql("SELECT duo_id, consulent FROM case_contact_link WHERE case_id = ?").param(caseId)
                .query((rs, row) -> new Link((Integer) rs.getObject("duo_id"), rs.getString("consulent"))).optional();
    }

    void linked(long caseId, Integer duoId, String consulent, OffsetDateTime now) {
        jdbc.sql("UPDATE case_contact_link SET duo_id = ?, consulent = ?, linked_at = ? WHERE case_id = ?")
                .params(duoId, consulent, duoId == null ? null : now, caseId).update();
    }

    long addMessage(String kind, Long caseId, String consulent, String gemeenteCode, OffsetDateTime now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO contact_person_message (kind, case_id, consulent, gemeente_code, requested_at)
                VALUES (?, ?, ?, ?, ?)""").params(kind, caseId, consulent, gemeenteCode, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * A bundle for the cases (all of one gemeente) and one row per case under it, in two statements whatever the
     * number of cases; returns the bundle's id.
     */
    long addBundle(String kind, java.util.Collection<Long> caseIds, String gemeenteCode, OffsetDateTime now) {
        long bundle = addMessage(BUNDLE, null, null, gemeenteCode, now);
        var parameters = new java.util.HashMap<String, Object>();
        parameters.put("kind", kind);
        parameters.put("gemeente", gemeenteCode);
        parameters.put("now", now);
        parameters.put("bundle", bundle);
        parameters.put("cases", caseIds);
        jdbc.sql("""
                INSERT INTO contact_person_message (kind, case_id, gemeente_code, requested_at, bundle_id)
                SELECT :kind, id, :gemeente, :now, :bundle FROM integration_case WHERE id IN (:cases) ORDER BY id""")
                .params(parameters).update();
        return bundle;
    }

    /** The rows of a bundle, oldest first. */
    List<Long> bundled(long bundleId) {
        return jdbc.sql("SELECT id FROM contact_person_message WHERE bundle_id = ? ORDER BY id").param(bundleId)
                .query(Long.class).list();
    }

    /** The kind of a row that stands for several cases' rows. */
    static final String BUNDLE = "BUNDEL";

    Optional<Message> message(long id) {
        return jdbc.sql("SELECT id, kind, case_id, consulent, gemeente_code FROM contact_person_message WHERE id = ?")
                .param(id).query((rs, row) -> new Message(rs.getLong("id"), rs.getString("kind"),
                        (Long) rs.getObject("case_id", Long.class), rs.getString("consulent"),
                        rs.getString("gemeente_code")))
                .optional();
    }

    void handled(long id, String outcome, OffsetDateTime now) {
        jdbc.sql("UPDATE contact_person_message SET handled_at = ?, outcome = ? WHERE id = ?")
                .params(now, outcome.length() > 200 ? outcome.substring(0, 200) : outcome, id).update();
    }

    /**
     * The open cases of the consulent in the gemeente that DUO does not link to the consulent's contact person yet:
     * they wait for the consulent's details.
     */
    List<Long> waitingCases(String consulent, String gemeenteCode) {
        return jdbc.sql("""
                SELECT c.id FROM integration_case c
                LEFT JOIN case_contact_link l ON l.case_id = c.id
                WHERE c.consulent = ? AND c.gemeente_code = ? AND c.closed_at IS NULL
                  AND (l.duo_id IS NULL OR l.consulent IS NULL OR l.consulent <> ?)
                ORDER BY c.id""").params(consulent, gemeenteCode, consulent).query(Long.class).list();
    }

    CaseState caseState(long caseId) {
        return jdbc.sql("SELECT case_number, consulent, gemeente_code, closed_at FROM integration_case WHERE id = ?")
                .param(caseId).query((rs, row) -> new CaseState(rs.getString("case_number"), rs.getString("consulent"),
                        rs.getString("gemeente_code"), rs.getObject("closed_at") == null))
                .single();
    }

    private Optional<Stored> query(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((rs, row) -> new Stored(rs.getString("consulent"),
                rs.getString("gemeente_code"), new ContactDetailsRules.Details(rs.getString("naam"),
                        rs.getString("email"), rs.getString("telefoonnummer")),
                rs.getInt("version"), (Integer) rs.getObject("duo_id"), (Integer) rs.getObject("duo_version"),
                rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"))).optional();
    }
}
