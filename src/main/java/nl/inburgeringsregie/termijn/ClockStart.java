package nl.inburgeringsregie.termijn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.gemeente.NormSetting;

/**
 * The day a norm's clock counts from, given the case's key dates (milestone name → date): the latest of
 * the key dates the gemeente counts from; when none of them is known, the latest of the norm's fallback
 * (after-care without a housing date counts from the BRP registration [seed 004]); and never before the
 * day the norm may not start before (intake and PIP: the start of the obligation, DOMAIN.md "The clocks
 * for brede intake and PIP count from the latest of: BRP registration, DUO's SS139 … and the start of the
 * obligation"). Without any of its key dates, or without the one it waits for ({@link Norm#waitsFor()}: the BRP
 * registration for intake and PIP, whose work may start at the driegesprek before the person is housed), the clock
 * cannot start yet.
 */
final class ClockStart {

    private ClockStart() {
    }

    static LocalDate of(NormSetting setting, Map<String, LocalDate> keyDates) {
        return ifKnown(setting, keyDates).orElseThrow(() -> new MissingKeyDateException(setting));
    }

    /** The day the clock counts from, or empty while a key date it needs is not known yet (the clock waits). */
    static Optional<LocalDate> ifKnown(NormSetting setting, Map<String, LocalDate> keyDates) {
        Norm norm = setting.norm();
        if (norm.waitsFor() != null && !keyDates.containsKey(norm.waitsFor())) {
            return Optional.empty();
        }
        return latest(setting.countsFrom(), keyDates)
                .or(() -> latest(norm.fallbackCountsFrom(), keyDates))
                .map(start -> {
                    LocalDate notBefore = norm.notBefore() == null ? null : keyDates.get(norm.notBefore());
                    return notBefore != null && notBefore.isAfter(start) ? notBefore : start;
                });
    }

    private static Optional<LocalDate> latest(List<String> milestones, Map<String, LocalDate> keyDates) {
        return milestones.stream().map(keyDates::get).filter(Objects::nonNull).max(LocalDate::compareTo);
    }
}
