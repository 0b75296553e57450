package nl.inburgeringsregie.zaak;

import java.time.LocalDate;

/** Port to the process engine: starts the work on a new case. Implemented in the engine package. */
public interface CaseWorkflow {

    /** Starts the main process for the case; returns the process instance id. */
    String startInburgering(NewCaseFacts facts);

    /** What the process needs to route on and to show the caseworker; never the BSN. */
    record NewCaseFacts(
            String caseNumber,
            String gemeenteCode,
            String gemeenteName,
            Doelgroep doelgroep,
            String displayName,
            String azc,
            LocalDate koppeldatum,
            String language,
            boolean interpreterNeeded,
            /** A family member who arrived later: no warme overdracht. */
            boolean nareiziger,
            /** Settled here with the PIP of the previous gemeente (SS121): schakels 2 and 3 are done. */
            boolean pipTakenOver) {
    }
}
