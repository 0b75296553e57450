package nl.inburgeringsregie.archief;

import java.time.OffsetDateTime;

/** A juridische blokkade (legal hold) on a closed case; {@code liftedAt} null while it is in place. */
public record LegalHold(long id, String reason, String placedBy, OffsetDateTime placedAt, String liftReason,
        String liftedBy, OffsetDateTime liftedAt) {

    public boolean inPlace() {
        return liftedAt == null;
    }
}
