package nl.inburgeringsregie.termijn.process;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.termijn.ClockTimers;

/**
 * Moves the clock timers of a case after its deadlines moved. The clock pattern names its timer start
 * events {@code TimerStart_Herinnering_<NORM>} and {@code TimerStart_Verlopen_<NORM>}; their jobs
 * evaluate their expression again and read the new dates from the deadline record.
 */
@Component
class DeadlineTimers implements ClockTimers {

    static final String REMINDER_TIMER_PREFIX = "TimerStart_Herinnering_";
    static final String BREACH_TIMER_PREFIX = "TimerStart_Verlopen_";

    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    DeadlineTimers(RuntimeService runtimeService, ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    @Override
    public void moved(String caseNumber, Collection<String> norms) {
        String[] timers = norms.stream()
                .flatMap(norm -> List.of(REMINDER_TIMER_PREFIX + norm, BREACH_TIMER_PREFIX + norm).stream())
                .toArray(String[]::new);
        for (var instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()) {
            for (var definition : managementService.createJobDefinitionQuery()
                    .processDefinitionId(instance.getProcessDefinitionId()).activityIdIn(timers).list()) {
                managementService.createJobQuery().processInstanceId(instance.getId())
                        .jobDefinitionId(definition.getId()).list().stream().map(Job::getId)
                        .forEach(jobId -> managementService.recalculateJobDuedate(jobId, false));
            }
        }
    }
}
