package nl.inburgeringsregie.handhaving;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A warning or a fine (proposal and four-eyes decision) on one case. */
public record Sanction(long id, long caseId, SanctionKind kind, SanctionGround ground, Integer amountEuros,
        String motivation, LocalDate issuedOn, String proposedBy, OffsetDateTime proposedAt, FineDecision decision,
        String decisionReason, String decidedBy, OffsetDateTime decidedAt) {
}
