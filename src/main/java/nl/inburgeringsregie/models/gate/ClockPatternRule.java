package nl.inburgeringsregie.models.gate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

/**
 * The one clock pattern, as the code relies on it (docs/analist.md, "Het klokpatroon"): a norm named in a
 * {@code termijnen} call or in a clock's id exists, and a clock for norm X has its parts under their fixed ids:
 * always {@code TimerStart_Verlopen_X} with {@code ${termijnen.verlopen(execution, 'X')}},
 * {@code ServiceTask_Overschrijding_X} and {@code Task_Escalatie_X}; with a reminder task
 * {@code Task_Herinnering_X} also {@code TimerStart_Herinnering_X} with
 * {@code ${termijnen.herinnering(execution, 'X')}} (and the other way round). DUO's notices move only timers with
 * these ids.
 */
final class ClockPatternRule implements ModelRule {

    /** Every clock records a breach and escalates it. */
    private static final List<String> BREACH = List.of("TimerStart_Verlopen_", "ServiceTask_Overschrijding_",
            "Task_Escalatie_");
    /** A reminder task has its timer, and the other way round (a clock may use its reminder date otherwise). */
    private static final List<String> REMINDER = List.of("TimerStart_Herinnering_", "Task_Herinnering_");
    private static final Pattern NORM_ARGUMENT = Pattern.compile("termijnen\\.\\w+\\([^)]*['\"]([A-Za-z_]+)['\"]");
    private static final Pattern CLOCK_PART = Pattern.compile(
            "(TimerStart_Herinnering|Task_Herinnering|TimerStart_Verlopen|ServiceTask_Overschrijding|Task_Escalatie)_(\\w+)");

    private final Set<String> norms;

    ClockPatternRule(Set<String> norms) {
        this.norms = Set.copyOf(norms);
    }

    @Override
    public void check(ParsedModels models, Findings findings) {
        models.bpmnXml.forEach((file, document) -> ModelTexts.forEach(document, (element, text) -> {
            Matcher argument = NORM_ARGUMENT.matcher(text == null ? "" : text);
            while (argument.find()) {
                if (!norms.contains(argument.group(1))) {
                    findings.add(file, element, "Onbekende norm '" + argument.group(1) + "' in een termijnen-aanroep; "
                            + "kies uit " + knownNorms());
                }
            }
        }));
        models.bpmn.forEach((file, model) -> {
            Set<String> clocks = new HashSet<>();
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                Matcher part = CLOCK_PART.matcher(node.getId());
                if (!part.matches()) {
                    continue;
                }
                if (!norms.contains(part.group(2))) {
                    findings.add(file, node.getId(), "Onbekende norm '" + part.group(2) + "' in de id van dit deel van "
                            + "een klok; kies uit " + knownNorms());
                } else if (clocks.add(part.group(2))) {
                    requireParts(file, model, part.group(2), node.getId(), findings);
                }
            }
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                checkTimer(file, timer, findings);
            }
        });
    }

    private void checkTimer(String file, TimerEventDefinition timer, Findings findings) {
        String event = TimerRule.owner(timer);
        Matcher clock = event == null ? null : CLOCK_PART.matcher(event);
        if (clock == null || !clock.matches() || !clock.group(1).startsWith("TimerStart") || !norms.contains(clock.group(2))) {
            return;
        }
        String method = clock.group(1).endsWith("Herinnering") ? "herinnering" : "verlopen";
        String expected = "${termijnen." + method + "(execution, '" + clock.group(2) + "')}";
        String actual = timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent().strip();
        if (!expected.equals(actual)) {
            findings.add(file, event, "De klok van norm " + clock.group(2) + " heeft als datum " + expected + " (nu: "
                    + (actual == null ? "geen datum" : actual) + ")");
        }
    }

    private static void requireParts(String file, BpmnModelInstance model, String norm, String seenAt, Findings findings) {
        List<String> required = new java.util.ArrayList<>(BREACH);
        if (REMINDER.stream().anyMatch(part -> exists(model, part + norm))) {
            required.addAll(REMINDER);
        }
        for (String part : required) {
            if (!exists(model, part + norm)) {
                findings.add(file, seenAt, "De klok van norm " + norm + " mist " + part + norm
                        + " (zie het klokpatroon in docs/analist.md)");
            }
        }
    }

    private static boolean exists(BpmnModelInstance model, String id) {
        return model.getModelElementById(id) instanceof BaseElement;
    }

    private String knownNorms() {
        return String.join(", ", norms.stream().sorted().toList());
    }
}
