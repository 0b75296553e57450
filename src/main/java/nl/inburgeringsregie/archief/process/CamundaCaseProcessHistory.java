package nl.inburgeringsregie.archief.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.archief.CaseProcessHistory;

/**
 * The engine side of retention: running instances by business key (the case number), the historic instances of a
 * case with their whole hierarchies, and {@link HistoryService#deleteHistoricProcessInstancesIfExists}, which removes
 * the ACT_HI_* rows of those instances and their byte arrays (Camunda 7.24: variables and details, activity and task
 * instances, identity links, incidents, job and external task logs, comments, attachments); the decision instances
 * evaluated in them and their user operation log entries it leaves, so those are deleted first, one by one. It runs without an authenticated user, so the deletion itself writes no
 * user operation log entry (which would otherwise be a new ACT_HI_OP_LOG row of the deleting user); the verklaring
 * van vernietiging records it instead.
 */
@Component
class CamundaCaseProcessHistory implements CaseProcessHistory {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;

    CamundaCaseProcessHistory(RuntimeService runtime, HistoryService history, IdentityService identity) {
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
    }

    @Override
    public boolean hasRunningInstances(String caseNumber) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() > 0;
    }

    @Override
    public List<String> historicInstanceIds(String caseNumber, String processInstanceId) {
        Set<String> roots = new LinkedHashSet<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).list()) {
            roots.add(instance.getRootProcessInstanceId() == null ? instance.getId() : instance.getRootProcessInstanceId());
            roots.add(instance.getId());
        }
        if (processInstanceId != null) {
            roots.add(processInstanceId);
        }
        Set<String> all = new LinkedHashSet<>(roots);
        for (String root : roots) {
            history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list()
                    .forEach(instance -> all.add(instance.getId()));
        }
        return new ArrayList<>(all);
    }

    @Override
    public void deleteHistory(List<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return;
        }
        var who = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            // what deleting the instances leaves (checked by DestructionScenarioTest's scan of every ACT_* table): the
            // decision instances evaluated in them (with their inputs and outputs) and the user operation log of
            // their tasks and variables
            for (String id : processInstanceIds) {
                history.createHistoricDecisionInstanceQuery().processInstanceId(id).list()
                        .forEach(decision -> history.deleteHistoricDecisionInstanceByInstanceId(decision.getId()));
                history.createUserOperationLogQuery().processInstanceId(id).list()
                        .forEach(entry -> history.deleteUserOperationLogEntry(entry.getId()));
            }
            history.deleteHistoricProcessInstancesIfExists(processInstanceIds);
        } finally {
            if (who != null) {
                identity.setAuthentication(who);
            }
        }
    }
}
