package nl.inburgeringsregie.models.gate;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Every timer has exactly one of date, duration or cycle. A fixed value must be one the engine accepts (ISO
 * 8601 date, duration or repeating interval, or a cron expression for a cycle), checked with the engine's own
 * business calendars; an expression must parse (see {@link ExpressionRule}). The retry cycle of an
 * asynchronous step ({@code R5/PT10M}) is checked the same way.
 */
final class TimerRule implements ModelRule {

    @Override
    public void check(ParsedModels models, Findings findings) {
        models.bpmn.forEach((file, model) -> {
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                String element = owner(timer);
                List<String[]> values = new ArrayList<>();
                if (timer.getTimeDate() != null) {
                    values.add(new String[] {"datum", timer.getTimeDate().getTextContent()});
                }
                if (timer.getTimeDuration() != null) {
                    values.add(new String[] {"duur", timer.getTimeDuration().getTextContent()});
                }
                if (timer.getTimeCycle() != null) {
                    values.add(new String[] {"cyclus", timer.getTimeCycle().getTextContent()});
                }
                if (values.size() != 1) {
                    findings.add(file, element, "Een timer heeft precies één van datum, duur of cyclus (nu "
                            + values.size() + ")");
                    continue;
                }
                String kind = values.get(0)[0];
                String value = values.get(0)[1] == null ? "" : values.get(0)[1].strip();
                if (value.isEmpty()) {
                    findings.add(file, element, "De timer heeft geen " + kind);
                } else if (!ExpressionRule.isExpression(value)) {
                    String problem = literalProblem(kind, value);
                    if (problem != null) {
                        findings.add(file, element, "Ongeldige " + kind + " '" + value + "' voor de timer: " + problem);
                    }
                }
            }
            for (CamundaFailedJobRetryTimeCycle retry : model.getModelElementsByType(CamundaFailedJobRetryTimeCycle.class)) {
                String value = retry.getTextContent() == null ? "" : retry.getTextContent().strip();
                if (!ExpressionRule.isExpression(value) && !validRetryCycle(value)) {
                    findings.add(file, owner(retry), "Ongeldige herhaalcyclus '" + value
                            + "' bij mislukken (verwacht bijvoorbeeld R5/PT10M, of PT5M,PT10M,PT1H)");
                }
            }
        });
    }

    /** As the engine reads it: one repeating interval, or a list of intervals separated by commas. */
    private static boolean validRetryCycle(String value) {
        try {
            var configuration = ParseUtil.parseRetryIntervals(value);
            if (configuration == null) {
                return false;
            }
            for (String interval : configuration.getRetryIntervals()) {
                new DurationHelper(interval.strip());
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static String literalProblem(String kind, String value) {
        try {
            var resolved = switch (kind) {
                case "datum" -> new DueDateBusinessCalendar().resolveDuedate(value);
                case "duur" -> new DurationBusinessCalendar().resolveDuedate(value);
                default -> new CycleBusinessCalendar().resolveDuedate(value);
            };
            return resolved == null ? "verwacht ISO 8601" : null;
        } catch (Exception e) {
            return switch (kind) {
                case "datum" -> "verwacht een ISO 8601-datum, bijvoorbeeld 2027-01-01T07:00:00";
                case "duur" -> "verwacht een ISO 8601-duur, bijvoorbeeld P4W of PT10M";
                default -> "verwacht een herhaling als R3/PT10M of een cron-expressie";
            };
        }
    }

    /** The id of the nearest element with an id: the event that holds the timer, the task that holds the retry. */
    static String owner(ModelElementInstance element) {
        ModelElementInstance current = element;
        while (current != null) {
            if (current instanceof BaseElement base && base.getId() != null
                    && !(current instanceof TimerEventDefinition)) {
                return base.getId();
            }
            current = current.getParentElement();
        }
        return null;
    }
}
