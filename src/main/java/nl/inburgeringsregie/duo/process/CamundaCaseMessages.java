package nl.inburgeringsregie.duo.process;

import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.duo.CaseMessages;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.ontzorgen.process.FinancieelOntzorgenProcess;
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
        // a case that does not wait for the message is asked first: a failed correlation inside the notification's job
        // would mark its transaction rollback-only even when the exception is caught
        if (runtimeService.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName(nameOf(kind)).count() == 0) {
            return false;
        }
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
            case SETTLED -> InburgeringProcess.MESSAGE_DUO_MELDING_GEVESTIGD;
            case TEST_RESULT -> BredeIntakeEnPipProcess.MESSAGE_UITSLAG_LEERBAARHEIDSTOETS;
            case TERM_EXTENDED -> InburgeringProcess.MESSAGE_DUO_TERMIJN_VERLENGD;
            case OBLIGATION_MET -> InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN;
            case OBLIGATION_ENDED -> InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD;
            case EXAM_RESULT -> InburgerenProcess.MESSAGE_DUO_EXAMENUITSLAG;
            case PARTS_EXEMPTED -> InburgerenProcess.MESSAGE_DUO_GEDEELTELIJKE_VRIJSTELLING;
            case NO_LONGER_ASIELSTATUSHOUDER -> FinancieelOntzorgenProcess.MESSAGE_GEEN_ASIELSTATUSHOUDER;
        };
    }
}
