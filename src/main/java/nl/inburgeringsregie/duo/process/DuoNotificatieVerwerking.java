package nl.inburgeringsregie.duo.process;

import nl.inburgeringsregie.zaak.process.InburgeringVariables;

import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;
import nl.inburgeringsregie.platform.camunda.ProcessVariables;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CaseRepository;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.PersonRepository;
import nl.inburgeringsregie.duo.DuoGebeurtenis;
import nl.inburgeringsregie.duo.DuoReads;
import nl.inburgeringsregie.duo.NotificatieBericht;
import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.shared.InboundMessages;
import nl.inburgeringsregie.inburgeren.ExamService;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;

/**
 * Processes one stored DUO notification (model {@code duo-notificatie}, bean {@code duoNotificaties}):
 * finds the open case of the person in the notified gemeente, reads from DUO what changed (the
 * signalling pattern), and moves the case on with the model's message. What cannot be done
 * automatically becomes a task: for the consulent when the case is known ("SIGNAAL"), for the
 * coordinators when no case is found ("ONBEKEND"). Nothing is dropped.
 */
@ProcessBean("duoNotificaties")
public class DuoNotificatieVerwerking {

    static final String PROCESSED = "VERWERKT";
    static final String SIGNAL = "SIGNAAL";
    static final String UNKNOWN = "ONBEKEND";

    private final InboundMessages inbox;
    private final PersonRepository persons;
    private final CaseRepository cases;
    private final GemeenteService gemeenten;
    private final CaseFileService caseFile;
    private final ExamService exams;
    private final DuoReads duo;
    private final DuoAanmelding newCases;
    private final RuntimeService runtimeService;
    private final ObjectMapper json;
    private final Clock clock;

    DuoNotificatieVerwerking(InboundMessages inbox, PersonRepository persons, CaseRepository cases,
            GemeenteService gemeenten, CaseFileService caseFile, ExamService exams, DuoReads duo,
            DuoAanmelding newCases, RuntimeService runtimeService, ObjectMapper json, Clock clock) {
        this.inbox = inbox;
        this.persons = persons;
        this.cases = cases;
        this.gemeenten = gemeenten;
        this.caseFile = caseFile;
        this.exams = exams;
        this.duo = duo;
        this.newCases = newCases;
        this.runtimeService = runtimeService;
        this.json = json;
        this.clock = clock;
    }

    /** What processing decided: the route in the model and the explanation shown in a task. */
    record Outcome(String route, String text) {
        static Outcome processed(String text) {
            return new Outcome(PROCESSED, text);
        }

        static Outcome signal(String text) {
            return new Outcome(SIGNAL, text);
        }
    }

    /** A notification being processed: what DUO said, about whom, for which gemeente. */
    record Notification(long id, DuoGebeurtenis event, String bsn, LocalDate registered, String gemeente, String bron) {
    }

    public void verwerken(DelegateExecution execution) {
        var notification = notification(execution);
        Optional<IntegrationCase> aCase = linkedCase(execution).or(() -> openCase(notification));
        Outcome outcome = aCase.map(found -> {
            execution.setProcessBusinessKey(found.caseNumber());
            execution.setVariable(ProcessVariables.ZAAKNUMMER, found.caseNumber());
            persons.findById(found.personId()).ifPresent(person ->
                    execution.setVariable(ProcessVariables.NAAM, person.displayName()));
            return route(notification, found, Boolean.TRUE.equals(execution.getVariable(DuoAanmelding.VAR_CASE_CREATED)));
        }).orElseGet(() -> withoutCase(notification, execution));
        execution.setVariable(DuoNotificatieVariables.VAR_OUTCOME, outcome.route());
        execution.setVariable(DuoNotificatieVariables.VAR_OUTCOME_TEXT, outcome.text());
        inbox.processed(notification.id(), outcome.route(), outcome.text(), aCase.map(IntegrationCase::id).orElse(null));
    }

    /** On completing "Notificatie uitzoeken": a case number given must be an open case of the gemeente. */
    public CaseStep zaakKoppelen() {
        return execution -> {
            String linked = FormErrors.text(execution, DuoNotificatieVariables.VAR_LINKED_CASE);
            String gemeente = (String) execution.getVariable(ProcessVariables.GEMEENTE);
            if (linked != null && cases.findByNumber(linked.strip())
                    .filter(found -> found.gemeenteCode().equals(gemeente) && found.isOpen()).isEmpty()) {
                FormErrors.check(() -> {
                    throw InvalidInputException.of(DuoNotificatieVariables.VAR_LINKED_CASE,
                            "Zaak " + linked.strip() + " is geen open zaak van deze gemeente");
                });
            }
            execution.setVariable(DuoNotificatieVariables.VAR_LINKED_CASE, linked == null ? null : linked.strip());
        };
    }

    /** The coordinator found no case: the notification is closed with their explanation. */
    public void afgehandeld(DelegateExecution execution) {
        inbox.processed(notificationId(execution), "AFGEHANDELD",
                "Zonder zaak afgehandeld: " + execution.getVariable("uitzoekToelichting"), null);
    }

    private Outcome route(Notification notification, IntegrationCase aCase, boolean createdFromIt) {
        String caseNumber = aCase.caseNumber();
        if (!aCase.isOpen()) {
            return Outcome.signal("De zaak is gesloten; beoordeel of de melding iets betekent.");
        }
        return switch (notification.event().handling()) {
            case NEW_OBLIGATION -> newObligation(notification, caseNumber);
            case SETTLED -> createdFromIt
                    ? Outcome.processed("Zaak aangemaakt na vestiging in de gemeente volgens DUO.")
                    : Outcome.signal("Beoordeel wat deze melding van DUO voor de zaak en het PIP betekent.");
            case SIGNAL -> Outcome.signal("Beoordeel wat deze melding van DUO voor de zaak en het PIP betekent.");
            case LBT_REGISTERED -> Outcome.processed("Aanmelding voor de leerbaarheidstoets bevestigd door DUO.");
            case LBT_RESULT -> duo.lbtResultaten(notification.bsn(), notification.bron()).stream()
                    .reduce((first, second) -> second)
                    .map(result -> correlate(caseNumber, BredeIntakeEnPipProcess.MESSAGE_UITSLAG_LEERBAARHEIDSTOETS,
                            Map.of("leerbaarheidstoetsUitslag", result.resultaat()),
                            "Uitslag leerbaarheidstoets: " + result.resultaat()))
                    .orElseGet(() -> Outcome.signal("DUO meldt een uitslag, maar geeft geen resultaat."));
            case TERM_STARTED -> duo.termijn(notification.bsn(), notification.bron())
                    .map(term -> {
                        caseFile.startTerm(caseNumber, term.startdatum().toString(), "Gestart volgens DUO (SS102)", null);
                        return Outcome.processed("Inburgeringstermijn " + term.startdatum() + " t/m " + term.einddatum());
                    })
                    .orElseGet(() -> Outcome.signal("DUO meldt een gestarte termijn, maar geeft geen termijn."));
            case TERM_EXTENDED -> duo.termijn(notification.bsn(), notification.bron())
                    .map(term -> correlate(caseNumber, InburgeringProcess.MESSAGE_DUO_TERMIJN_VERLENGD,
                            Map.of("duoGebeurtenis", notification.event().name(),
                                    "termijnEinddatum", term.einddatum().toString()),
                            "Termijn verlengd tot " + term.einddatum()))
                    .orElseGet(() -> Outcome.signal("DUO meldt een verlenging, maar geeft geen termijn."));
            case OBLIGATION_MET -> decision(notification, caseNumber, InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN);
            case OBLIGATION_ENDED -> decision(notification, caseNumber, InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD);
            case EXAM_RESULT -> examResults(notification, caseNumber);
        };
    }

    private Outcome newObligation(Notification notification, String caseNumber) {
        duo.inburgeringsplicht(notification.bsn(), notification.bron())
                .filter(plicht -> plicht.begindatum() != null)
                .ifPresent(plicht -> caseFile.recordMilestone(caseNumber, Milestone.OBLIGATION_STARTED,
                        plicht.begindatum().toString(), notification.event().name(), null));
        if (notification.event() == DuoGebeurtenis.SS139) {
            return correlate(caseNumber, InburgeringProcess.MESSAGE_DUO_MELDING_GEVESTIGD,
                    Map.of(InburgeringVariables.VAR_DUO_SETTLED_DATE, notification.registered().toString()),
                    "Gevestigd in de gemeente volgens DUO op " + notification.registered());
        }
        if (notification.event() == DuoGebeurtenis.SS128) {
            return Outcome.signal("De inburgeraar bereikt binnen 6 maanden de AOW-leeftijd.");
        }
        return Outcome.processed("Inburgeringsplicht vastgelegd.");
    }

    private Outcome decision(Notification notification, String caseNumber, String message) {
        LocalDate decided = duo.inburgeringsplicht(notification.bsn(), notification.bron())
                .map(plicht -> plicht.einddatum() != null ? plicht.einddatum() : notification.registered())
                .orElse(notification.registered());
        return correlate(caseNumber, message, Map.of("duoGebeurtenis", notification.event().name(),
                "duoBesluitDatum", decided.toString()), notification.event().description() + " (" + decided + ")");
    }

    /** DUO gives all results each time: the ones not on record yet are recorded, each once. */
    private Outcome examResults(Notification notification, String caseNumber) {
        var news = duo.examenresultaten(notification.bsn(), notification.bron()).stream()
                .filter(result -> !exams.isRecorded(caseNumber, result.onderdeel(), result.examendatum(), result.resultaat()))
                .toList();
        for (var result : news) {
            var variables = new java.util.HashMap<String, Object>();
            variables.put("examenOnderdeel", result.onderdeel());
            variables.put("examenNiveau", result.niveau());
            variables.put("examenDatum", result.examendatum().toString());
            variables.put("examenResultaat", result.resultaat());
            Outcome delivered = correlate(caseNumber, InburgerenProcess.MESSAGE_DUO_EXAMENUITSLAG, variables, "");
            if (!PROCESSED.equals(delivered.route())) {
                exams.record(caseNumber, result.onderdeel(), result.niveau(), result.examendatum().toString(),
                        result.resultaat(), "DUO", null);
            }
        }
        return Outcome.processed(news.isEmpty() ? "Geen nieuwe examenuitslagen."
                : news.size() + " nieuwe examenuitslag(en) vastgelegd.");
    }

    /** Delivers the message to the waiting case; a case that does not wait for it gets a signal task. */
    private Outcome correlate(String caseNumber, String message, Map<String, Object> variables, String text) {
        try {
            runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(caseNumber)
                    .setVariables(variables).correlateWithResult();
            return Outcome.processed(text);
        } catch (MismatchingMessageCorrelationException notWaiting) {
            return Outcome.signal("De zaak wacht nu niet op dit bericht (" + message + "); beoordeel de melding.");
        }
    }

    private Outcome withoutCase(Notification notification, DelegateExecution execution) {
        if (notification.bsn() == null) {
            return new Outcome(UNKNOWN, "De notificatie heeft geen BSN; zoek de persoon op met het v-nummer.");
        }
        var newCase = newCases.newCase(notification.event(), notification.bsn(), notification.bron());
        if (newCase.isPresent()) {
            execution.setVariables(newCase.get());
            return new Outcome(DuoAanmelding.NEW_CASE, "Deze persoon heeft nog geen zaak in de gemeente. "
                    + "Zoek de persoon op in de BRP (BSN in de melding) en meld de inburgeraar aan.");
        }
        return new Outcome(UNKNOWN, "Geen open zaak van deze persoon in de gemeente. De zaak van een asielstatushouder "
                + "begint met de koppeling door het COA: zoek de zaak op en koppel die, of sluit de notificatie af "
                + "met een toelichting.");
    }

    private Optional<IntegrationCase> linkedCase(DelegateExecution execution) {
        Object linked = execution.getVariable(DuoNotificatieVariables.VAR_LINKED_CASE);
        return linked == null || linked.toString().isBlank() ? Optional.empty() : cases.findByNumber(linked.toString());
    }

    private Optional<IntegrationCase> openCase(Notification notification) {
        if (notification.bsn() == null) {
            return Optional.empty();
        }
        return persons.findByBsn(notification.bsn()).flatMap(person -> cases.findOpenByPerson(person.id()))
                .filter(found -> found.gemeenteCode().equals(notification.gemeente()));
    }

    private Notification notification(DelegateExecution execution) {
        long id = notificationId(execution);
        var body = NotificatieBericht.parse(json, inbox.payloadOf(id));
        String gemeente = (String) execution.getVariable(ProcessVariables.GEMEENTE);
        String bron = gemeenten.oinOf(gemeente).orElseThrow();
        return new Notification(id, DuoGebeurtenis.of(body.gebeurtenisId()).orElseThrow(), body.bsn(),
                body.registered(clock.getZone()), gemeente, bron);
    }

    private static long notificationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(DuoNotificatieVariables.VAR_NOTIFICATION_ID)).longValue();
    }
}
