package nl.inburgeringsregie.pip.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipService;
import nl.inburgeringsregie.pip.PipWithdrawalWorkflow;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * The message {@code PipIngetrokken} ends schakel 4 (the interrupting boundary event on "Inburgeren en participeren");
 * the model removes the PIP and the aanbod at DUO and calls schakel 3 again, whose gateway "Nieuw PIP na intrekking?"
 * goes straight to "PIP opstellen". The form starts from the withdrawn PIP's route, with the reason as its advice.
 */
@Component
class CamundaPipWithdrawalWorkflow implements PipWithdrawalWorkflow {

    /** Routes schakel 3 past the brede intake and the leerbaarheidstoets, which were done (model brede-intake-en-pip). */
    static final String VAR_NEW_PIP_AFTER_WITHDRAWAL = "nieuwPipNaIntrekking";

    private final RuntimeService runtimeService;

    CamundaPipWithdrawalWorkflow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public boolean canWithdraw(String caseNumber) {
        return runtimeService.createEventSubscriptionQuery().eventType("message")
                .eventName(InburgeringProcess.MESSAGE_PIP_INGETROKKEN)
                .processInstanceId(inburgeringId(caseNumber)).count() > 0;
    }

    @Override
    public void withdrawn(String caseNumber, Pip withdrawn, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put(VAR_NEW_PIP_AFTER_WITHDRAWAL, true);
        form.put("wi2013", withdrawn.leerroute() == null);
        form.put("leerroute", withdrawn.leerroute() == null ? null : withdrawn.leerroute().name());
        form.put("adviesLeerroute", withdrawn.leerroute() == null ? null : withdrawn.leerroute().name());
        form.put("adviesLeerrouteNaam", PipService.routeLabel(withdrawn));
        form.put("adviesReden", "Het PIP (versie " + withdrawn.version() + ") is ingetrokken: " + reason
                + ". De leerroute van dat PIP staat voorgevuld.");
        runtimeService.createMessageCorrelation(InburgeringProcess.MESSAGE_PIP_INGETROKKEN)
                .processInstanceId(inburgeringId(caseNumber))
                .setVariables(form)
                .correlateWithResult();
    }

    private String inburgeringId(String caseNumber) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(InburgeringProcess.PROCESS_ID).singleResult();
        return instance == null ? "-" : instance.getId();
    }
}
