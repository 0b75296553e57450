package nl.inburgeringsregie.termijn;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * A key date that arrives from outside while clocks run: it is recorded, the running deadlines of the
 * case are counted again, and the timers of those that moved follow.
 */
@Service
public class KeyDateChanges {

    private final CaseFileService caseFile;
    private final DeadlineService deadlines;
    private final ClockTimers timers;

    public KeyDateChanges(CaseFileService caseFile, DeadlineService deadlines, ClockTimers timers) {
        this.caseFile = caseFile;
        this.deadlines = deadlines;
        this.timers = timers;
    }

    /** DUO's notice SS139 (the person left the COA and lives in the gemeente), dated as DUO dated it. */
    public void duoNotice(String caseNumber, String dateText, String recordedBy) {
        caseFile.recordMilestone(caseNumber, Milestone.DUO_NOTICE, dateText, "SS139", recordedBy);
        moveClocks(caseNumber);
    }

    /**
     * The first day of the obligation as DUO registered it (Inburgeringsplicht API, {@code begindatum}), read
     * after a notification of a new obligation (SS101, SS128, SS129, SS139). No intake or PIP clock starts
     * before it (DOMAIN.md: they count from the latest of BRP registration, DUO's SS139 and the start of the
     * obligation), so a date arriving after the clocks opened moves them.
     */
    public void obligationStarted(String caseNumber, String dateText, String event) {
        caseFile.recordMilestone(caseNumber, Milestone.OBLIGATION_STARTED, dateText, event, null);
        // DUO's begindatum decides the law (DOMAIN.md: "Wi2021 applies to people who became obliged on or after
        // 2022-01-01"); a doelgroep that contradicts it is not changed but shown on the case (ApplicableLaw)
        caseFile.recordLawFromDuo(caseNumber, LocalDate.parse(dateText));
        moveClocks(caseNumber);
    }

    /**
     * DUO extended the term (SS103 ex officio, SS104 on request): the new last day is a key date of the
     * term's deadline, which moves its timers like any other key date.
     */
    public void termExtended(String caseNumber, String event, String newEndText) {
        caseFile.recordMilestone(caseNumber, Milestone.TERM_EXTENDED, newEndText, event, null);
        caseFile.extendTerm(caseNumber, LocalDate.parse(newEndText));
        moveClocks(caseNumber);
    }

    /**
     * DUO registered the term (SS102; DUO's Inburgeringstermijn API gives its startdatum and einddatum) with other
     * dates than the case computed: DUO's stand [DOMAIN.md: "DUO registers the term (SS102, extensions SS103/SS104):
     * where DUO's dates differ from ours, DUO's stand, and the difference is shown to the coordinator"]. Its first
     * day is the key date of the term's deadline; a last day beyond three years from it extends that deadline like
     * an extension. The difference is recorded on the case with the words the coordinator reads.
     */
    public void termRegisteredByDuo(String caseNumber, String event, LocalDate firstDay, LocalDate lastDay,
            String difference) {
        caseFile.followDuoTerm(caseNumber, firstDay, lastDay, "Gestart volgens DUO (" + event + ")");
        if (lastDay.isAfter(firstDay.plusYears(CaseFileService.TERM_YEARS).minusDays(1))) {
            caseFile.recordMilestone(caseNumber, Milestone.TERM_EXTENDED, lastDay.toString(),
                    "Einddatum volgens DUO (" + event + ")", null);
        }
        caseFile.recordMilestone(caseNumber, Milestone.TERM_DIFFERS_FROM_DUO, null, difference, null);
        moveClocks(caseNumber);
    }

    /**
     * A key date was recorded in a task (the BRP registration, in the warme overdracht or the main process): work
     * done before it meets its norm (the intake held at the AZC), the clocks that waited for it start, and the
     * running ones move. Intake and PIP count from the BRP registration even when the intake started at the
     * driegesprek [seed 004 §5; DOMAIN.md "The clocks for brede intake and PIP count from ... BRP registration"].
     */
    public void keyDateRecorded(String caseNumber) {
        deadlines.meetWorkDoneBeforeTheClock(caseNumber);
        var norms = new java.util.LinkedHashSet<String>();
        deadlines.recalculate(caseNumber).forEach(deadline -> norms.add(deadline.norm().name()));
        // a waiting clock's timers wait for "never"; evaluated again they open the deadline now its key date is known
        deadlines.notRunning(caseNumber).forEach(norm -> norms.add(norm.name()));
        if (!norms.isEmpty()) {
            timers.moved(caseNumber, List.copyOf(norms));
        }
    }

    private void moveClocks(String caseNumber) {
        List<String> moved = deadlines.recalculate(caseNumber).stream().map(deadline -> deadline.norm().name()).toList();
        if (!moved.isEmpty()) {
            timers.moved(caseNumber, moved);
        }
    }
}
