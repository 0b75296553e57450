package nl.inburgeringsregie.monitoring.process;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.monitoring.EngineCounts;

/**
 * The engine's incidents and jobs counted with one grouped query each on Camunda's runtime tables ({@code ACT_RU_*},
 * no table prefix): Camunda's query API counts one process or job definition at a time and groups nothing.
 * <p>
 * The DUO outbox is the jobs of the DUO steps (docs/design.md, "Out, through the outbox"): asynchronous service
 * tasks whose expression calls one of the beans that send to DUO. Which activities those are is read once per
 * process definition from its model and kept (a deployed definition never changes).
 */
@Component
class CamundaEngineCounts implements EngineCounts {

    /** The process beans that send to DUO (duo.process, contactpersoon.process); duoNotificaties only reads. */
    static final Pattern SENDS_TO_DUO = Pattern.compile("\\$\\{(duo|duoUren|duoAanbod|duoContactpersoon)\\.");

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final Clock clock;
    private final Map<String, Set<String>> duoStepsPerDefinition = new ConcurrentHashMap<>();

    CamundaEngineCounts(JdbcClient jdbc, @Lazy ProcessEngine engine, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public List<Incidents> incidents() {
        return jdbc.sql("""
                SELECT p.KEY_ AS process, i.INCIDENT_TYPE_ AS incident_type, COUNT(*) AS incident_count
                FROM ACT_RU_INCIDENT i JOIN ACT_RE_PROCDEF p ON p.ID_ = i.PROC_DEF_ID_
                GROUP BY p.KEY_, i.INCIDENT_TYPE_""")
                .query((row, number) -> new Incidents(row.getString("process"), row.getString("incident_type"),
                        row.getLong("incident_count")))
                .list();
    }

    @Override
    public List<DuoOutbox> duoOutbox() {
        record Waiting(String definition, String process, String activity, long count, Instant oldest) {
        }
        var waiting = jdbc.sql("""
                SELECT d.PROC_DEF_ID_ AS definition_id, d.PROC_DEF_KEY_ AS process, d.ACT_ID_ AS activity,
                       COUNT(*) AS waiting, MIN(j.CREATE_TIME_) AS oldest
                FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_
                WHERE d.JOB_TYPE_ = :type
                GROUP BY d.PROC_DEF_ID_, d.PROC_DEF_KEY_, d.ACT_ID_""")
                .param("type", AsyncContinuationJobHandler.TYPE)
                .query((row, number) -> {
                    Timestamp oldest = row.getTimestamp("oldest");
                    return new Waiting(row.getString("definition_id"), row.getString("process"),
                            row.getString("activity"), row.getLong("waiting"),
                            oldest == null ? null : oldest.toInstant());
                })
                .list();
        Map<String, DuoOutbox> perProcess = new LinkedHashMap<>();
        waiting.stream().filter(step -> duoSteps(step.definition()).contains(step.activity())).forEach(step ->
                perProcess.merge(step.process(), new DuoOutbox(step.process(), step.count(), step.oldest()),
                        (a, b) -> new DuoOutbox(a.process(), a.waiting() + b.waiting(), earliest(a.oldest(), b.oldest()))));
        return List.copyOf(perProcess.values());
    }

    @Override
    public Jobs jobs() {
        var now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                SELECT SUM(CASE WHEN RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND (DUEDATE_ IS NULL OR DUEDATE_ <= :now)
                                     AND (LOCK_EXP_TIME_ IS NULL OR LOCK_EXP_TIME_ < :now) THEN 1 ELSE 0 END) AS due,
                       SUM(CASE WHEN LOCK_EXP_TIME_ >= :now THEN 1 ELSE 0 END) AS locked,
                       SUM(CASE WHEN RETRIES_ = 0 THEN 1 ELSE 0 END) AS no_retries_left
                FROM ACT_RU_JOB""")
                .param("now", now)
                .query((row, number) -> new Jobs(row.getLong("due"), row.getLong("locked"),
                        row.getLong("no_retries_left"), executorActive()))
                .single();
    }

    private boolean executorActive() {
        var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        return executor != null && executor.isActive();
    }

    private Set<String> duoSteps(String definitionId) {
        return duoStepsPerDefinition.computeIfAbsent(definitionId, id -> {
            RepositoryService repository = engine.getRepositoryService();
            return repository.getBpmnModelInstance(id).getModelElementsByType(ServiceTask.class).stream()
                    .filter(task -> task.getCamundaExpression() != null
                            && SENDS_TO_DUO.matcher(task.getCamundaExpression()).lookingAt())
                    .map(ServiceTask::getId)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        });
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
