package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.duo.NotificatieRouting.Notificatie;
import nl.inburgeringsregie.duo.NotificatieRouting.Outcome;
import nl.inburgeringsregie.duo.process.DuoNotificatieVariables;
import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.shared.InboundMessages;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.PersonService;

/**
 * Processes one stored DUO notification: finds the open case of the person in the notified gemeente (or
 * the case a coordinator linked), lets {@link NotificatieRouting} move it on, and stores the outcome with
 * the notification. What cannot be done automatically becomes a task: for the consulent when the case is
 * known ("SIGNAAL"), for the coordinators when the case is known but the signal is theirs (SS126, SS140:
 * "SIGNAAL_COORDINATOR") or when no case is found ("ONBEKEND"), or the registration of a new case ("NIEUWE_ZAAK").
 */
@Service
public class NotificatieProcessing {

    /**
     * What processing found and decided: the case (empty when none), the name of its person (for the
     * tasks), the outcome, and the form fields that prefill the registration of a new case.
     */
    public record Result(Optional<String> caseNumber, Optional<String> personName, Outcome outcome,
            Map<DuoRegistrations.Field, Object> newCaseFields) {
    }

    private final InboundMessages inbox;
    private final GemeenteService gemeenten;
    private final CaseFileService caseFile;
    private final PersonService persons;
    private final NotificatieRouting routing;
    private final DuoRegistrations registrations;
    private final VNumberMatching vNumbers;
    private final ObjectMapper json;
    private final Clock clock;

    public NotificatieProcessing(InboundMessages inbox, GemeenteService gemeenten, CaseFileService caseFile, PersonService persons,
            NotificatieRouting routing, DuoRegistrations registrations, VNumberMatching vNumbers, ObjectMapper json,
            Clock clock) {
        this.vNumbers = vNumbers;
        this.inbox = inbox;
        this.gemeenten = gemeenten;
        this.caseFile = caseFile;
        this.persons = persons;
        this.routing = routing;
        this.registrations = registrations;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Processes the notification for the gemeente; {@code linkedCase} is the case a coordinator linked it to
     * (may be empty), {@code createdFromIt} whether that case was made from this notification.
     */
    public Result process(long notificationId, String gemeente, String linkedCase, boolean createdFromIt) {
        var body = NotificatieBericht.parse(json, inbox.payloadOf(notificationId));
        Optional<IntegrationCase> linked = linkedCase == null || linkedCase.isBlank() ? Optional.empty()
                : caseFile.findCase(linkedCase);
        vNumbers.learnFrom(body, linked);
        Notificatie notification = notification(notificationId, gemeente, body);
        Optional<IntegrationCase> aCase = linked.or(() -> openCase(notification));
        Result result = aCase.map(found -> new Result(Optional.of(found.caseNumber()), persons.nameOf(found),
                routing.route(notification, found, createdFromIt), Map.<DuoRegistrations.Field, Object>of()))
                .orElseGet(() -> withoutCase(notification, body));
        if (result.outcome().route().equals(NotificatieRouting.UNKNOWN) && notification.bsn() == null) {
            vNumbers.await(notificationId, body, gemeente);
        } else {
            vNumbers.done(notificationId);
        }
        inbox.processed(notification.id(), result.outcome().route(), result.outcome().text(),
                aCase.map(IntegrationCase::id).orElse(null));
        return result;
    }

    /** A case number a coordinator gives must be an open case of the gemeente; returns it stripped. */
    public String linkedCase(String caseNumber, String gemeente) {
        if (caseNumber != null && caseFile.findCase(caseNumber.strip())
                .filter(found -> found.gemeenteCode().equals(gemeente) && found.isOpen()).isEmpty()) {
            throw InvalidInputException.of(DuoNotificatieVariables.VAR_LINKED_CASE,
                    "Zaak " + caseNumber.strip() + " is geen open zaak van deze gemeente");
        }
        return caseNumber == null ? null : caseNumber.strip();
    }

    /** The coordinator found no case: the notification is closed with their explanation. */
    public void closedWithoutCase(long notificationId, Object explanation) {
        vNumbers.done(notificationId);
        inbox.processed(notificationId, "AFGEHANDELD", "Zonder zaak afgehandeld: " + explanation, null);
    }

    private Result withoutCase(Notificatie notification, NotificatieBericht body) {
        if (notification.bsn() == null && body.vNumber().isPresent()) {
            return noCase(new Outcome(NotificatieRouting.UNKNOWN, "De notificatie heeft geen BSN en het v-nummer is "
                    + "hier nog niet bekend. Zodra het BSN bij dit v-nummer bekend wordt (uit een notificatie van DUO met "
                    + "beide nummers, of doordat u een notificatie met dit v-nummer aan een zaak koppelt), wordt de "
                    + "notificatie vanzelf in de zaak verwerkt. U kunt de persoon ook zelf opzoeken met het v-nummer "
                    + "(Notificaties inzien) en de zaak koppelen."), Map.of());
        }
        if (notification.bsn() == null) {
            return noCase(new Outcome(NotificatieRouting.UNKNOWN,
                    "De notificatie heeft geen BSN; zoek de persoon op met het v-nummer."), Map.of());
        }
        var newCase = registrations.newCase(notification.event(), notification.bsn(), notification.bron());
        if (newCase.isPresent()) {
            return noCase(new Outcome(NotificatieRouting.NEW_CASE, "Deze persoon heeft nog geen zaak in de gemeente. "
                    + "Zoek de persoon op in de BRP (BSN in de melding) en meld de inburgeraar aan."), newCase.get());
        }
        return noCase(new Outcome(NotificatieRouting.UNKNOWN, "Geen open zaak van deze persoon in de gemeente. "
                + "De zaak van een asielstatushouder begint met de koppeling door het COA: zoek de zaak op en koppel "
                + "die, of sluit de notificatie af met een toelichting."), Map.of());
    }

    private static Result noCase(Outcome outcome, Map<DuoRegistrations.Field, Object> newCaseFields) {
        return new Result(Optional.empty(), Optional.empty(), outcome, newCaseFields);
    }

    private Optional<IntegrationCase> openCase(Notificatie notification) {
        return notification.bsn() == null ? Optional.empty()
                : caseFile.openCaseOf(notification.bsn(), notification.gemeente());
    }

    /** The notification as routing reads it, with the BSN known for its vNummer when it carries none. */
    private Notificatie notification(long id, String gemeente, NotificatieBericht body) {
        String bron = gemeenten.oinOf(gemeente).orElseThrow();
        return new Notificatie(id, DuoGebeurtenis.of(body.gebeurtenisId()).orElseThrow(), vNumbers.bsnOf(body).orElse(null),
                body.registered(clock.getZone()), gemeente, bron);
    }
}
