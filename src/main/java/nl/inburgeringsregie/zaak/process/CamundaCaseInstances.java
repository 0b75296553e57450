package nl.inburgeringsregie.zaak.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.zaak.CaseInstances;

/**
 * Suspends and activates the case's process instances through the engine's suspension state: the main process
 * (business key: the case number) and every instance it called. A suspended
 * instance's jobs (timers, asynchronous steps) are not acquired, its tasks cannot be completed (Tasklist: "De taak is
 * momenteel opgeschort") and message correlation skips it (only active executions are matched).
 */
@Component
class CamundaCaseInstances implements CaseInstances {

    private final RuntimeService runtimeService;
    private final ProcessEngine engine;

    CamundaCaseInstances(RuntimeService runtimeService, ProcessEngine engine) {
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    @Override
    public void suspend(String caseNumber) {
        List<String> active = ids(caseInstances(caseNumber).stream().filter(instance -> !instance.isSuspended()).toList());
        if (!active.isEmpty()) {
            runtimeService.updateProcessInstanceSuspensionState().byProcessInstanceIds(active).suspend();
        }
    }

    /**
     * Activates in a transaction of its own, committed before the caller goes on: a message correlated next in the
     * caller's command (DUO's decision about a suspended case) finds only executions the database knows as active,
     * and the caller's command would write the activation only when it ends. Should the caller fail afterwards, the
     * instances run while the case file still says suspended; processing the notification again ends the suspension.
     */
    @Override
    public void activate(String caseNumber) {
        ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequiresNew().execute(context -> {
            List<String> suspended = ids(caseInstances(caseNumber).stream().filter(ProcessInstance::isSuspended).toList());
            if (!suspended.isEmpty()) {
                runtimeService.updateProcessInstanceSuspensionState().byProcessInstanceIds(suspended).activate();
            }
            return null;
        });
    }

    /**
     * The main process of the case and every instance it called, at any depth — not the processing of a DUO
     * notification about the case, which carries the case number too and must go on (its signal task included).
     */
    private List<ProcessInstance> caseInstances(String caseNumber) {
        List<ProcessInstance> found = new ArrayList<>(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).processDefinitionKey(InburgeringProcess.PROCESS_ID).list());
        for (int i = 0; i < found.size(); i++) {
            found.addAll(runtimeService.createProcessInstanceQuery().superProcessInstanceId(found.get(i).getId()).list());
        }
        return found;
    }

    private static List<String> ids(List<ProcessInstance> instances) {
        return instances.stream().map(ProcessInstance::getId).toList();
    }
}
