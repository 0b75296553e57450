package nl.inburgeringsregie.models.gate;

import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Every user task is work for a group that exists (a misspelt group makes the task invisible to everyone)
 * and shows a Camunda Form of this model set: {@code camunda:formRef} with binding {@code deployment},
 * never a {@code formKey}. A start event with a form follows the same form rules.
 */
final class UserTaskRule implements ModelRule {

    private final Set<String> workGroups;

    UserTaskRule(Set<String> workGroups) {
        this.workGroups = Set.copyOf(workGroups);
    }

    @Override
    public void check(ParsedModels models, Findings findings) {
        Set<String> formIds = FormRule.formIds(models);
        models.bpmn.forEach((file, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                var groups = task.getCamundaCandidateGroupsList();
                if (groups.isEmpty()) {
                    findings.add(file, task.getId(), "De gebruikerstaak heeft geen kandidaatgroep; kies uit "
                            + String.join(", ", workGroups.stream().sorted().toList()));
                }
                for (String group : groups) {
                    if (!workGroups.contains(group)) {
                        findings.add(file, task.getId(), "Onbekende kandidaatgroep '" + group + "'; kies uit "
                                + String.join(", ", workGroups.stream().sorted().toList()));
                    }
                }
                checkForm(file, task.getId(), task.getCamundaFormKey(), task.getCamundaFormRef(),
                        task.getCamundaFormRefBinding(), true, formIds, findings);
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormKey() != null || start.getCamundaFormRef() != null) {
                    checkForm(file, start.getId(), start.getCamundaFormKey(), start.getCamundaFormRef(),
                            start.getCamundaFormRefBinding(), false, formIds, findings);
                }
            }
        });
    }

    private static void checkForm(String file, String element, String formKey, String formRef, String binding,
            boolean required, Set<String> formIds, Findings findings) {
        if (formKey != null) {
            findings.add(file, element, "Gebruik geen formKey ('" + formKey + "'), maar een formulier-id met "
                    + "binding 'deployment' (Modeler: Form > Type: Camunda Forms (linked))");
        }
        if (formRef == null || formRef.isBlank()) {
            if (required) {
                findings.add(file, element, "De gebruikerstaak heeft geen formulier; koppel een formulier uit forms/ "
                        + "(Modeler: Form > Type: Camunda Forms (linked), Form ID en binding 'deployment')");
            }
            return;
        }
        if (!"deployment".equals(binding)) {
            findings.add(file, element, "Het formulier '" + formRef + "' moet binding 'deployment' hebben (nu: "
                    + (binding == null ? "geen" : "'" + binding + "'") + "), zodat een zaak de formulieren van "
                    + "haar eigen versie houdt");
        }
        if (!formIds.contains(formRef)) {
            findings.add(file, element, "Het formulier '" + formRef + "' bestaat niet in forms/");
        }
    }
}
