package nl.inburgeringsregie.termijn;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock pattern, in one place: how a model names the parts of the clock that watches a case's deadline for
 * one norm (docs/analist.md, "Het klokpatroon"). The model gate checks the models against it, DUO's notices move
 * the timers by these ids, the Tasklist filters find the escalations by them, and the tests drive clocks with them.
 * A clock for norm X always has {@code TimerStart_Verlopen_X}, {@code ServiceTask_Overschrijding_X} and
 * {@code Task_Escalatie_X}; with a reminder also {@code TimerStart_Herinnering_X} and {@code Task_Herinnering_X}.
 * The scope the clock watches ends with {@link #metExpression}: the norm is met on the date of the work, which the
 * model names as the form variable holding it (the PIP's dagtekening, the date the talk was held), or, where the
 * work has no date of its own, on the day the scope ends.
 */
public final class Clocks {

    /** A clock's parts, each an id prefix followed by the norm. */
    public enum Part {
        REMINDER_TIMER("TimerStart_Herinnering_"),
        REMINDER_TASK("Task_Herinnering_"),
        BREACH_TIMER("TimerStart_Verlopen_"),
        BREACH_RECORD("ServiceTask_Overschrijding_"),
        ESCALATION_TASK("Task_Escalatie_");

        private final String prefix;

        Part(String prefix) {
            this.prefix = prefix;
        }

        public String id(String norm) {
            return prefix + norm;
        }

        public String prefix() {
            return prefix;
        }

        public boolean isTimer() {
            return this == REMINDER_TIMER || this == BREACH_TIMER;
        }

        /** The {@code termijnen} method the part's timer reads its date from. */
        public String timerMethod() {
            return this == REMINDER_TIMER ? "herinnering" : "verlopen";
        }
    }

    /** Every clock records a breach and escalates it. */
    public static final List<Part> ALWAYS = List.of(Part.BREACH_TIMER, Part.BREACH_RECORD, Part.ESCALATION_TASK);
    /** A reminder task has its timer, and the other way round. */
    public static final List<Part> WITH_REMINDER = List.of(Part.REMINDER_TIMER, Part.REMINDER_TASK);

    private static final Pattern CLOCK_PART = Pattern.compile(
            "(TimerStart_Herinnering|Task_Herinnering|TimerStart_Verlopen|ServiceTask_Overschrijding|Task_Escalatie)_(\\w+)");

    /** An element of a clock: its part and the norm it watches. */
    public record ClockElement(Part part, String norm) {
    }

    private static final Pattern MET_CALL = Pattern.compile(
            "\\$\\{termijnen\\.gehaald\\(execution, '(\\w+)'(?:, '(\\w+)')?\\)}");

    /**
     * The end of a clock, as the model calls it: the norm and the form variable holding the date of the work (null:
     * met on the day the scope ends).
     */
    public record Met(String norm, String dateVariable) {
    }

    /** The expression that meets the norm on the day the scope ends: {@code ${termijnen.gehaald(execution, 'X')}}. */
    public static String metExpression(String norm) {
        return "${termijnen.gehaald(execution, '" + norm + "')}";
    }

    /**
     * The expression that meets the norm on the date of the work, read from the form variable that holds it:
     * {@code ${termijnen.gehaald(execution, 'PIP', 'pipDagtekening')}}.
     */
    public static String metExpression(String norm, String dateVariable) {
        return "${termijnen.gehaald(execution, '" + norm + "', '" + dateVariable + "')}";
    }

    /** The end of a clock an expression names, if it is one of the two forms of {@link #metExpression}. */
    public static Optional<Met> parseMet(String expression) {
        Matcher matcher = expression == null ? null : MET_CALL.matcher(expression.strip());
        return matcher != null && matcher.matches() ? Optional.of(new Met(matcher.group(1), matcher.group(2)))
                : Optional.empty();
    }

    /** The clock part an element id names, if it names one. */
    public static Optional<ClockElement> parse(String elementId) {
        Matcher matcher = elementId == null ? null : CLOCK_PART.matcher(elementId);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        String prefix = matcher.group(1) + "_";
        for (Part part : Part.values()) {
            if (part.prefix.equals(prefix)) {
                return Optional.of(new ClockElement(part, matcher.group(2)));
            }
        }
        return Optional.empty();
    }

    /** The expression a clock's timer reads its date from, e.g. {@code ${termijnen.verlopen(execution, 'PIP')}}. */
    public static String timerExpression(Part part, String norm) {
        return "${termijnen." + part.timerMethod() + "(execution, '" + norm + "')}";
    }

    public static String reminderTimer(String norm) {
        return Part.REMINDER_TIMER.id(norm);
    }

    public static String reminderTask(String norm) {
        return Part.REMINDER_TASK.id(norm);
    }

    public static String breachTimer(String norm) {
        return Part.BREACH_TIMER.id(norm);
    }

    public static String breachRecord(String norm) {
        return Part.BREACH_RECORD.id(norm);
    }

    public static String escalationTask(String norm) {
        return Part.ESCALATION_TASK.id(norm);
    }

    private Clocks() {
    }
}
