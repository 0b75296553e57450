package nl.inburgeringsregie.archief;

import java.util.List;

/**
 * Port to the process engine for retention (issue 21, point 4; implemented in {@code archief.process}): whether a case
 * still has a running process instance (an open procedure: never proposed, never destroyed), and its engine history,
 * which goes with the case when it is destroyed.
 */
public interface CaseProcessHistory {

    /** Whether any process instance of the case (business key: the case number) still runs. */
    boolean hasRunningInstances(String caseNumber);

    /**
     * The ids of every historic process instance of the case: those with the case number as business key (the main
     * process, the instances it called, the processing of DUO's notifications about the case), the instance the case
     * file names, and every instance started within their hierarchies.
     */
    List<String> historicInstanceIds(String caseNumber, String processInstanceId);

    /**
     * Deletes the history of these finished instances: variables, tasks, activity instances, incidents, job logs,
     * decision instances, comments, attachments, identity links, the user operation log of those instances and their
     * byte arrays. Runs in the caller's transaction.
     */
    void deleteHistory(List<String> processInstanceIds);
}
