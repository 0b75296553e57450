package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.util.Map;

/**
 * Port to the process engine: starts the work on a new case and hands its consulent tasks to another consulent.
 * Implemented in the engine package.
 */
public interface CaseWorkflow {

    /**
     * Gives the cases' open consulent tasks (candidate group consulenten, in every process of each case) to {@code to}:
     * per case those assigned to its consulent until now ({@code fromPerCase}: case number to that consulent, null for
     * a case without one) and those assigned to nobody (the parse listener would have given them to the case's
     * consulent, had the case had one). A task a coordinator gave to someone else stays with that person. Works on
     * all cases at once (a bulk handover of 500 cases within 5 s, issue 19) and runs in the caller's transaction: all
     * or nothing.
     *
     * @return per case given, the number of its tasks moved (0 when none)
     */
    Map<String, Integer> handOverConsulentTasks(Map<String, String> fromPerCase, String to);

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
            boolean pipTakenOver,
            /**
             * Moved here from another gemeente (DUO's SS120/SS121): lives here already, so no warme overdracht
             * (DOMAIN.md: "A statushouder who moves in (SS120/SS121) lives here already: no driegesprek, no housing").
             */
            boolean movedIn) {

        /** A case of someone who did not move here from another gemeente. */
        public NewCaseFacts(String caseNumber, String gemeenteCode, String gemeenteName, Doelgroep doelgroep,
                String displayName, String azc, LocalDate koppeldatum, String language, boolean interpreterNeeded,
                boolean nareiziger, boolean pipTakenOver) {
            this(caseNumber, gemeenteCode, gemeenteName, doelgroep, displayName, azc, koppeldatum, language,
                    interpreterNeeded, nareiziger, pipTakenOver, pipTakenOver);
        }
    }
}
