package nl.inburgeringsregie.duo;

import java.util.Optional;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.PersonService;

/**
 * Matches a notification that carries only a vNummer once the person's BSN is known (issue 20, point 7). DUO's
 * Notificatie may carry a bsn, a vNummer or both (duo-m2m/API/Notificatie/openapi.yml, schema Notificatie). A vNummer is
 * learned from a notification with both numbers about a person this installation knows, or from the case a coordinator
 * links a notification with only the vNummer to. Once learned, a later notification with only that vNummer is
 * processed like one with the BSN, and the ones already waiting in the coordinators' task "Notificatie zonder zaak
 * uitzoeken" are linked to the person's open case in their gemeente and processed there.
 */
@Service
public class VNumberMatching {

    private final VNumbers vNumbers;
    private final PersonService persons;
    private final CaseFileService caseFile;
    private final NotificatieWorkflow workflow;

    VNumberMatching(VNumbers vNumbers, PersonService persons, CaseFileService caseFile, NotificatieWorkflow workflow) {
        this.vNumbers = vNumbers;
        this.persons = persons;
        this.caseFile = caseFile;
        this.workflow = workflow;
    }

    /** The BSN of the notification's person: the one it carries, or the one known for its vNummer. */
    public Optional<String> bsnOf(NotificatieBericht notification) {
        if (notification.bsn() != null) {
            return Optional.of(notification.bsn());
        }
        return notification.vNumber().flatMap(vNumbers::bsnOf);
    }

    /**
     * Learns what the processed notification tells of a vNummer: from both numbers, or from the case a coordinator
     * linked a notification with only the vNummer to; then links the notifications waiting for that vNummer.
     */
    public void learnFrom(NotificatieBericht notification, Optional<IntegrationCase> linkedCase) {
        var vNumber = notification.vNumber();
        if (vNumber.isEmpty()) {
            return;
        }
        Optional<Long> personId = notification.bsn() != null
                ? persons.findByBsn(notification.bsn()).map(person -> person.id())
                : linkedCase.map(IntegrationCase::personId);
        var source = notification.bsn() != null ? VNumbers.Source.NOTIFICATIE : VNumbers.Source.KOPPELING;
        if (personId.isPresent() && vNumbers.learn(vNumber.get(), personId.get(), source)) {
            linkWaiting(vNumber.get());
        }
    }

    /** A notification with only a vNummer no case was found for waits for the vNummer's person. */
    public void await(long notificationId, NotificatieBericht notification, String gemeenteCode) {
        notification.vNumber().ifPresent(vNumber -> vNumbers.await(notificationId, vNumber, gemeenteCode));
    }

    /** The notification was processed in a case or closed without one: it waits no longer. */
    public void done(long notificationId) {
        vNumbers.stopAwaiting(notificationId);
    }

    private void linkWaiting(long vNumber) {
        var bsn = vNumbers.bsnOf(vNumber).orElseThrow();
        for (var waiting : vNumbers.awaiting(vNumber)) {
            caseFile.openCaseOf(bsn, waiting.gemeenteCode()).ifPresent(openCase -> {
                if (workflow.linkToCase(waiting.notificationId(), openCase.caseNumber())) {
                    vNumbers.stopAwaiting(waiting.notificationId());
                }
            });
        }
    }
}
