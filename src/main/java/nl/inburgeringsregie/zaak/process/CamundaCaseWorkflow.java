package nl.inburgeringsregie.zaak.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.platform.camunda.ProcessVariables;
import nl.inburgeringsregie.zaak.CaseWorkflow;

/** Starts the main process {@code inburgering} with the case number as business key. */
@Component
class CamundaCaseWorkflow implements CaseWorkflow {

    private final RuntimeService runtimeService;

    CamundaCaseWorkflow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public String startInburgering(NewCaseFacts facts) {
        return runtimeService
                .startProcessInstanceByKey(InburgeringProcess.PROCESS_ID, facts.caseNumber(), variables(facts))
                .getId();
    }

    /** Only what the models route on and what the caseworker must see in Tasklist — never the BSN. */
    static Map<String, Object> variables(NewCaseFacts facts) {
        var variables = new HashMap<String, Object>();
        variables.put(ProcessVariables.ZAAKNUMMER, facts.caseNumber());
        variables.put(ProcessVariables.GEMEENTE, facts.gemeenteCode());
        variables.put(ProcessVariables.GEMEENTE_NAAM, facts.gemeenteName());
        variables.put(ProcessVariables.DOELGROEP, facts.doelgroep().name());
        variables.put(ProcessVariables.NAAM, facts.displayName());
        variables.put(ProcessVariables.AZC, facts.azc());
        variables.put(ProcessVariables.KOPPELDATUM, facts.koppeldatum() == null ? null : facts.koppeldatum().toString());
        variables.put(ProcessVariables.TAAL, facts.language());
        variables.put(ProcessVariables.TOLK_NODIG, facts.interpreterNeeded());
        variables.put(ProcessVariables.NAREIZIGER, facts.nareiziger());
        variables.put(ProcessVariables.PIP_OVERGENOMEN, facts.pipTakenOver());
        variables.put(InburgeringVariables.VAR_MOVED_IN, facts.movedIn());
        return variables;
    }
}
