package nl.inburgeringsregie.models.gate;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

/**
 * The one clock pattern, as the code relies on it (docs/analist.md, "Het klokpatroon"): a norm named in a
 * {@code termijnen} call exists, and a clock for norm X has all its parts under their fixed ids —
 * {@code TimerStart_Herinnering_X} with {@code ${termijnen.herinnering(execution, 'X')}},
 * {@code Task_Herinnering_X}, {@code TimerStart_Verlopen_X} with {@code ${termijnen.verlopen(execution, 'X')}},
 * {@code ServiceTask_Overschrijding_X} and {@code Task_Escalatie_X}. DUO's notices move only timers with
 * these ids.
 */
final class ClockPatternRule implements ModelRule {

    private static final Pattern NORM_ARGUMENT = Pattern.compile("termijnen\\.\\w+\\([^)]*'([A-Za-z_]+)'");
    private static final Pattern CLOCK_TIMER = Pattern.compile("TimerStart_(Herinnering|Verlopen)_([A-Za-z_]+)");

    private final Set<String> norms;

    ClockPatternRule(Set<String> norms) {
        this.norms = Set.copyOf(norms);
    }

    @Override
    public void check(ParsedModels models, Findings findings) {
        models.bpmnXml.forEach((file, document) -> {
            Matcher argument = NORM_ARGUMENT.matcher(document.getDocumentElement().getTextContent()
                    + attributeText(document.getDocumentElement()));
            while (argument.find()) {
                if (!norms.contains(argument.group(1))) {
                    findings.add(file, null, "Onbekende norm '" + argument.group(1) + "' in een termijnen-aanroep; "
                            + "kies uit " + String.join(", ", norms.stream().sorted().toList()));
                }
            }
        });
        models.bpmn.forEach((file, model) -> {
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                String event = TimerRule.owner(timer);
                Matcher clock = event == null ? null : CLOCK_TIMER.matcher(event);
                if (clock == null || !clock.matches() || !norms.contains(clock.group(2))) {
                    continue;
                }
                String norm = clock.group(2);
                String method = clock.group(1).equals("Herinnering") ? "herinnering" : "verlopen";
                String expected = "${termijnen." + method + "(execution, '" + norm + "')}";
                String actual = timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent().strip();
                if (!expected.equals(actual)) {
                    findings.add(file, event, "De klok van norm " + norm + " heeft als datum " + expected
                            + " (nu: " + (actual == null ? "geen datum" : actual) + ")");
                }
                if (method.equals("herinnering")) {
                    requireParts(file, model, norm, findings);
                }
            }
        });
    }

    private static void requireParts(String file, BpmnModelInstance model, String norm, Findings findings) {
        for (String part : List.of("Task_Herinnering_", "TimerStart_Verlopen_", "ServiceTask_Overschrijding_",
                "Task_Escalatie_")) {
            if (!(model.getModelElementById(part + norm) instanceof BaseElement)) {
                findings.add(file, "TimerStart_Herinnering_" + norm, "De klok van norm " + norm + " mist "
                        + part + norm + " (zie het klokpatroon in docs/analist.md)");
            }
        }
    }

    private static String attributeText(org.w3c.dom.Element element) {
        var text = new StringBuilder();
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            text.append(' ').append(attributes.item(i).getNodeValue());
        }
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element childElement) {
                text.append(attributeText(childElement));
            }
        }
        return text.toString();
    }
}
