package nl.inburgeringsregie.zaak;

/**
 * Port: a closed case's clocks stop, in the transaction of the closure, whatever the reason it closed for. So an open
 * norm is always one of an open case, and the lists over the open norms need not ask every case whether it is still
 * open (issue 22, point 4). Implemented by the slice {@code termijn}, the one deadline mechanism.
 */
public interface CaseClocks {

    /** The case closed: every norm still open stops without being met. */
    void closed(long caseId);
}
