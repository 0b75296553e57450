package nl.inburgeringsregie.zaak;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leerroute of the PIP in force and a term taken over with a previous gemeente's PIP, as the case file
 * shows them. The PIP slice decides both; these writes join its transaction. (A term that starts here is
 * started by {@link CaseFileService#startTerm}.)
 */
@Service
public class LeerrouteAndTermService {

    private final CaseRepository cases;
    private final MilestoneRepository milestones;
    private final java.time.Clock clock;

    LeerrouteAndTermService(CaseRepository cases, MilestoneRepository milestones, java.time.Clock clock) {
        this.cases = cases;
        this.milestones = milestones;
        this.clock = clock;
    }

    /** The leerroute of the PIP in force (its enum name). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordLeerroute(long caseId, String leerroute) {
        cases.updateLeerroute(caseId, leerroute);
    }

    /** The term started by the previous gemeente's PIP: it runs on here, from its first to its last day. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void takeOverTerm(long caseId, LocalDate startsOn, LocalDate endsOn) {
        cases.updateTerm(caseId, startsOn, endsOn);
    }

    /**
     * The case's only PIP was withdrawn (issue 20, point 6): as a revoked decision it no longer holds, so the leerroute,
     * the term it started (Wet inburgering 2021 art. 11) and its key dates PIP_ISSUED and TERM_STARTED go; the
     * withdrawal is recorded as PIP_WITHDRAWN with {@code note}. The next approved PIP is the first again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void firstPipWithdrawn(long caseId, String note, String withdrawnBy) {
        cases.updateLeerroute(caseId, null);
        cases.updateTerm(caseId, null, null);
        milestones.delete(caseId, Milestone.PIP_ISSUED);
        milestones.delete(caseId, Milestone.TERM_STARTED);
        milestones.save(caseId, new RecordedMilestone(Milestone.PIP_WITHDRAWN, LocalDate.now(clock), note,
                java.time.OffsetDateTime.now(clock), withdrawnBy));
    }
}
