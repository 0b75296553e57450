package nl.inburgeringsregie.termijn;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.inburgeringsregie.gemeente.Norm;

/** A norm that was not met on time: what, when, how late and what the coordinator did about it. */
public record NormBreach(long id, long deadlineId, long caseId, Norm norm, LocalDate dueOn, OffsetDateTime recordedAt,
        LocalDate metOn, Integer daysLate, String action, String actionNote, String actionBy) {
}
