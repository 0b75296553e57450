package nl.inburgeringsregie.termijn;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import nl.inburgeringsregie.zaak.CaseClocks;

/**
 * What the case file tells the clocks. A closed case's norms stop: those still open are cancelled ("Vervallen") in the
 * closure's transaction, whichever way the case closed (DUO's decision, a move away, completion, after-care's end).
 * Together with {@link DeadlineRepository#insert} and {@link DeadlineRepository#reopen}, which never make a norm of a
 * closed case open, this keeps the rule the lists read by: an open norm is a norm of an open case (issue 22, point 4).
 * A pause that starts or ends (a temporary exemption, a coordinator's pause of one norm) changes which clocks run:
 * the case's next clock is written again ({@link CaseClockSummary}).
 */
@Component
class CaseClockChanges implements CaseClocks {

    private final DeadlineRepository deadlines;
    private final CaseClockSummary summary;
    private final Clock clock;

    CaseClockChanges(DeadlineRepository deadlines, CaseClockSummary summary, Clock clock) {
        this.deadlines = deadlines;
        this.summary = summary;
        this.clock = clock;
    }

    @Override
    public void closed(long caseId) {
        deadlines.cancelOpen(caseId, OffsetDateTime.now(clock));
    }

    @Override
    public void pausesChanged(long caseId) {
        summary.refresh(caseId);
    }
}
