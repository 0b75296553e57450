package nl.inburgeringsregie.models.gate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

import nl.inburgeringsregie.platform.camunda.forms.FormFields;
import nl.inburgeringsregie.termijn.Clocks;

/**
 * The one clock pattern ({@link Clocks}), as the code relies on it (docs/analist.md, "Het klokpatroon"): a norm named in a
 * {@code termijnen} call or in a clock's id exists, and a clock for norm X has its parts under their fixed ids:
 * always {@code TimerStart_Verlopen_X} with {@code ${termijnen.verlopen(execution, 'X')}},
 * {@code ServiceTask_Overschrijding_X} and {@code Task_Escalatie_X}; with a reminder task
 * {@code Task_Herinnering_X} also {@code TimerStart_Herinnering_X} with
 * {@code ${termijnen.herinnering(execution, 'X')}} (and the other way round). DUO's notices move only timers with
 * these ids. The scope ends with {@code ${termijnen.gehaald(execution, 'X', 'datum')}}, met on the date a form's date
 * field {@code datum} holds, or {@code ${termijnen.gehaald(execution, 'X')}}, met on the day it ends.
 */
final class ClockPatternRule implements ModelRule {

    /** The norm is the first quoted argument of a termijnen call ({@code gehaald} may name a date variable after it). */
    private static final Pattern NORM_ARGUMENT = Pattern.compile("termijnen\\.\\w+\\([^)'\"]*['\"]([A-Za-z_]+)['\"]");
    private static final String MET_CALL = "termijnen.gehaald(";
    private final Set<String> norms;

    ClockPatternRule(Set<String> norms) {
        this.norms = Set.copyOf(norms);
    }

    @Override
    public void check(ParsedModels models, Findings findings) {
        Set<String> dateKeys = new HashSet<>();
        models.forms.values().forEach(form -> dateKeys.addAll(FormFields.dateKeys(form)));
        models.bpmnXml.forEach((file, document) -> ModelTexts.forEach(document, (element, text) -> {
            if (text != null && text.contains(MET_CALL)) {
                checkMet(file, element, text, dateKeys, findings);
            }
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
                Clocks.parse(node.getId()).ifPresent(part -> {
                    if (!norms.contains(part.norm())) {
                        findings.add(file, node.getId(), "Onbekende norm '" + part.norm() + "' in de id van dit deel van "
                                + "een klok; kies uit " + knownNorms());
                    } else if (clocks.add(part.norm())) {
                        requireParts(file, model, part.norm(), node.getId(), findings);
                    }
                });
            }
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                checkTimer(file, timer, findings);
            }
        });
    }

    /**
     * A clock ends with {@link Clocks#metExpression}: met on the date of the work, which must be a date field of a
     * form (the variable holding it), or on the day the scope ends.
     */
    private static void checkMet(String file, String element, String text, Set<String> dateKeys, Findings findings) {
        var met = Clocks.parseMet(text);
        if (met.isEmpty()) {
            findings.add(file, element, "Een klok eindigt met " + Clocks.metExpression("NORM", "datumVariabele")
                    + " (gehaald op de datum van het werk) of " + Clocks.metExpression("NORM") + " (gehaald op de dag "
                    + "dat de scope eindigt); nu: " + text.strip());
        } else if (met.get().dateVariable() != null && !dateKeys.contains(met.get().dateVariable())) {
            findings.add(file, element, "De norm " + met.get().norm() + " is gehaald op de datum in '"
                    + met.get().dateVariable() + "', maar geen formulier heeft een datumveld met die sleutel ("
                    + FormFields.INPUT_PROPERTY + " = " + FormFields.DATE_INPUT + ")");
        }
    }

    private void checkTimer(String file, TimerEventDefinition timer, Findings findings) {
        String event = TimerRule.owner(timer);
        var clock = Clocks.parse(event).filter(part -> part.part().isTimer() && norms.contains(part.norm()));
        if (clock.isEmpty()) {
            return;
        }
        String expected = Clocks.timerExpression(clock.get().part(), clock.get().norm());
        String actual = timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent().strip();
        if (!expected.equals(actual)) {
            findings.add(file, event, "De klok van norm " + clock.get().norm() + " heeft als datum " + expected + " (nu: "
                    + (actual == null ? "geen datum" : actual) + ")");
        }
    }

    private static void requireParts(String file, BpmnModelInstance model, String norm, String seenAt, Findings findings) {
        List<Clocks.Part> required = new ArrayList<>(Clocks.ALWAYS);
        if (Clocks.WITH_REMINDER.stream().anyMatch(part -> exists(model, part.id(norm)))) {
            required.addAll(Clocks.WITH_REMINDER);
        }
        for (Clocks.Part part : required) {
            if (!exists(model, part.id(norm))) {
                findings.add(file, seenAt, "De klok van norm " + norm + " mist " + part.id(norm)
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
