package nl.inburgeringsregie.models.gate;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The models call each other within their own deployment: a call activity names a process of this set and
 * a business rule task a decision of this set, both with binding {@code deployment}, so a running case keeps
 * the subprocesses and decision tables of its own version.
 */
final class ReferenceRule implements ModelRule {

    @Override
    public void check(ParsedModels models, Findings findings) {
        Set<String> processes = new HashSet<>();
        models.bpmn.values().forEach(model -> model.getModelElementsByType(Process.class)
                .forEach(process -> processes.add(process.getId())));
        Set<String> decisions = new HashSet<>();
        models.dmn.values().forEach(model -> model.getModelElementsByType(Decision.class)
                .forEach(decision -> decisions.add(decision.getId())));

        models.bpmn.forEach((file, model) -> {
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                String called = call.getCalledElement();
                if (called == null || called.isBlank()) {
                    findings.add(file, call.getId(), "De aanroep noemt geen proces (Called element)");
                } else if (!ExpressionRule.isExpression(called) && !processes.contains(called)) {
                    findings.add(file, call.getId(), "Het aangeroepen proces '" + called + "' bestaat niet in processes/");
                }
                if (!"deployment".equals(call.getCamundaCalledElementBinding())) {
                    findings.add(file, call.getId(), "De aanroep van '" + called + "' moet binding 'deployment' hebben");
                }
            }
            for (BusinessRuleTask rule : model.getModelElementsByType(BusinessRuleTask.class)) {
                String decision = rule.getCamundaDecisionRef();
                if (decision == null || decision.isBlank()) {
                    if (rule.getCamundaClass() == null && rule.getCamundaExpression() == null
                            && rule.getCamundaDelegateExpression() == null) {
                        findings.add(file, rule.getId(), "De beslistaak noemt geen beslissing (Decision reference)");
                    }
                    continue;
                }
                if (!ExpressionRule.isExpression(decision) && !decisions.contains(decision)) {
                    findings.add(file, rule.getId(), "De beslissing '" + decision + "' bestaat niet in processes/*.dmn");
                }
                if (!"deployment".equals(rule.getCamundaDecisionRefBinding())) {
                    findings.add(file, rule.getId(), "De beslissing '" + decision + "' moet binding 'deployment' hebben");
                }
            }
        });
    }
}
