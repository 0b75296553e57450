package nl.inburgeringsregie.termijn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.People;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FieldRules;

/**
 * The one clock pattern every norm uses in the models, for a norm named as the models name it
 * ({@code 'PIP'}, {@code 'NAZORG'} …): a reminder for the consulent, a breach record and an escalation
 * when the due day passes unmet, and the deadline met on the date the work the norm guards was done. The dates
 * come from the case's deadline record, so a later key date moves them.
 */
@Service
public class NormClocks {

    private final DeadlineService deadlines;
    private final CaseFileService caseFile;
    private final Clock clock;
    private final People people;

    public NormClocks(DeadlineService deadlines, CaseFileService caseFile, Clock clock, People people) {
        this.deadlines = deadlines;
        this.caseFile = caseFile;
        this.clock = clock;
        this.people = people;
    }

    /**
     * The moment a timer waits for when the norm's clock does not run for the case: the model's timer stays, but
     * never fires, and no deadline is opened.
     */
    static final Instant NEVER = LocalDate.of(9999, 12, 31).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

    /**
     * When the consulent is reminded; opens the deadline when its clock was not running yet. A clock whose key date
     * is not known yet (the intake started at the driegesprek, before the BRP registration) waits: never, until
     * the key date is recorded and {@link KeyDateChanges} moves its timers.
     */
    public Instant reminderAt(String caseNumber, String norm) {
        return runs(caseNumber, norm) && !paused(caseNumber, norm) ? deadlines.openWhenKnown(caseNumber, Norm.valueOf(norm))
                .filter(deadline -> deadline.status() == DeadlineStatus.OPEN)
                .map(deadline -> deadline.reminderAt(clock.getZone())).orElse(NEVER) : NEVER;
    }

    /** When the norm is breached: the end of the due day. Opens the deadline when needed; waits like the reminder. */
    public Instant breachedAt(String caseNumber, String norm) {
        return runs(caseNumber, norm) && !paused(caseNumber, norm) ? deadlines.openWhenKnown(caseNumber, Norm.valueOf(norm))
                .filter(deadline -> deadline.status() == DeadlineStatus.OPEN)
                .map(deadline -> deadline.breachedAt(clock.getZone())).orElse(NEVER) : NEVER;
    }

    /**
     * Whether the coordinator paused the norm's clock now (issue 19, point 5): its reminder and breach wait, never,
     * until the pause ends and {@link NormPauses} moves its timers to the moved due date. The case's process runs on
     * (unlike a temporary exemption, which holds the instances).
     */
    boolean paused(String caseNumber, String norm) {
        return caseFile.suspensionsOf(caseNumber).stream()
                .anyMatch(period -> period.isOngoing() && norm.equals(period.norm()));
    }

    /**
     * Whether the norm's clock runs for the case. A Wi2013 case (asielmigrant coupled before 2022) without a term
     * has no INBURGERINGSTERMIJN clock: its PIP starts no Wi2021 term (DOMAIN.md: "Wi2013 cases ... have no Wi2021
     * leerroute, term or bestuurlijke boete") and its Wi2013 term is DUO's, outside the data exchange. The
     * ondertussengroep records DUO's Wi2013 term, so its clock runs on that term.
     */
    boolean runs(String caseNumber, String norm) {
        if (Norm.valueOf(norm) != Norm.INBURGERINGSTERMIJN) {
            return true;
        }
        var aCase = caseFile.caseOf(caseNumber);
        return aCase.termStartsOn() != null || !aCase.doelgroep().isWi2013();
    }

    /**
     * A monthly cycle over the period of the norm, one for each month from its start (fixed costs are
     * paid at the start of a month): the ISO 8601 repetition {@code R5/2027-01-15T07:00+01:00/P1M} for six
     * months, so every month is registered before the closing talk in the last weeks. A start that lies
     * in the past (ontzorgen is set up some days after bijstand started) counts from now, so the first
     * month is not skipped.
     */
    public String monthlyCycle(String caseNumber, String norm) {
        Deadline deadline = open(caseNumber, norm);
        long months = ChronoUnit.MONTHS.between(deadline.startsOn(), deadline.dueOn());
        var start = deadline.startsOn().atTime(7, 0).atZone(clock.getZone()).toOffsetDateTime();
        var soon = OffsetDateTime.now(clock).plusMinutes(1).truncatedTo(ChronoUnit.MINUTES);
        // with a start date, Rn fires at the start and n times after it
        return "R" + Math.max(0, months - 1) + "/" + (start.isBefore(soon) ? soon : start) + "/P1M";
    }

    /** Records the breach of the running deadline (what, when; how late follows when it is met). */
    public void breached(String caseNumber, String norm) {
        deadlines.recordBreach(caseNumber, Norm.valueOf(norm));
    }

    /** The work the norm guards is done today: the deadline is met (late, if it was breached). */
    public void met(String caseNumber, String norm) {
        deadlines.meet(caseNumber, Norm.valueOf(norm));
    }

    /**
     * The work the norm guards was done on the date the form field {@code dateField} holds ({@code doneOnText}):
     * the deadline is met on that date, in time when it is not after the due day.
     */
    public void met(String caseNumber, String norm, String doneOnText, String dateField) {
        Norm watched = Norm.valueOf(norm);
        LocalDate doneOn = FieldRules.pastOrToday(doneOnText, dateField,
                "het werk voor de norm '" + watched.label() + "'", clock);
        deadlines.meet(caseNumber, watched, doneOn);
    }

    /** What the coordinator did about the breach: a measure and why. */
    public void escalationAction(String caseNumber, String norm, String action, String note, String by) {
        deadlines.recordEscalationAction(caseNumber, Norm.valueOf(norm), action, note, by);
    }

    /** The Dutch name of the norm, for the reminder and escalation forms. */
    public String label(String norm) {
        return Norm.valueOf(norm).label();
    }

    /** The due date of the latest deadline of the norm as dd-mm-jjjj, for the forms. */
    public String dueDate(String caseNumber, String norm) {
        return deadlines.findLatest(caseNumber, Norm.valueOf(norm))
                .map(deadline -> DutchDate.format(deadline.dueOn())).orElse("onbekend");
    }

    /** The consulent of the case, for the escalation form. */
    public String consulent(String caseNumber) {
        // the escalation form shows the person, "Anna de Vries", not the login name (issue 19, point 2)
        return caseFile.consulentOf(caseNumber).map(people::name).orElse("nog niet toegewezen");
    }

    private Deadline open(String caseNumber, String norm) {
        return deadlines.open(caseNumber, Norm.valueOf(norm));
    }
}
