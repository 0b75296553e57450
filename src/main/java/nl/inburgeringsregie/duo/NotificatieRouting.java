package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.inburgeren.ExamService;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.termijn.KeyDateChanges;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.IntegrationCase;

/**
 * What a DUO notification means for the case it is about: read from DUO what changed (the signalling
 * pattern) and move the case on with a message to its process, or, when that cannot be done
 * automatically, a signal for the consulent with the reason. Nothing is dropped.
 */
@Service
public class NotificatieRouting {

    public static final String PROCESSED = "VERWERKT";
    public static final String SIGNAL = "SIGNAAL";
    public static final String UNKNOWN = "ONBEKEND";
    public static final String NEW_CASE = "NIEUWE_ZAAK";

    /** What processing decided: the route in the model and the explanation shown in a task. */
    public record Outcome(String route, String text) {
        static Outcome processed(String text) {
            return new Outcome(PROCESSED, text);
        }

        static Outcome signal(String text) {
            return new Outcome(SIGNAL, text);
        }
    }

    /** A notification being processed: what DUO said, about whom, for which gemeente (bron: its OIN). */
    public record Notificatie(long id, DuoGebeurtenis event, String bsn, LocalDate registered, String gemeente,
            String bron) {
    }

    private final DuoReads duo;
    private final CaseFileService caseFile;
    private final ExamService exams;
    private final CaseMessages messages;
    private final KeyDateChanges keyDates;
    @org.springframework.beans.factory.annotation.Autowired private PartialExemptions partialExemptions;
    @org.springframework.beans.factory.annotation.Autowired private DoelgroepChanges doelgroepChanges;

    public NotificatieRouting(DuoReads duo, CaseFileService caseFile, ExamService exams, CaseMessages messages,
            KeyDateChanges keyDates) {
        this.duo = duo;
        this.caseFile = caseFile;
        this.exams = exams;
        this.messages = messages;
        this.keyDates = keyDates;
    }

    /**
     * The outcome for the case found; {@code createdFromIt} when the case was made from this notification
     * (the re-processing then does not signal "settled").
     */
    public Outcome route(Notificatie notification, IntegrationCase aCase, boolean createdFromIt) {
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
                    .map(result -> deliver(caseNumber, CaseMessages.Kind.TEST_RESULT,
                            Map.of("leerbaarheidstoetsUitslag", result.resultaat()),
                            "Uitslag leerbaarheidstoets: " + result.resultaat()))
                    .orElseGet(() -> Outcome.signal("DUO meldt een uitslag, maar geeft geen resultaat."));
            case TERM_STARTED -> duo.termijn(notification.bsn(), notification.bron())
                    .map(term -> termStarted(notification, aCase, term))
                    .orElseGet(() -> Outcome.signal("DUO meldt een gestarte termijn, maar geeft geen termijn."));
            case TERM_EXTENDED -> duo.termijn(notification.bsn(), notification.bron())
                    .map(term -> deliver(caseNumber, CaseMessages.Kind.TERM_EXTENDED,
                            Map.of("duoGebeurtenis", notification.event().name(),
                                    "termijnEinddatum", term.einddatum().toString()),
                            "Termijn verlengd tot " + term.einddatum()))
                    .orElseGet(() -> Outcome.signal("DUO meldt een verlenging, maar geeft geen termijn."));
            case OBLIGATION_MET -> decision(notification, caseNumber, CaseMessages.Kind.OBLIGATION_MET);
            case OBLIGATION_ENDED -> decision(notification, caseNumber, CaseMessages.Kind.OBLIGATION_ENDED);
            case EXAM_RESULT -> examResults(notification, caseNumber);
            case PARTIAL_EXEMPTION -> partialExemptions.granted(notification, aCase);
            case DOELGROEP_CHANGED -> doelgroepChanges.changed(notification, aCase);
        };
    }

    /**
     * DUO registered the term (SS102, "Inburgeringstermijn gestart" in DUO's Gebeurtenissen.md; its dates from the
     * Inburgeringstermijn API). DUO is the registrar of the term: its dates stand, also over the term the PIP
     * approval computed, and a difference is recorded and shown [DOMAIN.md: "DUO registers the term (SS102,
     * extensions SS103/SS104): where DUO's dates differ from ours, DUO's stand, and the difference is shown to the
     * coordinator"; issue 18, error 5].
     */
    private Outcome termStarted(Notificatie notification, IntegrationCase aCase, DuoApi.Termijn term) {
        String text = "Inburgeringstermijn " + term.startdatum() + " t/m " + term.einddatum();
        if (aCase.termStartsOn() == null) {
            caseFile.startTerm(aCase.caseNumber(), term.startdatum().toString(), "Gestart volgens DUO (SS102)", null);
            return Outcome.processed(text);
        }
        if (aCase.termStartsOn().equals(term.startdatum()) && term.einddatum().equals(aCase.termEndsOn())) {
            return Outcome.processed(text);
        }
        String difference = "Termijn volgens DUO: " + DutchDate.format(term.startdatum()) + " t/m "
                + DutchDate.format(term.einddatum()) + " (eigen berekening: " + DutchDate.format(aCase.termStartsOn())
                + " t/m " + (aCase.termEndsOn() == null ? "onbekend" : DutchDate.format(aCase.termEndsOn())) + ")";
        keyDates.termRegisteredByDuo(aCase.caseNumber(), notification.event().name(), term.startdatum(),
                term.einddatum(), difference);
        return Outcome.processed(difference);
    }

    private Outcome newObligation(Notificatie notification, String caseNumber) {
        duo.inburgeringsplicht(notification.bsn(), notification.bron())
                .filter(plicht -> plicht.begindatum() != null)
                // the obligation's start is a key date of the intake and PIP clocks: recorded, it moves them
                .ifPresent(plicht -> keyDates.obligationStarted(caseNumber, plicht.begindatum().toString(),
                        notification.event().name()));
        if (notification.event() == DuoGebeurtenis.SS139) {
            // the main model's variable zaak.process.InburgeringVariables.VAR_DUO_SETTLED_DATE
            return deliver(caseNumber, CaseMessages.Kind.SETTLED,
                    Map.of("duoMeldingDatum", notification.registered().toString()),
                    "Gevestigd in de gemeente volgens DUO op " + notification.registered());
        }
        if (notification.event() == DuoGebeurtenis.SS128) {
            return Outcome.signal("De inburgeraar bereikt binnen 6 maanden de AOW-leeftijd.");
        }
        return Outcome.processed("Inburgeringsplicht vastgelegd.");
    }

    /** DUO's decision about the obligation, dated by the obligation's end DUO gives (else the notification's date). */
    private Outcome decision(Notificatie notification, String caseNumber, CaseMessages.Kind kind) {
        LocalDate decided = duo.inburgeringsplicht(notification.bsn(), notification.bron())
                .map(plicht -> plicht.einddatum() != null ? plicht.einddatum() : notification.registered())
                .orElse(notification.registered());
        return deliver(caseNumber, kind, Map.of("duoGebeurtenis", notification.event().name(),
                "duoBesluitDatum", decided.toString()), notification.event().description() + " (" + decided + ")");
    }

    /** DUO gives all results each time: the ones not on record yet are recorded, each once. */
    private Outcome examResults(Notificatie notification, String caseNumber) {
        var news = duo.examenresultaten(notification.bsn(), notification.bron()).stream()
                .filter(result -> !exams.isRecorded(caseNumber, result.onderdeel(), result.examendatum(), result.resultaat()))
                .toList();
        for (var result : news) {
            var variables = new HashMap<String, Object>();
            variables.put("examenOnderdeel", result.onderdeel());
            variables.put("examenNiveau", result.niveau());
            variables.put("examenDatum", result.examendatum().toString());
            variables.put("examenResultaat", result.resultaat());
            if (!messages.deliver(caseNumber, CaseMessages.Kind.EXAM_RESULT, variables)) {
                exams.record(caseNumber, result.onderdeel(), result.niveau(), result.examendatum().toString(),
                        result.resultaat(), "DUO", null);
            }
        }
        return Outcome.processed(news.isEmpty() ? "Geen nieuwe examenuitslagen."
                : news.size() + " nieuwe examenuitslag(en) vastgelegd.");
    }

    /** Delivers the message to the waiting case; a case that does not wait for it gets a signal task. */
    private Outcome deliver(String caseNumber, CaseMessages.Kind kind, Map<String, Object> variables, String text) {
        if (messages.deliver(caseNumber, kind, variables)) {
            return Outcome.processed(text);
        }
        return Outcome.signal("De zaak wacht nu niet op dit bericht (" + messages.nameOf(kind) + "); beoordeel de melding.");
    }
}
