package nl.inburgeringsregie.archief;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys one closed case, in one transaction (issue 21, point 4: "case tables, engine history of its process
 * instances and processing records beyond their own term — with a record of what was destroyed, when and by whom (no
 * personal data)"). Every row about the case in our tables ({@link #CASE_TABLES}, children first), the engine history
 * of its process instances, the model-migration outcomes naming them, the case number in stored daily digests, and —
 * when the person has no other case — the person, their v-nummers, the messages naming their BSN, and their household
 * when nobody else is in it. The person's processing-log records whose own bewaartermijn has passed go too; records
 * still within their term stay (AVG art. 5 lid 2: the log accounts for the processing; they name only our internal
 * person id, which after the destruction leads to nobody) and go when their own term ends. One row of the verklaring
 * van vernietiging is written in the same transaction: both or neither.
 */
@Component
class CaseDestruction {

    /**
     * Every table with a {@code case_id} column, in an order the foreign keys allow (ArchiveTablesTest checks that every
     * such table of the schema is here). case_archive goes too: the verklaring keeps what it said.
     */
    static final List<String> CASE_TABLES = List.of("deadline_extension", "norm_breach", "case_deadline",
            "case_suspension", "exam_exemption", "case_reassignment", "case_milestone", "notification_awaiting_person",
            "inbound_message", "inburgeringsaanbod", "followed_hours_month", "followed_hours", "brede_intake_hours",
            "case_contact_link", "contact_person_message", "pip_withdrawal", "pip", "case_report", "sanction",
            "ontzorgen", "fixed_cost_payment", "outbound_message", "exam_result", "outflow", "lbt_examennummer",
            "legal_hold", "destruction_list_case", "case_archive");

    static final String CASE_TYPE = "Inburgering (Wet inburgering 2021)";

    private final JdbcClient jdbc;
    private final CaseProcessHistory engine;
    private final OpenProcedures procedures;
    private final Clock clock;

    CaseDestruction(JdbcClient jdbc, CaseProcessHistory engine, OpenProcedures procedures, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.procedures = procedures;
        this.clock = clock;
    }

    record CaseToDestroy(long id, String caseNumber, long personId, String gemeente, String processInstanceId, boolean open,
            String closureReason, String resultCategory, String categoryName, String retention,
            LocalDate actionDate) {
    }

    /** Destroys the case of the list; answers why not when it may not go (anymore). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> destroy(DestructionList list, long caseId) {
        Optional<CaseToDestroy> found = lockedCase(caseId);
        if (found.isEmpty()) {
            return Optional.of("De zaak bestaat niet meer");
        }
        CaseToDestroy aCase = found.get();
        Optional<String> blocked = procedures.blocking(aCase.id(), aCase.caseNumber(), aCase.open());
        if (blocked.isPresent()) {
            return blocked;
        }
        if (aCase.actionDate().isAfter(LocalDate.now(clock))) {
            return Optional.of("De archiefactiedatum is nog niet bereikt");
        }
        List<String> instances = engine.historicInstanceIds(aCase.caseNumber(), aCase.processInstanceId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        int processingRecords = ProcessingRecordsPastTerm.delete(jdbc, aCase.personId(), now);
        record(list, aCase, instances.size(), processingRecords, now);
        deleteCaseRows(aCase, instances);
        destroyPersonWithoutOtherCases(aCase.personId());
        engine.deleteHistory(instances);
        return Optional.empty();
    }

    /** The case with its archiving, its row locked until the transaction ends (a hold placed meanwhile waits). */
    private Optional<CaseToDestroy> lockedCase(long caseId) {
        return jdbc.sql("""
                SELECT c.id, c.case_number, c.person_id, c.gemeente_code, c.process_instance_id, c.closed_at,
                       c.closed_reason, a.result_category, a.category_name, a.retention, a.action_date
                FROM integration_case c JOIN case_archive a ON a.case_id = c.id
                WHERE c.id = ? FOR UPDATE""")
                .param(caseId)
                .query((rs, row) -> new CaseToDestroy(rs.getLong("id"), rs.getString("case_number"),
                        rs.getLong("person_id"), rs.getString("gemeente_code"), rs.getString("process_instance_id"),
                        rs.getObject("closed_at") == null, rs.getString("closed_reason"),
                        rs.getString("result_category"), rs.getString("category_name"), rs.getString("retention"),
                        rs.getObject("action_date", LocalDate.class)))
                .optional();
    }

    private void deleteCaseRows(CaseToDestroy aCase, List<String> instances) {
        for (String table : CASE_TABLES) {
            deleteOf(table, aCase.id());
        }
        if (!instances.isEmpty()) {
            jdbc.sql("DELETE FROM model_migration_case WHERE case_number = :number OR process_instance_id IN (:ids)")
                    .param("number", aCase.caseNumber()).param("ids", instances).update();
        } else {
            jdbc.sql("DELETE FROM model_migration_case WHERE case_number = ?").param(aCase.caseNumber()).update();
        }
        // the daily digests sent long ago keep their text, without the case number
        jdbc.sql("""
                UPDATE signal_mail SET body = REPLACE(body, :number, 'een vernietigde zaak'),
                                       subject = REPLACE(subject, :number, 'een vernietigde zaak')
                WHERE body LIKE :like OR subject LIKE :like""")
                .param("number", aCase.caseNumber()).param("like", "%" + aCase.caseNumber() + "%").update();
        jdbc.sql("DELETE FROM integration_case WHERE id = ?").param(aCase.id()).update();
    }

    private void deleteOf(String table, long caseId) {
        switch (table) {
            case "notification_awaiting_person" -> jdbc.sql("""
                    DELETE FROM notification_awaiting_person WHERE notification_id IN
                        (SELECT id FROM inbound_message WHERE case_id = ?)""").param(caseId).update();
            default -> jdbc.sql("DELETE FROM " + table + " WHERE case_id = ?").param(caseId).update();
        }
    }

    private void destroyPersonWithoutOtherCases(long personId) {
        if (jdbc.sql("SELECT COUNT(*) FROM integration_case WHERE person_id = ?").param(personId).query(Long.class)
                .single() > 0) {
            return;
        }
        var person = jdbc.sql("SELECT bsn, household_id FROM person WHERE id = ?").param(personId)
                .query((rs, row) -> new Object[] { rs.getString("bsn"), rs.getObject("household_id") }).single();
        String bsn = (String) person[0];
        // messages without a case that name the person (a DUO notification for a person not yet known, say)
        String like = "%" + bsn + "%";
        jdbc.sql("""
                DELETE FROM notification_awaiting_person WHERE notification_id IN
                    (SELECT id FROM inbound_message WHERE case_id IS NULL AND payload LIKE ?)""").param(like).update();
        jdbc.sql("DELETE FROM inbound_message WHERE case_id IS NULL AND payload LIKE ?").param(like).update();
        jdbc.sql("DELETE FROM person_v_number WHERE person_id = ?").param(personId).update();
        jdbc.sql("DELETE FROM person WHERE id = ?").param(personId).update();
        if (person[1] != null) {
            long household = ((Number) person[1]).longValue();
            if (jdbc.sql("SELECT COUNT(*) FROM person WHERE household_id = ?").param(household).query(Long.class)
                    .single() == 0) {
                jdbc.sql("DELETE FROM household WHERE id = ?").param(household).update();
            }
        }
    }

    private void record(DestructionList list, CaseToDestroy aCase, int instances, int processingRecords, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO destruction_record (list_id, gemeente_code, case_number, case_type, result_category,
                    category_name, closure_reason, retention, action_date, destroyed_at, proposed_by,
                    coordinator_approved_by, archivist_approved_by, process_instances, processing_records)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(list.id(), aCase.gemeente(), aCase.caseNumber(), CASE_TYPE, aCase.resultCategory(),
                        aCase.categoryName(), aCase.closureReason(), Period.parse(aCase.retention()).toString(),
                        aCase.actionDate(), now, list.proposedBy(), list.coordinatorApprovedBy(),
                        list.archivistApprovedBy(), instances, processingRecords)
                .update();
    }
}
