package nl.inburgeringsregie.gemeente;

import java.time.Period;
import java.util.List;

/**
 * How one gemeente applies one norm: the period, the key dates it counts from (the latest of them
 * counts, as milestone names) and how long before the due date the consulent is reminded.
 */
public record NormSetting(Norm norm, Period period, List<String> countsFrom, Period reminderBefore) {
}
