package nl.inburgeringsregie.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.casefile.DutchDate;
import nl.inburgeringsregie.models.gate.FormFields;

/**
 * Every date a user types in a task form is read here, once, strictly: dd-mm-jjjj (or ISO jjjj-mm-dd), anything
 * else is refused with a Dutch message at its field (Tasklist shows it, the task stays open, nothing is written).
 * The date is then stored as ISO text, so timers, conditions, decisions and the case file read one format.
 * Added to every user task with a Camunda Form when models are parsed; the form says which fields are dates
 * ({@link FormFields#dateKeys}). Issue 16, point 8.
 */
class FormDates extends AbstractBpmnParseListener {

    private final ObjectMapper json = new ObjectMapper();
    /** Date keys per task of a process version: a deployed form never changes. */
    private final Map<String, Set<String>> dateKeys = new ConcurrentHashMap<>();

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var taskDefinition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        if (taskDefinition.getFormDefinition().getCamundaFormDefinitionKey() != null) {
            taskDefinition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, this::readDates);
        }
    }

    private void readDates(DelegateTask task) {
        Set<String> keys = dateKeys.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                version -> keysOfForm(task));
        for (String key : keys) {
            if (task.getVariable(key) instanceof String text && !text.isBlank()) {
                var date = FormErrors.check(() -> DutchDate.read(text, key));
                task.setVariable(key, date.toString());
            }
        }
    }

    private Set<String> keysOfForm(DelegateTask task) {
        var formService = task.getProcessEngineServices().getFormService();
        try (InputStream form = Context.getCommandContext()
                .runWithoutAuthorization(() -> formService.getDeployedTaskForm(task.getId()))) {
            return FormFields.dateKeys(json.readTree(form));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
