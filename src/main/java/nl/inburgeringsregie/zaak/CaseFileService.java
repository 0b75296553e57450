package nl.inburgeringsregie.zaak;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.shared.CaseNotFoundException;
import nl.inburgeringsregie.shared.InvalidInputException;

/** Keeps the case file up to date as the work progresses: key dates and phase. */
@Service
public class CaseFileService {

    static final int MAX_NOTE_LENGTH = 2000;

    static final int MAX_REPORT_LENGTH = 30000;

    /** The inburgeringstermijn: three years (Wi2021 art. 7; Wi2013 art. 7 alike). */
    public static final int TERM_YEARS = 3;

    private final CaseRepository cases;
    private final MilestoneRepository milestones;
    private final CaseReportRepository reports;
    private final PersonRepository persons;
    private final CaseSuspensionRepository suspensions;
    private final ConsulentChanges consulentChanges;
    private final ArchiveNominations archiveNominations;
    private final CaseClocks clocks;
    private final ObjectMapper json;
    private final Clock clock;

    public CaseFileService(CaseRepository cases, MilestoneRepository milestones, CaseReportRepository reports,
            PersonRepository persons, CaseSuspensionRepository suspensions, ConsulentChanges consulentChanges,
            ArchiveNominations archiveNominations, CaseClocks clocks, ObjectMapper json, Clock clock) {
        this.consulentChanges = consulentChanges;
        this.clocks = clocks;
        this.archiveNominations = archiveNominations;
        this.persons = persons;
        this.suspensions = suspensions;
        this.cases = cases;
        this.milestones = milestones;
        this.reports = reports;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a report of a talk or step: the given fields, as JSON, dated by the date given (ISO text;
     * today when empty). A past or present date is required; the fields are stored as they are.
     */
    @Transactional
    public void recordReport(String caseNumber, String kind, String dateText, Map<String, Object> fields,
            String recordedBy) {
        var aCase = caseOf(caseNumber);
        LocalDate date = dateText == null || dateText.isBlank() ? LocalDate.now(clock) : FieldRules.parsedDate(dateText, kind);
        if (date.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("datum", "Deze datum mag niet in de toekomst liggen");
        }
        String content;
        try {
            content = json.writeValueAsString(new TreeMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Report fields cannot be written as JSON", e);
        }
        if (content.length() > MAX_REPORT_LENGTH) {
            throw InvalidInputException.of("verslag", "Het verslag is te lang (maximaal " + MAX_REPORT_LENGTH + " tekens)");
        }
        reports.insert(aCase.id(), kind, date, content, OffsetDateTime.now(clock), recordedBy);
    }

    /** The caseworker of the case; the first consulent who finishes a task of it becomes it. */
    @Transactional
    public void claimConsulent(String caseNumber, String userId) {
        if (userId != null && cases.assignConsulentIfNone(caseNumber, userId)) {
            var aCase = caseOf(caseNumber);
            consulentChanges.assigned(aCase.id(), aCase.gemeenteCode());
        }
    }

    public Optional<String> consulentOf(String caseNumber) {
        return cases.findByNumber(caseNumber).map(IntegrationCase::consulent);
    }

    /** The age of the person today, in whole years: the leerroute advice uses it. */
    public int ageOf(String caseNumber) {
        var person = persons.findById(caseOf(caseNumber).personId()).orElseThrow();
        return Period.between(person.birthDate(), LocalDate.now(clock)).getYears();
    }

    /** The case, if it belongs to one of the gemeenten; otherwise it does not exist for the caller. */
    public IntegrationCase caseVisibleTo(String caseNumber, java.util.Collection<String> gemeenten) {
        return cases.findByNumber(caseNumber).filter(found -> gemeenten.contains(found.gemeenteCode()))
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }

    public IntegrationCase caseOf(String caseNumber) {
        return cases.findByNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }

    /**
     * Records a key date of the case.
     *
     * @param dateText the date as ISO text ({@code 2026-11-20}), as forms deliver it; may be empty only
     *                 for a milestone dated on recording
     */
    @Transactional
    public RecordedMilestone recordMilestone(String caseNumber, Milestone milestone, String dateText, String note,
            String recordedBy) {
        var aCase = caseOf(caseNumber);
        var recorded = new RecordedMilestone(milestone, dateOf(milestone, dateText), checkedNote(note),
                OffsetDateTime.now(clock), recordedBy);
        milestones.save(aCase.id(), recorded);
        return recorded;
    }

    /**
     * Records which law applies now that DUO's begindatum of the obligation is known (ApplicableLaw). A doelgroep
     * that contradicts it is not changed: the note tells the consulent and coordinator to check the case.
     */
    @Transactional
    public RecordedMilestone recordLawFromDuo(String caseNumber, LocalDate obligedSince) {
        return recordMilestone(caseNumber, Milestone.APPLICABLE_LAW, null,
                ApplicableLaw.fromDuo(caseOf(caseNumber).doelgroep(), obligedSince), null);
    }

    /**
     * The case follows the doelgroep DUO now registers (SS124/SS125, {@link DoelgroepChange}): the case's doelgroep is
     * changed and the change recorded on the timeline (milestone DOELGROEP_CHANGED, dated by DUO's begindatum of the
     * new group, else today). What reads the doelgroep from the case follows it from then on: the fine exception for
     * asielstatushouders (handhaving), the Z-route's participation hours, the estimated B1 intensity in a PIP change.
     */
    @Transactional
    public RecordedMilestone changeDoelgroep(String caseNumber, Doelgroep doelgroep, LocalDate since, String note) {
        var aCase = caseOf(caseNumber);
        cases.updateDoelgroep(aCase.id(), doelgroep);
        return recordMilestone(caseNumber, Milestone.DOELGROEP_CHANGED,
                (since == null ? LocalDate.now(clock) : since).toString(), note, null);
    }

    /**
     * Starts the three-year inburgeringstermijn on the day given: the day after the first PIP's dagtekening,
     * or (ondertussengroep, Wi2013) the day DUO started it. A term starts once; a later call changes nothing.
     *
     * @param firstDayText the first day as ISO text, as forms deliver it
     * @return whether the term started now
     */
    @Transactional
    public boolean startTerm(String caseNumber, String firstDayText, String note, String recordedBy) {
        var aCase = caseOf(caseNumber);
        if (aCase.termStartsOn() != null) {
            return false;
        }
        LocalDate firstDay = recordMilestone(caseNumber, Milestone.TERM_STARTED, firstDayText, note, recordedBy).occurredOn();
        cases.updateTerm(aCase.id(), firstDay, firstDay.plusYears(TERM_YEARS).minusDays(1));
        return true;
    }

    /**
     * DUO registered the term (SS102) from {@code firstDay} to {@code lastDay}: DUO is its registrar, so these
     * dates stand, also over a term this case computed itself (DOMAIN.md, "DUO registers the term").
     */
    @Transactional
    public void followDuoTerm(String caseNumber, LocalDate firstDay, LocalDate lastDay, String note) {
        var aCase = caseOf(caseNumber);
        recordMilestone(caseNumber, Milestone.TERM_STARTED, firstDay.toString(), note, null);
        cases.updateTerm(aCase.id(), firstDay, lastDay);
    }

    /** DUO extended the term to a later last day. */
    @Transactional
    public void extendTerm(String caseNumber, LocalDate newEnd) {
        var aCase = caseOf(caseNumber);
        if (aCase.termEndsOn() != null && newEnd.isAfter(aCase.termEndsOn())) {
            cases.updateTerm(aCase.id(), aCase.termStartsOn(), newEnd);
        }
    }

    /** Closes the case with its reason, and its clocks stop; a case that is closed already stays as it was. */
    @Transactional
    public void close(String caseNumber, ClosureReason reason, String note) {
        var aCase = caseOf(caseNumber);
        if (cases.close(caseNumber, reason, checkedNote(note), OffsetDateTime.now(clock))) {
            clocks.closed(aCase.id());
            consulentChanges.closed(aCase.id(), aCase.gemeenteCode());
            archiveNominations.closed(aCase.id(), reason, LocalDate.now(clock));
        }
    }

    /**
     * DUO granted a temporary exemption (SS109) from {@code startsOn}: the case is suspended — its phase shows it,
     * the period is recorded with the phase it was in, and the milestone is on the timeline. A case suspended
     * already stays as it is.
     *
     * @return whether the case was suspended now
     */
    @Transactional
    public boolean suspend(String caseNumber, LocalDate startsOn, String event) {
        var aCase = caseOf(caseNumber);
        if (!aCase.isOpen() || suspensions.findOngoing(aCase.id()).isPresent()) {
            return false;
        }
        suspensions.insert(aCase.id(), startsOn, aCase.phase(), event, OffsetDateTime.now(clock));
        clocks.pausesChanged(aCase.id());
        cases.updatePhase(caseNumber, CasePhase.SUSPENDED);
        recordMilestone(caseNumber, Milestone.SUSPENDED, startsOn.toString(), "Tijdelijke vrijstelling (" + event + ")", null);
        return true;
    }

    /**
     * The suspension ends on {@code endsOn} (DUO resumed or ended the obligation with {@code event}): the case returns
     * to the phase it was in and the milestone is recorded. Returns the ended period, empty when the case was not
     * suspended.
     */
    @Transactional
    public Optional<CaseSuspension> endSuspension(String caseNumber, LocalDate endsOn, String event) {
        var aCase = caseOf(caseNumber);
        var ongoing = suspensions.findOngoing(aCase.id());
        if (ongoing.isEmpty()) {
            return Optional.empty();
        }
        LocalDate end = endsOn.isBefore(ongoing.get().startsOn()) ? ongoing.get().startsOn() : endsOn;
        suspensions.end(aCase.id(), end, event, OffsetDateTime.now(clock));
        clocks.pausesChanged(aCase.id());
        cases.updatePhase(caseNumber, ongoing.get().phaseBefore());
        recordMilestone(caseNumber, Milestone.RESUMED, end.toString(), "Tijdelijke vrijstelling beëindigd (" + event + ")",
                null);
        return Optional.of(new CaseSuspension(ongoing.get().startsOn(), end, ongoing.get().phaseBefore(),
                ongoing.get().startedBy(), event));
    }

    /**
     * The coordinator pauses the clock of one local norm from {@code startsOn} with a reason (issue 19, point 5): a period
     * in the same record as a temporary exemption, so the one mechanism moves its deadline (termijn.PausedClocks); the
     * case and its process instances keep running.
     */
    @Transactional
    public void pauseNorm(String caseNumber, String norm, LocalDate startsOn, String reasonKind, String reasonNote,
            String by) {
        var aCase = caseOf(caseNumber);
        suspensions.insertNormPause(aCase.id(), norm, startsOn, aCase.phase(), reasonKind, reasonNote, by,
                OffsetDateTime.now(clock));
        clocks.pausesChanged(aCase.id());
    }

    /** The pause of the norm ends on {@code endsOn} (its first day running again); false when it was not paused. */
    @Transactional
    public boolean endNormPause(String caseNumber, String norm, LocalDate endsOn, String by) {
        long caseId = caseOf(caseNumber).id();
        boolean ended = suspensions.endNormPause(caseId, norm, endsOn, by, OffsetDateTime.now(clock));
        if (ended) {
            clocks.pausesChanged(caseId);
        }
        return ended;
    }

    /** The suspension the case is in now (a temporary exemption), if any. */
    public Optional<CaseSuspension> ongoingSuspension(String caseNumber) {
        return suspensions.findOngoing(caseOf(caseNumber).id());
    }

    /** Every period the case stood still, oldest first: what its clocks move by. */
    public List<CaseSuspension> suspensionsOf(String caseNumber) {
        return suspensions.findByCase(caseOf(caseNumber).id());
    }

    @Transactional
    public void changePhase(String caseNumber, CasePhase phase) {
        if (!cases.updatePhase(caseNumber, phase)) {
            throw new CaseNotFoundException(caseNumber);
        }
    }

    private LocalDate dateOf(Milestone milestone, String dateText) {
        LocalDate today = LocalDate.now(clock);
        if (dateText == null || dateText.isBlank()) {
            if (milestone.isDatedOnRecording()) {
                return today;
            }
            throw InvalidInputException.of("datum", "Vul de datum in bij '" + milestone.label() + "'");
        }
        LocalDate date = FieldRules.parsedDate(dateText, milestone.label());
        if (!milestone.isFutureAllowed() && date.isAfter(today)) {
            throw InvalidInputException.of("datum",
                    "De datum bij '" + milestone.label() + "' mag niet in de toekomst liggen");
        }
        return date;
    }


    private static String checkedNote(String note) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw InvalidInputException.of("toelichting",
                    "De toelichting is te lang (maximaal " + MAX_NOTE_LENGTH + " tekens)");
        }
        return note == null || note.isBlank() ? null : note;
    }


    /** The key dates recorded for the case, each with its latest date: what deadlines count from. */
    public List<RecordedMilestone> milestonesOf(String caseNumber) {
        return milestones.findByCase(caseOf(caseNumber).id());
    }

    /** The case with this number, open or closed, if there is one. */
    public Optional<IntegrationCase> findCase(String caseNumber) {
        return cases.findByNumber(caseNumber);
    }

    /** The open case of the person with this BSN in the gemeente, if there is one. */
    public Optional<IntegrationCase> openCaseOf(String bsn, String gemeenteCode) {
        return persons.findByBsn(bsn).flatMap(person -> cases.findOpenByPerson(person.id()))
                .filter(found -> found.gemeenteCode().equals(gemeenteCode));
    }
}
