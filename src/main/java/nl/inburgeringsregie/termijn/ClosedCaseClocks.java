package nl.inburgeringsregie.termijn;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import nl.inburgeringsregie.zaak.CaseClocks;

/**
 * A closed case's norms stop: those still open are cancelled ("Vervallen") in the closure's transaction, whichever
 * way the case closed (DUO's decision, a move away, completion, after-care's end). Together with
 * {@link DeadlineRepository#insert} and {@link DeadlineRepository#reopen}, which never make a norm of a closed case
 * open, this keeps the rule the lists read by: an open norm is a norm of an open case (issue 22, point 4).
 */
@Component
class ClosedCaseClocks implements CaseClocks {

    private final DeadlineRepository deadlines;
    private final Clock clock;

    ClosedCaseClocks(DeadlineRepository deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void closed(long caseId) {
        deadlines.cancelOpen(caseId, OffsetDateTime.now(clock));
    }
}
