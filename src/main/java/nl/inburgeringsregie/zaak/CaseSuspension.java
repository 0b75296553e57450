package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period in which clocks of the case stood still: from {@code startsOn} up to, not including, {@code endsOn} (null
 * while it lasts). With {@code norm} null the whole case stood still because DUO granted a temporary exemption (SS109;
 * DUO's Gebeurtenissen.md, "Intrekken Inburgeringsplicht"), started and ended by DUO's events, with the phase the case
 * was in; with a norm (its {@code Norm.name()}) the coordinator paused that one local norm (issue 19, point 5), started
 * and ended by the coordinator's user id.
 */
public record CaseSuspension(LocalDate startsOn, LocalDate endsOn, CasePhase phaseBefore, String startedBy,
        String endedBy, String norm) {

    /** A period of the whole case (a temporary exemption). */
    public CaseSuspension(LocalDate startsOn, LocalDate endsOn, CasePhase phaseBefore, String startedBy,
            String endedBy) {
        this(startsOn, endsOn, phaseBefore, startedBy, endedBy, null);
    }

    /** Whether the whole case stood still (a temporary exemption), not one norm. */
    public boolean isWholeCase() {
        return norm == null;
    }

    /** Whether the clock of the norm named {@code normName} stood still in this period. */
    public boolean holds(String normName) {
        return norm == null || norm.equals(normName);
    }

    public boolean isOngoing() {
        return endsOn == null;
    }

    /** The days the case stood still; 0 while it lasts (its clocks move when it ends). */
    public long days() {
        return endsOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(startsOn, endsOn));
    }
}
