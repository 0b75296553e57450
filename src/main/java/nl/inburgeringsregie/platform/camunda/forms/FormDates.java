package nl.inburgeringsregie.platform.camunda.forms;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.InvalidInputException;

/**
 * Every date a user types in a task form is stored as ISO text, so timers, conditions, decisions and the case file
 * read one format. A form submitted over HTTP has had its dates read already, with its other fields
 * ({@link InputField}: one 400 for all bad fields); here the (valid) dd-mm-jjjj text is converted. A completion
 * inside the application (a listener, TaskService) is not such a submission: an unreadable or non-text date from it is
 * still refused with a Dutch message at its field, and nothing is written. Added to every user task with a Camunda
 * Form when models are parsed, as the first listener of the task's end — before the model's own listeners read the
 * date, and as an execution listener because the engine wraps what a task listener throws in an English error; the
 * form says which fields are dates ({@link FormFields#dateKeys}). Only top-level fields are read: the gate refuses a
 * date field inside a group or list with a path. Issue 16, point 8.
 */
public class FormDates extends AbstractBpmnParseListener {

    /** Date keys per task of a process version: a deployed form never changes. */
    private final Map<String, Set<String>> dateKeys = new ConcurrentHashMap<>();

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        FormDefinition form = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .getFormDefinition();
        if (form.getCamundaFormDefinitionKey() != null) {
            String task = activity.getId();
            activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
                if (!execution.isCanceled()) {
                    readDates(execution, dateKeys.computeIfAbsent(execution.getProcessDefinitionId() + "/" + task,
                            version -> keysOfForm(execution, form)));
                }
            }, 0);
        }
    }

    private static void readDates(DelegateExecution execution, Set<String> keys) {
        for (String key : keys) {
            Object value = execution.getVariable(key);
            if (value instanceof String text && !text.isBlank()) {
                var date = FormErrors.check(() -> DutchDate.read(text, key));
                execution.setVariable(key, date.toString());
            } else if (value != null && !(value instanceof String)) {
                // A date sent as another type (a REST client's Date, a number) is read by nobody's rules: refused
                FormErrors.check(() -> {
                    throw InvalidInputException.of(key, "Typ de datum als tekst dd-mm-jjjj, bijvoorbeeld 05-11-2026");
                });
            }
        }
    }

    /** The date keys of the task's form, from the deployment of the process version (binding 'deployment'). */
    private static Set<String> keysOfForm(DelegateExecution execution, FormDefinition form) {
        var reference = new CamundaFormRefImpl(String.valueOf(form.getCamundaFormDefinitionKey().getValue(execution)),
                form.getCamundaFormDefinitionBinding());
        String deploymentId = ((ExecutionEntity) execution).getProcessDefinition().getDeploymentId();
        return FormFields.dateKeys(TaskForms.read(Context.getCommandContext(), reference, deploymentId));
    }
}
