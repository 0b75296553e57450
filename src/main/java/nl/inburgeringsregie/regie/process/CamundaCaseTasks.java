package nl.inburgeringsregie.regie.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.regie.CaseTasks;

/**
 * The tasks of a case from Camunda: one task query and one history query per case page (the
 * subprocesses carry the case number as business key), never one per case in a list; the candidate groups of all the
 * tasks in one query, never one per task (issue 22, point 4).
 */
@Component
class CamundaCaseTasks implements CaseTasks {

    private static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

    private final TaskService taskService;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final ZoneId zone;
    private final JdbcClient jdbc;
    private final String identityLinks;

    CamundaCaseTasks(TaskService taskService, HistoryService historyService, RuntimeService runtimeService,
            ManagementService management, JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.identityLinks = management.getTableName(IdentityLinkEntity.class);
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.zone = clock.getZone();
    }

    @Override
    public List<Taak> open(String caseNumber) {
        var tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .orderByTaskCreateTime().asc().list();
        var groups = groups(tasks.stream().map(Task::getId).toList());
        return tasks.stream()
                .map(task -> new Taak(task.getId(), task.getName(), task.getAssignee(), groups.get(task.getId()),
                        time(task.getCreateTime()), null, time(task.getDueDate()), TASKLIST + task.getId()))
                .toList();
    }

    /**
     * One task query for all the cases, one process-instance query for the business keys (the case numbers) of the
     * instances the tasks belong to; the group only of a task nobody has taken yet.
     */
    @Override
    public Map<String, List<Taak>> open(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        var tasks = taskService.createTaskQuery().processInstanceBusinessKeyIn(caseNumbers.toArray(String[]::new))
                .orderByTaskCreateTime().asc().list();
        if (tasks.isEmpty()) {
            return Map.of();
        }
        Map<String, String> caseOfInstance = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list()
                .stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        var groups = groups(tasks.stream().filter(task -> task.getAssignee() == null).map(Task::getId).toList());
        var open = new LinkedHashMap<String, List<Taak>>();
        for (Task task : tasks) {
            open.computeIfAbsent(caseOfInstance.get(task.getProcessInstanceId()), key -> new ArrayList<>())
                    .add(new Taak(task.getId(), task.getName(), task.getAssignee(),
                            task.getAssignee() == null ? groups.get(task.getId()) : null, time(task.getCreateTime()), null,
                            time(task.getDueDate()), TASKLIST + task.getId()));
        }
        return open;
    }

    @Override
    public List<Taak> done(String caseNumber) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).finished()
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .filter(task -> "completed".equals(task.getDeleteReason()))
                .map(task -> new Taak(task.getId(), task.getName(), task.getAssignee(), null,
                        time(task.getStartTime()), time(task.getEndTime()), null, null))
                .toList();
    }

    /**
     * The candidate group of each task (its first, as the engine lists them), in one query on the engine's identity
     * links (its table name from the engine, prefix included): the Java API asks them one task at a time.
     */
    private Map<String, String> groups(List<String> taskIds) {
        var groups = new java.util.HashMap<String, String>();
        if (taskIds.isEmpty()) {
            return groups;
        }
        jdbc.sql("SELECT TASK_ID_, GROUP_ID_ FROM " + identityLinks + " WHERE TASK_ID_ IN (:tasks) AND TYPE_ = :type"
                + " AND GROUP_ID_ IS NOT NULL ORDER BY ID_")
                .param("tasks", taskIds).param("type", IdentityLinkType.CANDIDATE)
                .query((row, n) -> groups.putIfAbsent(row.getString(1), row.getString(2))).list();
        return groups;
    }

    /** The engine's moment in the application's zone (the clock's), not the server's. */
    private OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
    }
}
