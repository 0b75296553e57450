package nl.inburgeringsregie.zaak;

/**
 * Port: what the case file tells the clocks, in the same transaction. A closed case's clocks stop, whatever the reason
 * it closed for, so an open norm is always one of an open case and the lists over the open norms need not ask every
 * case whether it is still open; a pause that starts or ends changes which clocks run (issue 22, point 4). Implemented
 * by the slice {@code termijn}, the one deadline mechanism.
 */
public interface CaseClocks {

    /** The case closed: every norm still open stops without being met. */
    void closed(long caseId);

    /** A pause of the case (temporary exemption) or of one of its norms started or ended. */
    void pausesChanged(long caseId);
}
