package nl.inburgeringsregie.platform.camunda;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import nl.inburgeringsregie.platform.camunda.forms.FormDates;

/**
 * A user task is completed only by a member of one of its candidate groups — the work group the model names
 * (DOMAIN.md, "Who works with it": consulenten do the casework, coordinatoren the reviews and escalations) — or
 * by the engine itself (no logged-in user). Being the assignee is not enough: Camunda's default authorization
 * provider gives the assignee work rights, and coordinatoren may assign (TASK_ASSIGN), so a coordinator could
 * assign a consulent task to himself and complete it (security probe, M1). Assigning stays free: a task
 * assigned to a non-member just cannot be completed by him.
 * <p>
 * Added to every user task when models are parsed, so Tasklist, REST and every other way (also signalling the
 * task's execution) are covered. It is the first listener of the task's end, before the model's own listeners
 * and {@link FormDates}, and an execution listener because the engine wraps what a task listener throws in an
 * English error (REST 500); the {@link AuthorizationException} thrown here reaches REST as 403 with its Dutch
 * message, the task stays open and nothing is written (the transaction rolls back). A task ended by an event,
 * a cancellation or a migration is not completed and not checked.
 */
class WorkGroupCompletion extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        Set<Expression> workGroups = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .getCandidateGroupIdExpressions();
        activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
            if (!execution.isCanceled()) {
                checkCompletedByWorkGroup(execution, workGroups);
            }
        }, 0);
    }

    private static void checkCompletedByWorkGroup(DelegateExecution execution, Set<Expression> workGroups) {
        Authentication user = Context.getCommandContext().getAuthentication();
        if (user == null || user.getUserId() == null) {
            return;
        }
        Set<String> candidates = workGroups.stream().flatMap(group -> groupIds(group.getValue(execution)))
                .collect(Collectors.toSet());
        if (Collections.disjoint(candidates, groupsOf(user))) {
            throw new AuthorizationException("Deze taak wordt afgerond door een medewerker van "
                    + (candidates.isEmpty() ? "de groep die het model noemt" : "de groep "
                            + String.join(" of ", candidates.stream().sorted().toList()))
                    + ". U kunt de taak toewijzen aan een medewerker van die groep, maar niet zelf afronden.");
        }
    }

    /** A candidate group expression gives one id, a comma-separated list or a collection, as Camunda reads it. */
    private static Stream<String> groupIds(Object value) {
        if (value instanceof Collection<?> groups) {
            return groups.stream().map(String::valueOf);
        }
        return value == null ? Stream.empty() : Arrays.stream(value.toString().split(",")).map(String::trim);
    }

    /** The groups the login brought along, or, for a user set without them, the groups he is member of. */
    private static List<String> groupsOf(Authentication user) {
        if (user.getGroupIds() != null) {
            return user.getGroupIds();
        }
        var commandContext = Context.getCommandContext();
        return commandContext.runWithoutAuthorization(() -> commandContext.getReadOnlyIdentityProvider()
                .createGroupQuery().groupMember(user.getUserId()).list()).stream().map(Group::getId).toList();
    }
}
