package nl.inburgeringsregie.afronding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.termijn.DeadlineService;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.ClosureReason;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * DUO's decisions and the end of a case: the obligation met (SS106–SS108) leads to completion and
 * after-care; ended otherwise (SS110–SS111) or a move away closes the case with its reason. Every clock
 * still running stops; what was recorded stays.
 */
@Service
public class CaseClosure {

    private final CaseFileService caseFile;
    private final DeadlineService deadlines;
    private final OutflowService outflow;
    private final Clock clock;

    public CaseClosure(CaseFileService caseFile, DeadlineService deadlines, OutflowService outflow, Clock clock) {
        this.caseFile = caseFile;
        this.deadlines = deadlines;
        this.outflow = outflow;
        this.clock = clock;
    }

    /**
     * DUO decided the obligation is met (SS106/SS107/SS108, decided on {@code decisionDate}, today when
     * empty): the term is met, the other clocks stop, and the case goes on to completion.
     *
     * @return the closure reason the case will close with after completion (its name)
     */
    public String obligationMet(String caseNumber, String event, String decisionDate) {
        ClosureReason reason = reason(event, true);
        caseFile.recordMilestone(caseNumber, Milestone.OBLIGATION_MET, dateOrToday(decisionDate),
                reason.label() + " (" + event + ")", null);
        deadlines.meet(caseNumber, Norm.INBURGERINGSTERMIJN);
        deadlines.cancelOpen(caseNumber);
        caseFile.changePhase(caseNumber, CasePhase.AFRONDEN);
        return reason.name();
    }

    /** DUO ended the obligation otherwise (SS110–SS111): the clocks stop and the case closes. */
    public void obligationEnded(String caseNumber, String event, String decisionDate) {
        ClosureReason reason = reason(event, false);
        caseFile.recordMilestone(caseNumber, Milestone.OBLIGATION_ENDED, dateOrToday(decisionDate),
                reason.label() + " (" + event + ")", null);
        deadlines.cancelOpen(caseNumber);
        caseFile.close(caseNumber, reason, "Besluit DUO " + event);
    }

    /** The case was handed over to the new gemeente (a CBS code): the handover is recorded and the case closed. */
    public void movedAway(String caseNumber, String newGemeente, String moveDate, String note, String by) {
        if (newGemeente == null || !newGemeente.matches("GM\\d{4}")) {
            throw InvalidInputException.of("nieuweGemeente",
                    "Vul de nieuwe gemeente in als CBS-code, bijvoorbeeld GM0363");
        }
        caseFile.recordMilestone(caseNumber, Milestone.MOVED_AWAY, moveDate, "Naar " + newGemeente, by);
        caseFile.recordReport(caseNumber, "OVERDRACHT_NIEUWE_GEMEENTE", moveDate,
                Map.of("nieuweGemeente", newGemeente, "overdrachtNotitie", note == null ? "" : note), by);
        deadlines.cancelOpen(caseNumber);
        caseFile.close(caseNumber, ClosureReason.VERHUISD, "Naar " + newGemeente);
    }

    /** Completion ("Inburgering afronden"): where the inburgeraar goes. */
    public void completed(String caseNumber, String outflowText, String note, String by) {
        outflowRecorded(caseNumber, Outflow.Moment.AFRONDING, Milestone.COMPLETED, outflowText, note, by);
    }

    /** The end of after-care ("Nazorg afronden"): where the inburgeraar is. */
    public void aftercareEnded(String caseNumber, String outflowText, String note, String by) {
        outflowRecorded(caseNumber, Outflow.Moment.EINDE_NAZORG, Milestone.AFTERCARE_ENDED, outflowText, note, by);
    }

    /**
     * Whether after-care still has time to run: its end (the gemeente's NAZORG norm, counted from the housing
     * [seed 004], else the BRP registration: gemeente.Norm.NAZORG) lies ahead; the case then enters the phase NAZORG. If not, its clock stops at once.
     */
    public boolean aftercareRuns(String caseNumber) {
        if (deadlines.open(caseNumber, Norm.NAZORG).dueOn().isAfter(LocalDate.now(clock))) {
            caseFile.changePhase(caseNumber, CasePhase.NAZORG);
            return true;
        }
        deadlines.cancelOpen(caseNumber);
        return false;
    }

    /** The end of the case after completion (and after-care): closed with DUO's reason (its name). */
    public void closeAfterCompletion(String caseNumber, String reason) {
        caseFile.close(caseNumber, ClosureReason.valueOf(reason), "Inburgering afgerond");
    }

    private void outflowRecorded(String caseNumber, Outflow.Moment moment, Milestone milestone, String outflowText,
            String note, String by) {
        outflow.record(caseNumber, moment, outflowText, note, by);
        caseFile.recordMilestone(caseNumber, milestone, null, null, by);
    }

    private static ClosureReason reason(String event, boolean met) {
        ClosureReason reason = ClosureReason.ofDuoEvent(event).orElseThrow(() -> new IllegalArgumentException(
                "DUO-gebeurtenis " + event + " beëindigt de inburgeringsplicht niet"));
        if (reason.isObligationMet() != met) {
            throw new IllegalArgumentException("DUO-gebeurtenis " + event + (met
                    ? " betekent niet dat de inburgeringsplicht is nagekomen" : " betekent dat de plicht is nagekomen"));
        }
        return reason;
    }

    private String dateOrToday(String date) {
        return date == null || date.isBlank() ? LocalDate.now(clock).toString() : date;
    }
}
