package nl.inburgeringsregie.duo.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.duo.NotificatieProcessing;
import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;
import nl.inburgeringsregie.platform.camunda.ProcessVariables;

/**
 * Processes one stored DUO notification (model {@code duo-notificatie}, bean {@code duoNotificaties}):
 * finds the open case of the person in the notified gemeente, reads from DUO what changed (the
 * signalling pattern), and moves the case on with the model's message. What cannot be done
 * automatically becomes a task: for the consulent when the case is known ("SIGNAAL"), for the
 * coordinators when no case is found ("ONBEKEND"). Nothing is dropped. The rules are
 * {@link NotificatieProcessing}'s.
 */
@ProcessBean("duoNotificaties")
public class DuoNotificatieVerwerking {

    private final NotificatieProcessing processing;

    DuoNotificatieVerwerking(NotificatieProcessing processing) {
        this.processing = processing;
    }

    public void verwerken(DelegateExecution execution) {
        var result = processing.process(notificationId(execution), FormErrors.text(execution, ProcessVariables.GEMEENTE),
                FormErrors.text(execution, DuoNotificatieVariables.VAR_LINKED_CASE),
                Boolean.TRUE.equals(execution.getVariable(DuoAanmelding.VAR_CASE_CREATED)));
        result.caseNumber().ifPresent(caseNumber -> {
            execution.setProcessBusinessKey(caseNumber);
            execution.setVariable(ProcessVariables.ZAAKNUMMER, caseNumber);
        });
        result.personName().ifPresent(name -> execution.setVariable(ProcessVariables.NAAM, name));
        execution.setVariables(DuoAanmelding.variables(result.newCaseFields()));
        execution.setVariable(DuoNotificatieVariables.VAR_OUTCOME, result.outcome().route());
        execution.setVariable(DuoNotificatieVariables.VAR_OUTCOME_TEXT, result.outcome().text());
    }

    /** On completing "Notificatie uitzoeken": a case number given must be an open case of the gemeente. */
    public CaseStep zaakKoppelen() {
        return execution -> execution.setVariable(DuoNotificatieVariables.VAR_LINKED_CASE, FormErrors.check(
                () -> processing.linkedCase(FormErrors.text(execution, DuoNotificatieVariables.VAR_LINKED_CASE),
                        FormErrors.text(execution, ProcessVariables.GEMEENTE))));
    }

    /** The coordinator found no case: the notification is closed with their explanation. */
    public void afgehandeld(DelegateExecution execution) {
        processing.closedWithoutCase(notificationId(execution), execution.getVariable("uitzoekToelichting"));
    }

    private static long notificationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(DuoNotificatieVariables.VAR_NOTIFICATION_ID)).longValue();
    }
}
