package nl.inburgeringsregie.termijn;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.gemeente.NormSetting;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CaseSuspension;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.RecordedMilestone;

/**
 * The one deadline mechanism for every norm. A deadline opens when its clock starts: the due date is
 * the gemeente's period counted from the latest of the key dates the gemeente counts from. It is met
 * when the work is done, breached when the due day passes without that, and moved when a key date
 * it counts from is recorded or corrected later.
 */
@Service
public class DeadlineService {

    static final int MAX_NOTE = 2000;

    private final CaseFileService caseFile;
    private final GemeenteService gemeenten;
    private final DeadlineRepository deadlines;
    private final DeadlineExtensionRepository extensions;
    private final Clock clock;

    public DeadlineService(CaseFileService caseFile, GemeenteService gemeenten, DeadlineRepository deadlines,
            DeadlineExtensionRepository extensions, Clock clock) {
        this.caseFile = caseFile;
        this.gemeenten = gemeenten;
        this.deadlines = deadlines;
        this.extensions = extensions;
        this.clock = clock;
    }

    /** The open deadline of the norm, opened now when it is not running yet. */
    @Transactional
    public Deadline open(String caseNumber, Norm norm) {
        IntegrationCase aCase = caseOf(caseNumber);
        Optional<Deadline> running = deadlines.findOpen(aCase.id(), norm);
        if (running.isPresent()) {
            return running.get();
        }
        if (!aCase.isOpen()) {
            // a closed case's clocks do not run (CaseClockChanges): its last deadline of the norm, not a new round
            Optional<Deadline> latest = deadlines.findLatest(aCase.id(), norm);
            if (latest.isPresent()) {
                return latest.get();
            }
        }
        int round = deadlines.nextRound(aCase.id(), norm);
        NormSetting setting = setting(aCase, norm);
        Schedule schedule = schedule(aCase, setting, round, 0);
        // a recurring norm counted from a date long ago (a plan made before this case) starts at its next round
        while (norm.isRecurring() && schedule.dueOn().isBefore(LocalDate.now(clock))) {
            schedule = schedule(aCase, setting, ++round, 0);
        }
        deadlines.insert(aCase.id(), norm, round, schedule.startsOn(),
                schedule.dueOn(), schedule.remindOn(), now());
        // of a closed case the new round is cancelled at once (CaseClockChanges): its clock does not run
        return deadlines.findOpen(aCase.id(), norm).orElseGet(() -> deadlines.findLatest(aCase.id(), norm).orElseThrow());
    }

    /**
     * The open deadline of the norm, opened now when its key dates are known; empty while the clock waits for one
     * (the brede intake that started at the driegesprek waits for the BRP registration, {@link Norm#waitsFor()}).
     */
    @Transactional
    public Optional<Deadline> openWhenKnown(String caseNumber, Norm norm) {
        IntegrationCase aCase = caseOf(caseNumber);
        Optional<Deadline> running = deadlines.findOpen(aCase.id(), norm);
        if (running.isPresent() || ClockStart.ifKnown(setting(aCase, norm), keyDates(aCase)).isEmpty()) {
            return running;
        }
        return Optional.of(open(caseNumber, norm));
    }

    /** The norms of the case without a running deadline: their clocks have not started (or have ended). */
    public List<Norm> notRunning(String caseNumber) {
        IntegrationCase aCase = caseOf(caseNumber);
        return java.util.Arrays.stream(Norm.values())
                .filter(norm -> deadlines.findOpen(aCase.id(), norm).isEmpty()).toList();
    }

    /**
     * The work a norm guards was done before its clock could start (the brede intake held at the AZC before the
     * BRP registration [seed 004 §5: "indien mogelijk al op het AZC"]): once the key date is known, the deadline is
     * opened and met on the date of that work, so it counts as in time wherever the norm is reported. A PIP taken
     * over from the previous gemeente (SS121) was not this gemeente's norm. Returns the norms met so.
     */
    @Transactional
    public List<Norm> meetWorkDoneBeforeTheClock(String caseNumber) {
        IntegrationCase aCase = caseOf(caseNumber);
        Map<String, LocalDate> keyDates = keyDates(aCase);
        List<Norm> met = new ArrayList<>();
        for (Norm norm : Norm.values()) {
            LocalDate doneOn = norm.doneBy() == null ? null : keyDates.get(norm.doneBy());
            if (doneOn == null || deadlines.findLatest(aCase.id(), norm).isPresent()
                    || norm == Norm.PIP && keyDates.containsKey("MOVED_IN_WITH_PIP")
                    || ClockStart.ifKnown(setting(aCase, norm), keyDates).isEmpty()) {
                continue;
            }
            open(caseNumber, norm);
            meet(caseNumber, norm, doneOn);
            met.add(norm);
        }
        return met;
    }

    /** The open deadline of the norm, if its clock runs. */
    public Optional<Deadline> findOpen(String caseNumber, Norm norm) {
        return deadlines.findOpen(caseOf(caseNumber).id(), norm);
    }

    /** The latest deadline of the norm, open or closed. */
    public Optional<Deadline> findLatest(String caseNumber, Norm norm) {
        return deadlines.findLatest(caseOf(caseNumber).id(), norm);
    }

    public List<Deadline> findByCase(String caseNumber) {
        return deadlines.findByCase(caseOf(caseNumber).id());
    }

    public List<NormBreach> findBreaches(String caseNumber) {
        return deadlines.findBreachesByCase(caseOf(caseNumber).id());
    }

    /**
     * Counts every open deadline of the case again from its key dates, after one of them was
     * recorded or corrected. Returns the deadlines whose dates moved.
     */
    @Transactional
    public List<Deadline> recalculate(String caseNumber) {
        IntegrationCase aCase = caseOf(caseNumber);
        List<Deadline> moved = new ArrayList<>();
        for (Deadline deadline : deadlines.findOpenByCase(aCase.id())) {
            Schedule schedule = schedule(aCase, setting(aCase, deadline.norm()), deadline.round(),
                    extensions.approvedDays(deadline.id()));
            if (!schedule.dueOn().equals(deadline.dueOn()) || !schedule.remindOn().equals(deadline.remindOn())) {
                deadlines.reschedule(deadline, schedule.startsOn(), schedule.dueOn(), schedule.remindOn());
                moved.add(deadlines.findOpen(aCase.id(), deadline.norm()).orElseThrow());
            }
        }
        return moved;
    }

    /**
     * Key dates of the case no longer hold (the first PIP withdrawn, issue 20 point 6: a revoked decision counts as
     * never taken). One rule for every norm: a deadline still open that counts from one of them never ran and goes,
     * with what was recorded on it; the latest deadline met by the work one of them dates ({@link Norm#doneBy()}) runs
     * again with its own due date, as that work is to be done again — past that date, its timer records the breach.
     * Returns the norms whose clocks changed.
     */
    @Transactional
    public List<Norm> keyDatesWithdrawn(String caseNumber, java.util.Set<String> withdrawn) {
        IntegrationCase aCase = caseOf(caseNumber);
        List<Norm> changed = new ArrayList<>();
        for (Deadline deadline : deadlines.findOpenByCase(aCase.id())) {
            if (setting(aCase, deadline.norm()).countsFrom().stream().anyMatch(withdrawn::contains)) {
                deadlines.delete(deadline);
                changed.add(deadline.norm());
            }
        }
        for (Norm norm : Norm.values()) {
            if (norm.doneBy() != null && withdrawn.contains(norm.doneBy())) {
                var latest = deadlines.findLatest(aCase.id(), norm);
                if (latest.isPresent() && latest.get().status() == DeadlineStatus.MET
                        && deadlines.reopen(latest.get())) {
                    changed.add(norm);
                }
            }
        }
        return changed;
    }

    /** The case ended: every clock still running stops without being met. Returns the norms stopped. */
    @Transactional
    public List<Norm> cancelOpen(String caseNumber) {
        IntegrationCase aCase = caseOf(caseNumber);
        List<Deadline> open = deadlines.findOpenByCase(aCase.id());
        deadlines.cancelOpen(aCase.id(), now());
        return open.stream().map(Deadline::norm).toList();
    }

    /** The work is done today; a breach of this deadline learns how late it was. */
    @Transactional
    public void meet(String caseNumber, Norm norm) {
        meet(caseNumber, norm, LocalDate.now(clock));
    }

    /**
     * The work the norm guards was done on {@code doneOn}, the date of the work (the PIP's dagtekening, the day
     * the talk was held), not the day it is entered [issue 18, error 9]. Done on or before the due day, the
     * deadline is met in time, also when its breach was recorded because the work was entered after the due day:
     * that breach is withdrawn. Done after the due day, it is late, also when it is entered before the breach was
     * recorded: the breach is recorded now, with how late it was.
     */
    @Transactional
    public void meet(String caseNumber, Norm norm, LocalDate doneOn) {
        IntegrationCase aCase = caseOf(caseNumber);
        deadlines.findOpen(aCase.id(), norm).ifPresent(deadline -> {
            deadlines.close(deadline, DeadlineStatus.MET, doneOn, now());
            // a pause of this norm by the coordinator ends with the work (issue 19, point 5), so that the next round
            // of a recurring norm runs
            caseFile.endNormPause(caseNumber, norm.name(), doneOn, null);
            if (!doneOn.isAfter(deadline.dueOn())) {
                deadlines.withdrawBreach(deadline.id());
                return;
            }
            if (deadlines.findBreach(deadline.id()).isEmpty()) {
                deadlines.insertBreach(deadline, now());
            }
            deadlines.resolveBreach(deadline.id(), doneOn, (int) ChronoUnit.DAYS.between(deadline.dueOn(), doneOn));
        });
    }

    /** Records that the open deadline of the norm passed its due day unmet. Recording twice changes nothing. */
    @Transactional
    public NormBreach recordBreach(String caseNumber, Norm norm) {
        IntegrationCase aCase = caseOf(caseNumber);
        Deadline deadline = deadlines.findOpen(aCase.id(), norm).orElseThrow(
                () -> new IllegalStateException("No running " + norm + " deadline for case " + caseNumber));
        if (deadlines.findBreach(deadline.id()).isEmpty()) {
            deadlines.insertBreach(deadline, now());
        }
        return deadlines.findBreach(deadline.id()).orElseThrow();
    }

    /** What the coordinator did about the breach of the latest deadline of the norm: a measure and why. */
    @Transactional
    public void recordEscalationAction(String caseNumber, Norm norm, String action, String note, String by) {
        if (action == null || action.isBlank()) {
            throw InvalidInputException.of("escalatieMaatregel", "Kies een maatregel");
        }
        if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
            throw InvalidInputException.of("escalatieToelichting",
                    "Licht de maatregel toe (maximaal " + MAX_NOTE + " tekens)");
        }
        IntegrationCase aCase = caseOf(caseNumber);
        Deadline deadline = deadlines.findLatest(aCase.id(), norm).orElseThrow(
                () -> new IllegalStateException("No " + norm + " deadline for case " + caseNumber));
        deadlines.recordAction(deadline.id(), action, note, by, now());
    }

    private NormSetting setting(IntegrationCase aCase, Norm norm) {
        return gemeenten.normSetting(aCase.gemeenteCode(), norm).orElseThrow(() -> new MissingNormException(
                "Gemeente " + aCase.gemeenteCode() + " heeft de norm " + norm.label() + " niet ingesteld"));
    }

    /**
     * When round {@code round} of the norm is due: the period after its start ({@link ClockStart}; n periods for
     * round n of a recurring norm), a day less for a term that counts its first day, and never before the
     * day it was extended to (a key date such as DUO's extension of the term); then {@code extendedDays} later, the days
     * a coordinator extended this deadline by (issue 19, point 5).
     */
    private Schedule schedule(IntegrationCase aCase, NormSetting setting, int round, int extendedDays) {
        Map<String, LocalDate> keyDates = keyDates(aCase);
        LocalDate start = ClockStart.of(setting, keyDates);
        Norm norm = setting.norm();
        int periods = norm.isRecurring() ? round : 1;
        // a temporary exemption pauses the clock: the days the case stood still move it (PausedClocks; DUO's
        // Gebeurtenissen.md, SS130 "Eerdere inburgeringsplicht wordt hervat")
        // — not after-care, which runs in calendar time from the housing [seed 004: "gedurende 5 jaar na het moment van
        // huisvesting"] and follows the obligation, so no exemption falls within it
        // — and a local norm the coordinator paused (issue 19, point 5): the same periods, held for that norm only
        var suspensions = norm == Norm.NAZORG ? List.<CaseSuspension>of()
                : PausedClocks.forNorm(norm.name(), caseFile.suspensionsOf(aCase.caseNumber()));
        LocalDate from = PausedClocks.moved(start, start.plus(setting.period().multipliedBy(periods - 1)), suspensions);
        LocalDate due = start.plus(setting.period().multipliedBy(periods));
        if (norm.countsStartDay()) {
            due = due.minusDays(1);
        }
        due = PausedClocks.moved(start, due, suspensions);
        LocalDate extendedTo = norm.extendedBy() == null ? null : keyDates.get(norm.extendedBy());
        if (extendedTo != null && extendedTo.isAfter(due)) {
            due = extendedTo;
        }
        due = due.plusDays(extendedDays);
        return new Schedule(from, due, due.minus(setting.reminderBefore()));
    }

    private Map<String, LocalDate> keyDates(IntegrationCase aCase) {
        return caseFile.milestonesOf(aCase.caseNumber()).stream()
                .collect(Collectors.toMap(m -> m.milestone().name(), RecordedMilestone::occurredOn));
    }

    private IntegrationCase caseOf(String caseNumber) {
        return caseFile.caseOf(caseNumber);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private record Schedule(LocalDate startsOn, LocalDate dueOn, LocalDate remindOn) {
    }
}
