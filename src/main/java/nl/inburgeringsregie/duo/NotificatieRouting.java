package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.inburgeren.ExamService;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.termijn.KeyDateChanges;
import nl.inburgeringsregie.termijn.TemporaryExemptions;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CaseSuspension;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * What a DUO notification means for the case it is about: read from DUO what changed (the signalling
 * pattern) and move the case on with a message to its process, or, when that cannot be done
 * automatically, a signal for the consulent with the reason. Nothing is dropped.
 */
@Service
public class NotificatieRouting {

    public static final String PROCESSED = "VERWERKT";
    public static final String SIGNAL = "SIGNAAL";
    /** A signal for the coordinatoren (DuoGebeurtenis.Handling.COORDINATOR_SIGNAL): their own task in the model. */
    public static final String COORDINATOR_SIGNAL = "SIGNAAL_COORDINATOR";
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

        /**
         * A signal about the event: for the coordinatoren when the event is theirs, else for the consulent; the event's
         * own instruction follows the text given (which may be empty).
         */
        static Outcome signal(DuoGebeurtenis event, String text) {
            String instruction = event.instruction().orElse("");
            String both = text.isEmpty() ? instruction : instruction.isEmpty() ? text : text + " " + instruction;
            return new Outcome(event.handling() == DuoGebeurtenis.Handling.COORDINATOR_SIGNAL ? COORDINATOR_SIGNAL : SIGNAL,
                    both);
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
    private final TemporaryExemptions exemptions;
    private final PartialExemptions partialExemptions;
    private final DoelgroepChanges doelgroepChanges;
    private final LeerbaarheidstoetsExamNumbers examNumbers;
    private final InburgeringsaanbodSignal aanbodSignal;

    public NotificatieRouting(DuoReads duo, CaseFileService caseFile, ExamService exams, CaseMessages messages,
            KeyDateChanges keyDates, TemporaryExemptions exemptions, PartialExemptions partialExemptions,
            DoelgroepChanges doelgroepChanges, LeerbaarheidstoetsExamNumbers examNumbers,
            InburgeringsaanbodSignal aanbodSignal) {
        this.aanbodSignal = aanbodSignal;
        this.duo = duo;
        this.caseFile = caseFile;
        this.exams = exams;
        this.messages = messages;
        this.keyDates = keyDates;
        this.exemptions = exemptions;
        this.partialExemptions = partialExemptions;
        this.doelgroepChanges = doelgroepChanges;
        this.examNumbers = examNumbers;
    }

    /**
     * The outcome for the case found; {@code createdFromIt} when the case was made from this notification
     * (the re-processing then does not signal "settled").
     */
    public Outcome route(Notificatie notification, IntegrationCase aCase, boolean createdFromIt) {
        String caseNumber = aCase.caseNumber();
        if (!aCase.isOpen()) {
            return Outcome.signal(notification.event(), "De zaak is gesloten; beoordeel of de melding iets betekent.");
        }
        var suspension = exemptions.ongoing(caseNumber);
        if (suspension.isPresent()) {
            return whileSuspended(notification, aCase, suspension.get());
        }
        return switch (notification.event().handling()) {
            case TEMPORARY_EXEMPTION -> suspend(notification, caseNumber);
            // SS130 on a case that is not suspended (an exemption granted before this case, or never notified here)
            case EXEMPTION_WITHDRAWN -> Outcome.signal("Beoordeel wat deze melding van DUO voor de zaak en het PIP betekent.");
            case NEW_OBLIGATION -> newObligation(notification, caseNumber);
            case SETTLED -> createdFromIt
                    ? Outcome.processed("Zaak aangemaakt na vestiging in de gemeente volgens DUO.")
                    : Outcome.signal("Beoordeel wat deze melding van DUO voor de zaak en het PIP betekent.");
            // SS127: the case's aanbod delivered again when it has one (InburgeringsaanbodSignal)
            case SIGNAL, COORDINATOR_SIGNAL -> notification.event() == DuoGebeurtenis.SS127
                    ? aanbodSignal.missing(notification, aCase)
                    : Outcome.signal(notification.event(), notification.event().instruction()
                    .isPresent() ? "" : "Beoordeel wat deze melding van DUO voor de zaak en het PIP betekent.");
            case LBT_REGISTERED -> testRegistered(notification, aCase);
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
                                    "termijnEinddatum", term.lastDay().toString()),
                            "Termijn verlengd tot en met " + DutchDate.format(term.lastDay())))
                    .orElseGet(() -> Outcome.signal("DUO meldt een verlenging, maar geeft geen termijn."));
            case OBLIGATION_MET -> decision(notification, caseNumber, CaseMessages.Kind.OBLIGATION_MET);
            case OBLIGATION_ENDED -> decision(notification, caseNumber, CaseMessages.Kind.OBLIGATION_ENDED);
            case EXAM_RESULT -> examResults(notification, caseNumber);
            case PARTIAL_EXEMPTION -> partialExemptions.granted(notification, aCase);
            case DOELGROEP_CHANGED -> doelgroepChanges.changed(notification, aCase);
        };
    }

    /**
     * SS109 "Tijdelijke vrijstelling toegekend" (Gebeurtenissen.md, "Intrekken Inburgeringsplicht"): the case is not
     * closed but suspended from the exemption's start DUO registered (Vrijstelling API), its clocks paused, until DUO
     * resumes the obligation (DOMAIN.md: "We keep such a case suspended (clocks paused, administration complete)").
     * The consulent is told: a signal with what it means.
     */
    private Outcome suspend(Notificatie notification, String caseNumber) {
        LocalDate from = TemporaryExemptionDates.suspendedFrom(
                duo.tijdelijkeVrijstellingen(notification.bsn(), notification.bron()), notification.registered());
        exemptions.suspend(caseNumber, from, notification.event().name());
        return Outcome.signal("Zaak opgeschort vanaf " + DutchDate.format(from) + ": tijdelijke vrijstelling ("
                + notification.event().name() + "). De termijnen staan stil en de taken van de zaak kunnen niet worden "
                + "afgerond tot DUO de inburgeringsplicht hervat (SS130 of SS129). DUO noemt de administratie van wat al "
                + "gedaan is relevant voor het hervatten.");
    }

    /**
     * A notification for a suspended case: SS130 and SS129 resume it; a decision about the obligation (SS106–SS108,
     * SS110, SS111) ends the suspension so that it reaches the case; anything else is stored and becomes a signal —
     * the case's process does not take messages while it is held.
     */
    private Outcome whileSuspended(Notificatie notification, IntegrationCase aCase, CaseSuspension suspension) {
        String caseNumber = aCase.caseNumber();
        DuoGebeurtenis event = notification.event();
        return switch (event.handling()) {
            case TEMPORARY_EXEMPTION -> Outcome.processed("De zaak is al opgeschort sinds "
                    + DutchDate.format(suspension.startsOn()) + ".");
            case EXEMPTION_WITHDRAWN -> resume(notification, aCase, suspension);
            // SS129 "Tijdelijke vrijstelling ingetrokken, nog geen leerroute bekend" (Gebeurtenissen.md, "Nieuwe
            // inburgeringsplichtige"): the case runs again and, DOMAIN.md, "starts the obligation as new": DUO's new
            // begindatum is recorded, from which the intake and PIP clocks count
            case NEW_OBLIGATION -> {
                if (event != DuoGebeurtenis.SS129) {
                    yield suspendedSignal(notification, suspension);
                }
                String resumed = resume(notification, aCase, suspension).text();
                Outcome obligation = newObligation(notification, caseNumber);
                yield new Outcome(obligation.route(), resumed + " " + obligation.text());
            }
            case OBLIGATION_MET, OBLIGATION_ENDED -> {
                exemptions.endForDecision(caseNumber, notification.registered(), event.name());
                yield decision(notification, caseNumber, event.handling() == DuoGebeurtenis.Handling.OBLIGATION_MET
                        ? CaseMessages.Kind.OBLIGATION_MET : CaseMessages.Kind.OBLIGATION_ENDED);
            }
            default -> suspendedSignal(notification, suspension);
        };
    }

    private static Outcome suspendedSignal(Notificatie notification, CaseSuspension suspension) {
        return Outcome.signal(notification.event(), "De zaak is opgeschort (tijdelijke vrijstelling sinds " + DutchDate.format(suspension.startsOn())
                + "); de melding is bewaard maar niet verwerkt. Beoordeel wat zij betekent, zo nodig na het hervatten.");
    }

    /**
     * SS130 "Eerdere inburgeringsplicht wordt hervat" (Gebeurtenissen.md, "Termijn gewijzigd", with the Inburgeringstermijn
     * and Vrijstelling APIs), or SS129: the case runs again from the day after the exemption's end DUO registered, its
     * open deadlines moved by the days it stood still, the PIP and route as they were. For SS130 DUO's changed term
     * stands, as for SS102 (DOMAIN.md: "DUO registers the term … where DUO's dates differ from ours, DUO's stand, and
     * the difference is shown to the coordinator").
     */
    private Outcome resume(Notificatie notification, IntegrationCase aCase, CaseSuspension suspension) {
        String caseNumber = aCase.caseNumber();
        LocalDate on = TemporaryExemptionDates.resumedOn(
                duo.tijdelijkeVrijstellingen(notification.bsn(), notification.bron()), suspension.startsOn(),
                notification.registered());
        CaseSuspension ended = exemptions.resume(caseNumber, on, notification.event().name()).orElseThrow();
        String text = "Zaak hervat op " + DutchDate.format(on) + " na tijdelijke vrijstelling vanaf "
                + DutchDate.format(ended.startsOn()) + "; de lopende termijnen schuiven " + ended.days() + " dagen op.";
        if (notification.event() != DuoGebeurtenis.SS130) {
            return Outcome.processed(text);
        }
        IntegrationCase resumed = caseFile.caseOf(caseNumber);
        return duo.termijn(notification.bsn(), notification.bron())
                .map(term -> Outcome.processed(text + " " + termStarted(notification, resumed, term).text()))
                .orElseGet(() -> Outcome.processed(text + " DUO gaf geen inburgeringstermijn; de termijn is met de "
                        + "opgeschorte dagen verlengd."));
    }

    /**
     * DUO registered the term (SS102, "Inburgeringstermijn gestart" in DUO's Gebeurtenissen.md; its dates from the
     * Inburgeringstermijn API). DUO is the registrar of the term: its dates stand, also over the term the PIP
     * approval computed, and a difference is recorded and shown [DOMAIN.md: "DUO registers the term (SS102,
     * extensions SS103/SS104): where DUO's dates differ from ours, DUO's stand, and the difference is shown to the
     * coordinator"; issue 18, error 5].
     */
    private Outcome termStarted(Notificatie notification, IntegrationCase aCase, DuoApi.Termijn term) {
        String text = "Inburgeringstermijn " + DutchDate.format(term.startdatum()) + " t/m "
                + DutchDate.format(term.lastDay());
        if (aCase.termStartsOn() == null) {
            caseFile.startTerm(aCase.caseNumber(), term.startdatum().toString(),
                    "Gestart volgens DUO (" + notification.event().name() + ")", null);
            return Outcome.processed(text);
        }
        if (aCase.termStartsOn().equals(term.startdatum()) && term.lastDay().equals(aCase.termEndsOn())) {
            return Outcome.processed(text);
        }
        String difference = "Termijn volgens DUO: " + DutchDate.format(term.startdatum()) + " t/m "
                + DutchDate.format(term.lastDay()) + " (eigen berekening: " + DutchDate.format(aCase.termStartsOn())
                + " t/m " + (aCase.termEndsOn() == null ? "onbekend" : DutchDate.format(aCase.termEndsOn())) + ")";
        keyDates.termRegisteredByDuo(aCase.caseNumber(), notification.event().name(), term.startdatum(),
                term.lastDay(), difference);
        return Outcome.processed(difference);
    }

    /**
     * SS137 "Persoon is aangemeld voor de leerbaarheidstoets" (Gebeurtenissen.md:71, relevant: the Leerbaarheidstoets
     * API). The registration is recorded when the case has none yet (dated the day DUO registered it). A case that
     * holds an exam number registered the test itself (DuoSender.registerLeerbaarheidstoets): DUO confirms it. A case
     * without one did not: someone else registered the person, so the consulent checks it before booking a test
     * (choice: the sources do not say who else registers; the exam number is what tells this case's own apart).
     */
    private Outcome testRegistered(Notificatie notification, IntegrationCase aCase) {
        boolean recorded = caseFile.milestonesOf(aCase.caseNumber()).stream()
                .anyMatch(milestone -> milestone.milestone() == Milestone.LEERBAARHEIDSTOETS_REGISTERED);
        if (!recorded) {
            caseFile.recordMilestone(aCase.caseNumber(), Milestone.LEERBAARHEIDSTOETS_REGISTERED,
                    notification.registered().toString(), "Aangemeld volgens DUO (" + notification.event().name() + ")",
                    null);
        }
        if (examNumbers.current(aCase.id()).isPresent()) {
            return Outcome.processed("Aanmelding voor de leerbaarheidstoets bevestigd door DUO.");
        }
        return Outcome.signal("DUO meldt dat de inburgeraar is aangemeld voor de leerbaarheidstoets, maar deze zaak heeft "
                + "geen examennummer: de aanmelding is niet vanuit deze zaak gedaan. Ga na wie de inburgeraar aanmeldde "
                + "en plan de toets niet dubbel in; de aanmelding is in de zaak vastgelegd.");
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
                    "Gevestigd in de gemeente volgens DUO op "
                            + DutchDate.format(notification.registered()));
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
                "duoBesluitDatum", decided.toString()), notification.event().description() + " (" + DutchDate.format(decided) + ")");
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
