package nl.inburgeringsregie.models.migration;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code model_migration} and {@code model_migration_case}. */
@Repository
class MigrationRuns {

    static final String DRY_RUN = "PROEF";
    static final String MIGRATION = "MIGRATIE";

    /** One migration as stored. */
    record Run(long id, String processKey, String sourceDefinitionId, int sourceVersion, String targetDefinitionId,
            int targetVersion, String instructions, boolean updateEventTriggers, String plan, String gemeenten,
            String status, String failure, String requestedBy, OffsetDateTime requestedAt, String confirmedBy,
            OffsetDateTime confirmedAt, OffsetDateTime finishedAt, OffsetDateTime heartbeatAt) {

        Set<String> gemeenteSet() {
            return gemeenten.isBlank() ? Set.of() : Set.of(gemeenten.split(","));
        }
    }

    /** The outcome of one process instance in one phase. */
    record CaseOutcome(String processInstanceId, String caseNumber, String tenantId, String waitingAt, String outcome,
            String message) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MigrationRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(String processKey, String sourceDefinitionId, int sourceVersion, String targetDefinitionId,
            int targetVersion, String instructions, boolean updateEventTriggers, String plan,
            Collection<String> gemeenten, String status, String requestedBy) {
        var now = now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO model_migration (process_key, source_definition_id, source_version, target_definition_id,
                    target_version, instructions, update_event_triggers, plan, gemeenten, status, requested_by,
                    requested_at, heartbeat_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(processKey, sourceDefinitionId, sourceVersion, targetDefinitionId, targetVersion, instructions,
                        updateEventTriggers, plan, String.join(",", gemeenten.stream().sorted().toList()), status,
                        requestedBy, now, now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Run> find(long id) {
        return jdbc.sql("SELECT * FROM model_migration WHERE id = ?").param(id).query(Run.class).optional();
    }

    List<Run> latest(int limit) {
        return jdbc.sql("SELECT * FROM model_migration ORDER BY id DESC LIMIT ?").param(limit).query(Run.class).list();
    }

    /** The runs of a source version in one of the states given. */
    List<Run> ofSource(String sourceDefinitionId, Set<String> statuses) {
        return jdbc.sql("SELECT * FROM model_migration WHERE source_definition_id = :source AND status IN (:statuses)")
                .param("source", sourceDefinitionId).param("statuses", List.copyOf(statuses)).query(Run.class).list();
    }

    /** Moves the run to {@code to} if it is in one of {@code from}; false when another request was first. */
    boolean transition(long id, Set<String> from, String to) {
        return jdbc.sql("UPDATE model_migration SET status = :to, heartbeat_at = :now WHERE id = :id AND status IN (:from)")
                .param("to", to).param("now", now()).param("id", id).param("from", List.copyOf(from))
                .update() == 1;
    }

    /** Takes over a run in {@code status} whose heartbeat is older than {@code staleBefore}; false if it still beats. */
    boolean claimStale(long id, String status, OffsetDateTime staleBefore) {
        return jdbc.sql("""
                UPDATE model_migration SET heartbeat_at = :now
                WHERE id = :id AND status = :status AND heartbeat_at < :staleBefore""")
                .param("now", now()).param("id", id).param("status", status).param("staleBefore", staleBefore)
                .update() == 1;
    }

    void confirm(long id, String user) {
        jdbc.sql("UPDATE model_migration SET confirmed_by = ?, confirmed_at = ?, finished_at = NULL, failure = NULL WHERE id = ?")
                .params(user, now(), id).update();
    }

    void finish(long id, String status, String failure) {
        var now = now();
        jdbc.sql("UPDATE model_migration SET status = ?, failure = ?, finished_at = ?, heartbeat_at = ? WHERE id = ?")
                .params(status, cut(failure, 2000), now, now, id).update();
    }

    /** Records the outcomes of one batch; a repeated instance of the same phase replaces its earlier outcome. */
    void record(long id, String phase, List<CaseOutcome> outcomes) {
        var now = now();
        for (CaseOutcome outcome : outcomes) {
            jdbc.sql("DELETE FROM model_migration_case WHERE migration_id = ? AND phase = ? AND process_instance_id = ?")
                    .params(id, phase, outcome.processInstanceId()).update();
            jdbc.sql("""
                    INSERT INTO model_migration_case (migration_id, phase, process_instance_id, case_number, tenant_id,
                        outcome, waiting_at, message, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, phase, outcome.processInstanceId(), cut(outcome.caseNumber(), 255), outcome.tenantId(),
                            outcome.outcome(), cut(outcome.waitingAt(), 2000), cut(outcome.message(), 4000), now)
                    .update();
        }
        jdbc.sql("UPDATE model_migration SET heartbeat_at = ? WHERE id = ?").params(now, id).update();
    }

    /** Outcome → number of instances of the gemeenten given, for one phase. */
    Map<String, Long> counts(long id, String phase, Set<String> gemeenten) {
        Map<String, Long> counts = new HashMap<>();
        if (gemeenten.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT outcome, COUNT(*) AS n FROM model_migration_case
                WHERE migration_id = :id AND phase = :phase AND tenant_id IN (:gemeenten) GROUP BY outcome""")
                .param("id", id).param("phase", phase).param("gemeenten", List.copyOf(gemeenten))
                .query((row, number) -> counts.put(row.getString("outcome"), row.getLong("n"))).list();
        return counts;
    }

    /**
     * One page of the instances of the gemeenten given (ordered by case number) with the outcome of each phase:
     * instance id → phase → outcome. With {@code outcome}, only instances that had it in some phase.
     */
    Map<String, Map<String, CaseOutcome>> cases(long id, Set<String> gemeenten, String outcome, int page, int size) {
        Map<String, Map<String, CaseOutcome>> result = new LinkedHashMap<>();
        if (gemeenten.isEmpty()) {
            return result;
        }
        List<String> instances = jdbc.sql("""
                SELECT process_instance_id FROM model_migration_case
                WHERE migration_id = :id AND tenant_id IN (:gemeenten)
                  AND (CAST(:outcome AS VARCHAR(20)) IS NULL OR outcome = :outcome)
                GROUP BY process_instance_id ORDER BY MIN(case_number) NULLS LAST, process_instance_id
                LIMIT :size OFFSET :offset""")
                .param("id", id).param("gemeenten", List.copyOf(gemeenten)).param("outcome", outcome)
                .param("size", size).param("offset", (long) page * size)
                .query((row, number) -> row.getString("process_instance_id")).list();
        instances.forEach(instance -> result.put(instance, new LinkedHashMap<>()));
        if (instances.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT phase, process_instance_id, case_number, tenant_id, waiting_at, outcome, message
                FROM model_migration_case WHERE migration_id = :id AND process_instance_id IN (:instances)""")
                .param("id", id).param("instances", new ArrayList<>(instances))
                .query((row, number) -> result.get(row.getString("process_instance_id")).put(row.getString("phase"),
                        new CaseOutcome(row.getString("process_instance_id"), row.getString("case_number"),
                                row.getString("tenant_id"), row.getString("waiting_at"), row.getString("outcome"),
                                row.getString("message"))))
                .list();
        return result;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
