package nl.inburgeringsregie.signalering;

import java.time.LocalDate;

/**
 * Which open clock a digest tells about (issue 19, point 6: "clocks due within the gemeente's reminder lead time and
 * … breaches"). The lead time is the gemeente's, per norm (gemeente_norm.reminder_before, "how long before the due
 * date the consulent is reminded", gemeente.NormSetting); the one deadline mechanism (termijn.DeadlineService) already
 * keeps each clock's reminder day ({@code remindOn} = due day minus that lead time), so the digest reads it and
 * counts no second way. A paused clock stands still (termijn.PausedClocks) and is neither late nor due. The SQL of
 * {@link DigestSelection} applies the same rule to the tables; this is it for one clock.
 */
enum DigestRule {

    /** The due day has passed: the norm is breached. */
    TE_LAAT("Te laat"),
    /** The reminder day has come and the due day has not passed: due within the gemeente's lead time. */
    BINNENKORT("Binnenkort"),
    /** Nothing to tell: still before its reminder day, or paused. */
    NIETS("Niets te melden");

    private final String label;

    DigestRule(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static DigestRule of(LocalDate remindOn, LocalDate dueOn, boolean paused, LocalDate today) {
        if (paused) {
            return NIETS;
        }
        if (dueOn.isBefore(today)) {
            return TE_LAAT;
        }
        return remindOn.isAfter(today) ? NIETS : BINNENKORT;
    }
}
