package nl.inburgeringsregie.termijn.process;

import java.util.Collection;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.termijn.ClockTimers;
import nl.inburgeringsregie.termijn.Clocks;

/**
 * Moves the clock timers of a case after its deadlines moved: the timer start events of the clock pattern
 * ({@link Clocks#reminderTimer}, {@link Clocks#breachTimer}); their jobs evaluate their expression again and read
 * the new dates from the deadline record.
 */
@Component
class DeadlineTimers implements ClockTimers {

    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    DeadlineTimers(RuntimeService runtimeService, ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    @Override
    public void moved(String caseNumber, Collection<String> norms) {
        String[] timers = norms.stream()
                .flatMap(norm -> Stream.of(Clocks.reminderTimer(norm), Clocks.breachTimer(norm)))
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
