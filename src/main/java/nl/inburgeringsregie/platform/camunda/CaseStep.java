package nl.inburgeringsregie.platform.camunda;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * One step that writes to the case file, used from a model as an execution listener: on the end of a
 * user task (only a completed task counts: a task cancelled by a boundary event or by the end of its
 * scope is skipped), the take of a flow or the start of an event. Its exceptions reach the caller
 * unwrapped, so a {@code FormFieldValidationException} becomes a 400 with its Dutch message. It can
 * also serve as a task listener where a model needs one.
 */
@FunctionalInterface
public interface CaseStep extends ExecutionListener, TaskListener {

    void apply(DelegateExecution execution) throws Exception;

    @Override
    default void notify(DelegateExecution execution) throws Exception {
        if (!execution.isCanceled()) {
            apply(execution);
        }
    }

    @Override
    default void notify(DelegateTask task) {
        try {
            apply(task.getExecution());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
