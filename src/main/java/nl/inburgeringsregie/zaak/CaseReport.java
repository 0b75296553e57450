package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A report of a talk or step (an intake talk, a test appointment): the recorded fields as JSON. */
public record CaseReport(long id, String kind, LocalDate occurredOn, String content, OffsetDateTime recordedAt,
        String recordedBy) {
}
