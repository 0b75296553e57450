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

    LeerrouteAndTermService(CaseRepository cases) {
        this.cases = cases;
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
}
