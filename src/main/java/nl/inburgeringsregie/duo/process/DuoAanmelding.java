package nl.inburgeringsregie.duo.process;

import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;
import nl.inburgeringsregie.platform.camunda.ProcessVariables;

import org.camunda.bpm.engine.IdentityService;

import nl.inburgeringsregie.duo.DuoRegistrations;

/**
 * A case started from DUO's notification (model {@code duo-notificatie}, bean {@code duoAanmelding}):
 * SS101/SS139 for a gezins- or overige migrant, or SS120/SS121 for someone who settled here, when the
 * gemeente has no open case of the person. DUO gives no name or birth date, so the consulent completes
 * the BRP data in task "Inburgeraar aanmelden"; the BSN comes from the stored notification and never
 * becomes a process variable. The person's fields are confidential variables: kept out of history and
 * removed once the case exists. The rules are {@link DuoRegistrations}'.
 */
@ProcessBean("duoAanmelding")
public class DuoAanmelding {

    static final String VAR_DECISION = DuoRegistrations.DECISION;
    static final String REGISTER = "AANMELDEN";
    /** Set when the case was made from this notification; the re-processing then does not signal "settled". */
    static final String VAR_CASE_CREATED = "zaakAangemaakt";

    private final DuoRegistrations registrations;
    private final IdentityService identityService;

    DuoAanmelding(DuoRegistrations registrations, IdentityService identityService) {
        this.registrations = registrations;
        this.identityService = identityService;
    }

    /** On completing "Inburgeraar aanmelden": registers the person, links the new case, drops the person's fields. */
    public CaseStep aanmelden() {
        return execution -> {
            if (REGISTER.equals(execution.getVariable(VAR_DECISION))) {
                long notificationId = ((Number) execution.getVariable(DuoNotificatieProcess.VAR_NOTIFICATION_ID)).longValue();
                String caseNumber = FormErrors.check(() -> registrations.register(notificationId,
                        FormErrors.text(execution, ProcessVariables.GEMEENTE), execution::getVariable,
                        FormErrors.currentUser(identityService)));
                execution.setVariable(DuoNotificatieProcess.VAR_LINKED_CASE, caseNumber);
                execution.setVariable(VAR_CASE_CREATED, true);
            }
            DuoRegistrations.PERSON_FIELDS.values().forEach(execution::removeVariable);
        };
    }
}
