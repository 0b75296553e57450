package nl.inburgeringsregie.verwerking.process;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;

/**
 * A task form submitted by a person is a change of the case's person (AVG verwerkingenlogging, issue 21 point 3): every
 * user task of every model, when completed by an authenticated user (Tasklist, the engine's REST API), records one
 * processing action for the case (the process's business key) in the completion's own transaction, so the record and
 * the change are committed together or not at all. Completions without a user (the demo's steps, the engine itself)
 * process nobody's data on someone's behalf and are not recorded. Added when models are parsed, so no model repeats it.
 */
@Component
class FormSubmissionsRecorded extends AbstractBpmnParseListener {

    private final ProcessingLog processing;
    private final IdentityService identityService;

    FormSubmissionsRecorded(ProcessingLog processing, @Lazy IdentityService identityService) {
        this.processing = processing;
        this.identityService = identityService;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addTaskListener(TaskListener.EVENTNAME_COMPLETE, this::recordSubmission);
    }

    private void recordSubmission(DelegateTask task) {
        String user = FormErrors.currentUser(identityService);
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (user != null && caseNumber != null) {
            processing.recordChange(Processing.FORMULIER_INDIENEN, user, List.of(caseNumber));
        }
    }
}
