package nl.inburgeringsregie.support;

import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.localDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * How the project's property tests (issue 24, point 3; classes {@code *PropertiesTest}) run QuickTheories: 200 generated
 * examples per property (QuickTheories' own default is 1000), so the whole family stays within seconds on a shared
 * build machine, and the few generators QuickTheories lacks. A failing property reports its smallest counterexample
 * and its seed; {@code -DQT_SEED=…} repeats that run.
 */
public final class PropertyChecks {

    /** Generated examples per property. */
    public static final int EXAMPLES = 200;

    private PropertyChecks() {
    }

    /** QuickTheories with the project's number of examples; use instead of {@link QuickTheory#qt()}. */
    public static QuickTheory qt() {
        return QuickTheory.qt().withExamples(EXAMPLES);
    }

    /** The generator's values, and null in about {@code percent} of the examples. */
    public static <T> Gen<T> orNull(Gen<T> values, int percent) {
        return Generate.frequency(Pair.of(100 - percent, values), Pair.of(percent, Generate.constant((T) null)));
    }

    /** Dates from {@code first} to {@code last}, both included. */
    public static Gen<LocalDate> datesBetween(LocalDate first, LocalDate last) {
        return localDates().withDaysBetween(first.toEpochDay(), last.toEpochDay());
    }

    /** Months from {@code first} to {@code last}, both included. */
    public static Gen<YearMonth> monthsBetween(YearMonth first, YearMonth last) {
        int from = first.getYear() * 12 + first.getMonthValue() - 1;
        int to = last.getYear() * 12 + last.getMonthValue() - 1;
        return Generate.range(from, to).map(month -> YearMonth.of(month / 12, month % 12 + 1));
    }

    /** Text of {@code min} to {@code max} characters, each one of {@code characters}. */
    public static Gen<String> textOf(String characters, int min, int max) {
        List<Integer> codePoints = characters.codePoints().boxed().toList();
        return lists().of(Generate.pick(codePoints)).ofSizeBetween(min, max).map(PropertyChecks::text);
    }

    private static String text(List<Integer> codePoints) {
        var text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }
}
