package nl.inburgeringsregie.termijn;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import nl.inburgeringsregie.zaak.CaseSuspension;

/**
 * How far a temporary exemption moves a clock. DUO's Gebeurtenissen.md lists SS109 "Tijdelijke vrijstelling toegekend"
 * under "Intrekken Inburgeringsplicht" (the administration "is relevant voor het hervatten inburgeringsplicht") and SS130
 * under "Termijn gewijzigd": "Eerdere inburgeringsplicht wordt hervat". DOMAIN.md: "We keep such a case suspended
 * (clocks paused …)". A paused clock does not run: every period the case stood still, from its first day up to the day
 * it resumed, moves the due day of a deadline that was running across it by the days it lasted. A period that began
 * before the clock started counts only from the clock's start; a period after the (moved) due day does not count; a
 * period that still lasts counts when it ends (its deadlines are paused meanwhile, {@link #isPaused}). Counted in
 * order, so one period's move can bring a later period within the deadline.
 * <p>
 * The same mechanism holds one local norm the coordinator paused (issue 19, point 5: illness, a hospital stay, a fine
 * procedure …): such a period holds only the clock of its norm ({@link CaseSuspension#holds}), see {@link #forNorm}.
 */
public final class PausedClocks {

    /**
     * {@link #isPaused} in SQL, for lists that read the tables (aliases {@code c} for integration_case, {@code d} for
     * case_deadline): the case is suspended by a temporary exemption (DUO SS109), or the coordinator paused this
     * deadline's norm (issue 19, point 5), the same record with the norm, until the pause ends. The deadline list of
     * /regie and the daily digest (signalering) leave such a clock out of late and due.
     */
    public static final String PAUSED_SQL = pausedSql("c.id");

    /** {@link #PAUSED_SQL} with the case's id in {@code caseId} (for a query of the deadlines {@code d} alone). */
    public static String pausedSql(String caseId) {
        return "EXISTS (SELECT 1 FROM case_suspension s WHERE s.case_id = " + caseId
                + " AND s.ends_on IS NULL AND (s.norm IS NULL OR s.norm = d.norm))";
    }

    private PausedClocks() {
    }

    /** The due day {@code due} of a clock started on {@code clockStart}, moved by the periods the case stood still. */
    public static LocalDate moved(LocalDate clockStart, LocalDate due, List<CaseSuspension> suspensions) {
        LocalDate moved = due;
        for (CaseSuspension period : suspensions.stream().sorted(Comparator.comparing(CaseSuspension::startsOn)).toList()) {
            if (period.isOngoing()) {
                continue;
            }
            LocalDate from = period.startsOn().isBefore(clockStart) ? clockStart : period.startsOn();
            if (from.isAfter(moved) || !period.endsOn().isAfter(from)) {
                continue;
            }
            moved = moved.plusDays(ChronoUnit.DAYS.between(from, period.endsOn()));
        }
        return moved;
    }

    /** The periods that hold the clock of the norm named {@code norm}: the whole case's, and the norm's own pauses. */
    public static List<CaseSuspension> forNorm(String norm, List<CaseSuspension> suspensions) {
        return suspensions.stream().filter(period -> period.holds(norm)).toList();
    }

    /** Whether the clock of the norm named {@code norm} stands still now: the case or that norm is paused. */
    public static boolean isPaused(String norm, List<CaseSuspension> suspensions) {
        return isPaused(forNorm(norm, suspensions));
    }

    /** The days the clocks of the case stood still in all, over every ended period. */
    public static long daysStood(List<CaseSuspension> suspensions) {
        return suspensions.stream().mapToLong(CaseSuspension::days).sum();
    }

    /** Whether the case's clocks stand still now: a temporary exemption lasts. */
    public static boolean isPaused(List<CaseSuspension> suspensions) {
        return suspensions.stream().anyMatch(CaseSuspension::isOngoing);
    }
}
