package nl.inburgeringsregie.termijn;

import nl.inburgeringsregie.gemeente.Norm;

/** A coordinator's extension of one deadline by {@code days}, with its reason and who asked and decided. */
public record Extension(long id, long deadlineId, long caseId, Norm norm, int days, String reasonKind, String reasonNote,
        ExtensionStatus status, String requestedBy, String decidedBy) {
}
