package nl.inburgeringsregie.duo.process;

import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.duo.CaseMessages;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/** Correlates DUO's news with the case's process instance by its business key, the case number. */
@Component
class CamundaCaseMessages implements CaseMessages {

    private final RuntimeService runtimeService;

    CamundaCaseMessages(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public boolean deliver(String caseNumber, Kind kind, Map<String, Object> variables) {
        try {
            runtimeService.createMessageCorrelation(nameOf(kind)).processInstanceBusinessKey(caseNumber)
                    .setVariables(variables).correlateWithResult();
            return true;
        } catch (MismatchingMessageCorrelationException notWaiting) {
            return false;
        }
    }

    @Override
    public String nameOf(Kind kind) {
        return switch (kind) {
            case SETTLED -> InburgeringProcess.MESSAGE_DUO_SETTLED;
            case TEST_RESULT -> BredeIntakeEnPipProcess.MESSAGE_TEST_RESULT;
            case TERM_EXTENDED -> InburgeringProcess.MESSAGE_TERM_EXTENDED;
            case OBLIGATION_MET -> InburgeringProcess.MESSAGE_OBLIGATION_MET;
            case OBLIGATION_ENDED -> InburgeringProcess.MESSAGE_OBLIGATION_ENDED;
            case EXAM_RESULT -> InburgerenProcess.MESSAGE_EXAM_RESULT;
        };
    }
}
