package nl.inburgeringsregie.zaak;

/**
 * Port: who else must know when a case gets its consulent, another one, or closes. Called in the transaction that
 * changes the case, so what follows (DUO's contact person, issue 20 point 4: registered "when assigned and
 * re-registered on reassignment; removed when the case closes") is committed with the change or not at all.
 * Implemented by the slice {@code contactpersoon}.
 */
public interface ConsulentChanges {

    /** The case got its first consulent (the first consulent who completed one of its tasks). */
    void assigned(long caseId, String gemeenteCode);

    /**
     * A coordinator handed cases to another consulent ({@link CaseReassignment}): one call per handover, with the id
     * and gemeente of each case handed over (up to {@link CaseReassignment#MAX_CASES}).
     */
    void reassigned(java.util.Map<Long, String> gemeentePerCase);

    /** The case closed, for any {@link ClosureReason}. */
    void closed(long caseId, String gemeenteCode);
}
