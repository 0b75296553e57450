package nl.inburgeringsregie.archief;

import java.time.OffsetDateTime;

/** A vernietigingslijst of one gemeente and where it stands (table destruction_list). */
public record DestructionList(long id, String gemeenteCode, Status status, String proposedBy, OffsetDateTime proposedAt,
        String coordinatorApprovedBy, OffsetDateTime coordinatorApprovedAt, String archivistApprovedBy,
        OffsetDateTime archivistApprovedAt, String rejectedBy, OffsetDateTime rejectedAt, String rejectionReason,
        OffsetDateTime carriedOutAt) {

    /** Where a list stands, in Dutch words. */
    public enum Status {
        VOORGESTELD("voorgesteld, wacht op goedkeuring"),
        AFGEWEZEN("afgewezen, niets vernietigd"),
        GOEDGEKEURD("goedgekeurd, nog niet elke zaak vernietigd"),
        UITGEVOERD("uitgevoerd");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether this user approved it already, in either role. */
    boolean approvedBy(String userId) {
        return userId.equals(coordinatorApprovedBy) || userId.equals(archivistApprovedBy);
    }
}
