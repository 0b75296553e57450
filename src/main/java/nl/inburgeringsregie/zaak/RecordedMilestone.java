package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record RecordedMilestone(
        Milestone milestone,
        LocalDate occurredOn,
        String note,
        OffsetDateTime recordedAt,
        String recordedBy) {
}
