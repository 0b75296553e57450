package nl.inburgeringsregie.termijn;

/** Where a coordinator's extension of a deadline stands (issue 19, point 5: four eyes beyond the gemeente's maximum). */
public enum ExtensionStatus {
    /** Beyond the maximum: waits for a second coordinator; nothing moves meanwhile. */
    AANGEVRAAGD,
    /** Within the maximum, or approved by a second coordinator: the due date moved. */
    GOEDGEKEURD,
    /** Refused by a second coordinator: nothing moved. */
    AFGEWEZEN
}
