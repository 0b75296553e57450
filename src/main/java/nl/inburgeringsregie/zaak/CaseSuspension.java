package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period in which the case stood still because DUO granted a temporary exemption (SS109; DUO's Gebeurtenissen.md,
 * "Intrekken Inburgeringsplicht"): from {@code startsOn} up to, not including, {@code endsOn} (null while it lasts),
 * started and ended by DUO's events, with the phase the case was in.
 */
public record CaseSuspension(LocalDate startsOn, LocalDate endsOn, CasePhase phaseBefore, String startedBy,
        String endedBy) {

    public boolean isOngoing() {
        return endsOn == null;
    }

    /** The days the case stood still; 0 while it lasts (its clocks move when it ends). */
    public long days() {
        return endsOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(startsOn, endsOn));
    }
}
