package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hours followed as running totals, the way DUO registers them (GevolgdeUren API). The rules of what may be
 * reported are inburgeren's (HoursService); the PIP reads the language total, DUO's messages the latest totals.
 */
@Service
public class FollowedHoursService {

    private final FollowedHoursRepository hours;

    FollowedHoursService(FollowedHoursRepository hours) {
        this.hours = hours;
    }

    /** Adds the totals reported on a day, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long caseId, LocalDate reportedOn, int languageHours, Integer participationHours,
            OffsetDateTime at, String by) {
        hours.insert(caseId, reportedOn, languageHours, participationHours, at, by);
    }

    /** The latest totals of the case, if any were reported. */
    public Optional<HoursTotals> latest(long caseId) {
        return hours.latest(caseId);
    }

    /** The highest language total reported so far (0 when none). */
    public int languageHours(long caseId) {
        return hours.languageHours(caseId);
    }
}
