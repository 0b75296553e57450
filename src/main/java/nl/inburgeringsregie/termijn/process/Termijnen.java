package nl.inburgeringsregie.termijn.process;

import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.termijn.Deadline;
import nl.inburgeringsregie.termijn.DeadlineService;
import nl.inburgeringsregie.gemeente.Norm;

/**
 * The bean behind the one clock pattern every norm uses in the models ({@code ${termijnen...}}): a
 * scope guarded by a norm has two non-interrupting timer event subprocesses, a reminder for the
 * consulent at {@code herinnering(execution, 'NORM')} and, at {@code verlopen(execution, 'NORM')}, a
 * breach record ({@code overschreden}) and an escalation task for the coordinators. The scope ends
 * with {@code gehaald}, which cancels both by ending the scope. The dates come from the case's
 * deadline record, so a later key date moves the timers ({@code sleutelDatumGewijzigd}).
 */
@ProcessBean("termijnen")
public class Termijnen {

    private final DeadlineService deadlines;
    private final CaseFileService caseFile;
    private final DeadlineTimers timers;
    private final IdentityService identityService;
    private final Clock clock;

    Termijnen(DeadlineService deadlines, CaseFileService caseFile, DeadlineTimers timers,
            IdentityService identityService, Clock clock) {
        this.deadlines = deadlines;
        this.caseFile = caseFile;
        this.timers = timers;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** When the consulent is reminded; opens the deadline when its clock was not running yet. */
    public Date herinnering(DelegateExecution execution, String norm) {
        return Date.from(open(execution, norm).reminderAt(clock.getZone()));
    }

    /** When the norm is breached: the end of the due day. Opens the deadline when needed. */
    public Date verlopen(DelegateExecution execution, String norm) {
        return Date.from(open(execution, norm).breachedAt(clock.getZone()));
    }

    /**
     * A monthly cycle over the period of the norm, one for each month from its start (fixed costs are
     * paid at the start of a month): the ISO 8601 repetition {@code R5/2027-01-15T07:00+01:00/P1M} for six
     * months, so every month is registered before the closing talk in the last weeks. A start that lies
     * in the past (ontzorgen is set up some days after bijstand started) counts from now, so the first
     * month is not skipped.
     */
    public String maandelijks(DelegateExecution execution, String norm) {
        Deadline deadline = open(execution, norm);
        long months = ChronoUnit.MONTHS.between(deadline.startsOn(), deadline.dueOn());
        var start = deadline.startsOn().atTime(7, 0).atZone(clock.getZone()).toOffsetDateTime();
        var soon = OffsetDateTime.now(clock).plusMinutes(1).truncatedTo(ChronoUnit.MINUTES);
        // with a start date, Rn fires at the start and n times after it
        return "R" + Math.max(0, months - 1) + "/" + (start.isBefore(soon) ? soon : start) + "/P1M";
    }

    /** Records the breach of the running deadline (what, when; how late follows when it is met). */
    public void overschreden(DelegateExecution execution, String norm) {
        deadlines.recordBreach(execution.getProcessBusinessKey(), Norm.valueOf(norm));
    }

    /** The work the norm guards is done: the deadline is met (late, if it was breached). */
    public void gehaald(DelegateExecution execution, String norm) {
        deadlines.meet(execution.getProcessBusinessKey(), Norm.valueOf(norm));
    }

    /** A listener on the escalation task: records what the coordinator did about the breach. */
    public CaseStep maatregel(String norm) {
        return execution -> FormErrors.check(() -> deadlines.recordEscalationAction(execution.getProcessBusinessKey(),
                Norm.valueOf(norm), FormErrors.text(execution, "escalatieMaatregel"),
                FormErrors.text(execution, "escalatieToelichting"), FormErrors.currentUser(identityService)));
    }

    /** The Dutch name of the norm, for the reminder and escalation forms. */
    public String naam(String norm) {
        return Norm.valueOf(norm).label();
    }

    /** The due date of the latest deadline of the norm as dd-mm-jjjj, for the forms. */
    public String vervaldatum(DelegateExecution execution, String norm) {
        return deadlines.findLatest(execution.getProcessBusinessKey(), Norm.valueOf(norm))
                .map(deadline -> DutchDate.format(deadline.dueOn())).orElse("onbekend");
    }

    /** The consulent of the case, for the escalation form. */
    public String consulent(DelegateExecution execution) {
        return caseFile.consulentOf(execution.getProcessBusinessKey()).orElse("nog niet toegewezen");
    }

    /**
     * A key date arrived from outside (DUO's notice SS139, in variable {@code duoMeldingDatum}): record
     * it, count the running deadlines of the case again and move their timers.
     */
    public void duoMelding(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        caseFile.recordMilestone(caseNumber, Milestone.DUO_NOTICE,
                FormErrors.text(execution, "duoMeldingDatum"), "SS139", FormErrors.currentUser(identityService));
        var moved = deadlines.recalculate(caseNumber).stream().map(Deadline::norm).toList();
        if (!moved.isEmpty()) {
            timers.recalculate(caseNumber, moved);
        }
    }

    /**
     * DUO extended the term (SS103 ex officio, SS104 on request; message {@code DuoTermijnVerlengd} with
     * {@code termijnEinddatum}): the new last day is a key date of the term's deadline, which moves its
     * timers like any other key date.
     */
    public void verlengd(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        String newEnd = FormErrors.text(execution, "termijnEinddatum");
        caseFile.recordMilestone(caseNumber, Milestone.TERM_EXTENDED, newEnd,
                String.valueOf(execution.getVariable("duoGebeurtenis")), null);
        caseFile.extendTerm(caseNumber, java.time.LocalDate.parse(newEnd));
        var moved = deadlines.recalculate(caseNumber).stream().map(Deadline::norm).toList();
        if (!moved.isEmpty()) {
            timers.recalculate(caseNumber, moved);
        }
    }

    private Deadline open(DelegateExecution execution, String norm) {
        return deadlines.open(execution.getProcessBusinessKey(), Norm.valueOf(norm));
    }
}
