package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hours followed, the way DUO registers them: totals (GevolgdeUren API). Since issue 20 the hours are kept per provider
 * and month ({@code followed_hours_month}); the totals are derived: the running total of {@code followed_hours} (hours
 * recorded before, without provider or month, and DUO's totals read for someone who moved in) plus the sum of the
 * months. The rules of what may be recorded are inburgeren's (HoursService); the PIP reads the hours that count for
 * scaling to A2, DUO's messages the totals.
 */
@Service
public class FollowedHoursService {

    private final FollowedHoursRepository hours;
    private final CertifiedProviders certified;

    FollowedHoursService(FollowedHoursRepository hours, CertifiedProviders certified) {
        this.hours = hours;
        this.certified = certified;
    }

    /** Adds a running total reported on a day (hours without provider), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long caseId, LocalDate reportedOn, int languageHours, Integer participationHours,
            OffsetDateTime at, String by) {
        hours.insert(caseId, reportedOn, languageHours, participationHours, at, by);
    }

    /** Records (or raises) the hours of one provider's month, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void putMonth(long caseId, MonthHours month, OffsetDateTime at, String by) {
        hours.putMonth(caseId, month, at, by);
    }

    /** The latest running total without provider (recorded before issue 20, or read from DUO), if any. */
    public Optional<HoursTotals> latest(long caseId) {
        return hours.latest(caseId);
    }

    /** The case's hours per provider and month, oldest first. */
    public List<MonthHours> months(long caseId) {
        return hours.months(caseId);
    }

    /**
     * The totals of the case: the running total without provider plus every month, dated by the later of its report and
     * the last day of the latest month; none when nothing was recorded.
     */
    public Optional<HoursTotals> totals(long caseId) {
        var base = hours.latest(caseId);
        var months = hours.months(caseId);
        if (base.isEmpty() && months.isEmpty()) {
            return Optional.empty();
        }
        int language = base.map(HoursTotals::languageHours).orElse(0)
                + months.stream().mapToInt(MonthHours::languageHours).sum();
        boolean anyParticipation = base.map(HoursTotals::participationHours).isPresent()
                || months.stream().anyMatch(month -> month.participationHours() != null);
        Integer participation = anyParticipation ? base.map(HoursTotals::participationHours).orElse(0)
                + months.stream().map(MonthHours::participationHours).filter(Objects::nonNull).mapToInt(Integer::intValue)
                        .sum() : null;
        LocalDate reportedOn = months.stream().map(month -> month.followedIn().plusMonths(1).minusDays(1))
                .max(LocalDate::compareTo).orElse(null);
        if (base.isPresent() && (reportedOn == null || base.get().reportedOn().isAfter(reportedOn))) {
            reportedOn = base.get().reportedOn();
        }
        return Optional.of(new HoursTotals(reportedOn, language, participation));
    }

    /**
     * The language hours that count for scaling the B1-route to A2 on parts (600, DOMAIN.md): the running total
     * without provider as before (recorded from the provider's report before providers were data; its provider cannot
     * be told), plus the months at a provider DUO recognises with the Blik op Werk keurmerk ({@link CertifiedProviders}).
     */
    public int languageHours(long caseId) {
        return hours.languageHours(caseId) + hours.months(caseId).stream()
                .filter(month -> certified.certified(month.instellingsnummer()))
                .mapToInt(MonthHours::languageHours).sum();
    }

    /** The language and KNM hours of the brede intake, when recorded. */
    public Optional<Integer> intakeHours(long caseId) {
        return hours.intakeHours(caseId);
    }

    /** Records the brede intake's language and KNM total, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void putIntakeHours(long caseId, int total, OffsetDateTime at, String by) {
        hours.putIntakeHours(caseId, total, at, by);
    }
}
