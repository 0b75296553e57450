package nl.inburgeringsregie.zaak.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.zaak.CaseFileService;

/**
 * One consulent per inburgeraar ("één gezin, één plan"): every consulent task of a case goes straight
 * to the case's consulent, and the first consulent who completes a task of a case without one becomes
 * it. Added to every user task for the group consulenten when models are parsed, so no model has to
 * repeat it; coordinators can still hand a task to someone else. The engine configuration adds every parse
 * listener bean between its own form and work-group listeners.
 */
@Component
class CaseConsulentAssignment extends AbstractBpmnParseListener {

    private final CaseFileService caseFile;
    private final IdentityService identityService;

    CaseConsulentAssignment(CaseFileService caseFile, @Lazy IdentityService identityService) {
        this.caseFile = caseFile;
        this.identityService = identityService;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var taskDefinition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        boolean forConsulenten = taskDefinition.getCandidateGroupIdExpressions().stream()
                .map(Expression::getExpressionText)
                .anyMatch(Groups.CONSULENTEN::equals);
        if (forConsulenten) {
            taskDefinition.addTaskListener(TaskListener.EVENTNAME_CREATE, this::assignToCaseConsulent);
            taskDefinition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, this::claimCase);
        }
    }

    private void assignToCaseConsulent(DelegateTask task) {
        if (task.getAssignee() == null) {
            caseFile.consulentOf(task.getExecution().getProcessBusinessKey()).ifPresent(task::setAssignee);
        }
    }

    private void claimCase(DelegateTask task) {
        String user = task.getAssignee() != null ? task.getAssignee() : FormErrors.currentUser(identityService);
        caseFile.claimConsulent(task.getExecution().getProcessBusinessKey(), user);
    }
}
