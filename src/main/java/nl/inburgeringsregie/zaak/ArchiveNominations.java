package nl.inburgeringsregie.zaak;

import java.time.LocalDate;

/**
 * Port: a closed case gets its archiefnominatie and archiefactiedatum (issue 21, point 4), in the transaction of the
 * closure. Implemented by the slice {@code archief}.
 */
public interface ArchiveNominations {

    /** The case closed on {@code closedOn} for {@code reason}. */
    void closed(long caseId, ClosureReason reason, LocalDate closedOn);
}
