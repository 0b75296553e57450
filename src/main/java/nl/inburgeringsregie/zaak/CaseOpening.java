package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case for a registered person: one open case per person, in phase REGISTERED, linked to its
 * process instance once that started. Writes join the registration's transaction, so a failure leaves nothing.
 */
@Service
public class CaseOpening {

    private final CaseRepository cases;

    CaseOpening(CaseRepository cases) {
        this.cases = cases;
    }

    /** The person's case that is not closed, if any: a person has at most one. */
    public Optional<IntegrationCase> openCaseOf(long personId) {
        return cases.findOpenByPerson(personId);
    }

    /** Stores the new case (phase REGISTERED) and returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long open(String caseNumber, long personId, String gemeenteCode, Doelgroep doelgroep,
            LocalDate koppeldatum, String azc, boolean nareiziger, OffsetDateTime openedAt) {
        return cases.insert(caseNumber, personId, gemeenteCode, doelgroep, koppeldatum, azc, nareiziger, openedAt);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void linkProcessInstance(long caseId, String processInstanceId) {
        cases.linkProcessInstance(caseId, processInstanceId);
    }
}
