package nl.inburgeringsregie.termijn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import nl.inburgeringsregie.gemeente.Norm;

/**
 * One running norm of one case: the work must be done on or before {@code dueOn}. The consulent is
 * reminded on {@code remindOn}; the deadline is breached when the due day has passed.
 */
public record Deadline(long id, long caseId, Norm norm, int round, LocalDate startsOn, LocalDate dueOn,
        LocalDate remindOn, DeadlineStatus status, LocalDate metOn) {

    /** Reminders go out at the start of the working day. */
    static final LocalTime REMINDER_TIME = LocalTime.of(7, 0);

    public Instant reminderAt(ZoneId zone) {
        return remindOn.atTime(REMINDER_TIME).atZone(zone).toInstant();
    }

    /** The moment the due day is over. */
    public Instant breachedAt(ZoneId zone) {
        return dueOn.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
