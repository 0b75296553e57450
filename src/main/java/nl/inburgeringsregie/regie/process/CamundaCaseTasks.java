package nl.inburgeringsregie.regie.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.regie.CaseTasks;

/**
 * The tasks of a case from Camunda: one task query and one history query per case page (the
 * subprocesses carry the case number as business key), never one per case in a list.
 */
@Component
class CamundaCaseTasks implements CaseTasks {

    private static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

    private final TaskService taskService;
    private final HistoryService historyService;
    private final ZoneId zone;

    CamundaCaseTasks(TaskService taskService, HistoryService historyService, Clock clock) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.zone = clock.getZone();
    }

    @Override
    public List<Taak> open(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .orderByTaskCreateTime().asc().list().stream()
                .map(task -> new Taak(task.getId(), task.getName(), task.getAssignee(), group(task.getId()),
                        time(task.getCreateTime()), null, time(task.getDueDate()), TASKLIST + task.getId()))
                .toList();
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

    private String group(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).findFirst().orElse(null);
    }

    /** The engine's moment in the application's zone (the clock's), not the server's. */
    private OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
    }
}
