package nl.inburgeringsregie.models.gate;

import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * Everything a user sees has a Dutch name: processes, tasks, events and decision points (a gateway that
 * only merges, or a parallel gateway, may stay unnamed), the branches of a decision point, and DMN
 * decisions. A name that is the element's id or one of Camunda Modeler's English defaults is no name.
 */
final class NamingRule implements ModelRule {

    private static final Pattern ENGLISH_DEFAULT = Pattern.compile(
            "(?i)(task|user task|service task|start|start event|end|end event|event|gateway|sub ?process|"
                    + "decision|decision \\d+|activity|call activity|yes|no)\\s*_?\\d*");

    @Override
    public void check(ParsedModels models, Findings findings) {
        models.bpmn.forEach((file, model) -> {
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (process.isExecutable() && !named(process.getName(), process.getId())) {
                    findings.add(file, process.getId(), "Het proces heeft geen Nederlandse naam");
                }
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (!mayStayUnnamed(node) && !named(node.getName(), node.getId())) {
                    findings.add(file, node.getId(), "Het element heeft geen Nederlandse naam"
                            + (node.getName() == null || node.getName().isBlank() ? "" : " ('" + node.getName() + "')"));
                }
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                boolean fromDecision = flow.getSource() instanceof Gateway gateway && !(gateway instanceof ParallelGateway)
                        && gateway.getOutgoing().size() > 1;
                if (fromDecision && !named(flow.getName(), flow.getId())) {
                    findings.add(file, flow.getId(), "Geef de uitgaande pijl van beslispunt '"
                            + flow.getSource().getName() + "' een naam (de keuze, bijvoorbeeld 'ja' of 'nee')");
                }
            }
        });
        models.dmn.forEach((file, model) -> {
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                if (!named(decision.getName(), decision.getId())) {
                    findings.add(file, decision.getId(), "De beslissing heeft geen Nederlandse naam");
                }
            }
        });
    }

    private static boolean mayStayUnnamed(FlowNode node) {
        return node instanceof ParallelGateway || node instanceof Gateway && node.getOutgoing().size() <= 1;
    }

    private static boolean named(String name, String id) {
        return name != null && !name.isBlank() && !name.strip().equals(id)
                && !ENGLISH_DEFAULT.matcher(name.strip()).matches();
    }
}
