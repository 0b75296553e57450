package nl.inburgeringsregie.models.gate;

import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * Every executable process and every decision keeps its history at least as long as the longest bewaartermijn of the
 * selectielijst ({@code inburgering.archief.resultaten}, in days; issue 21, point 4: "Camunda's history time-to-live is
 * aligned with it"): a case's engine history must not go before its archiefactiedatum. The destruction of the case
 * removes it explicitly (docs/operations.md, Retention).
 */
final class HistoryTimeToLiveRule implements ModelRule {

    private final int minimumDays;

    HistoryTimeToLiveRule(int minimumDays) {
        this.minimumDays = minimumDays;
    }

    @Override
    public void check(ParsedModels models, Findings findings) {
        models.bpmn.forEach((file, model) -> {
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (process.isExecutable()) {
                    check(file, process.getId(), process.getCamundaHistoryTimeToLiveString(), findings);
                }
            }
        });
        models.dmn.forEach((file, model) -> {
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                check(file, decision.getId(), decision.getCamundaHistoryTimeToLiveString(), findings);
            }
        });
    }

    private void check(String file, String element, String value, Findings findings) {
        Integer days = days(value);
        if (days == null || days < minimumDays) {
            findings.add(file, element, "De historie blijft " + (value == null ? "zonder eigen termijn" : value + " dagen")
                    + "; zet historyTimeToLive op ten minste " + minimumDays + " dagen, de langste bewaartermijn van de "
                    + "selectielijst (inburgering.archief.resultaten)");
        }
    }

    /** The days of a historyTimeToLive (a number, or P…D); null when there is none or it is an expression. */
    private static Integer days(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.startsWith("P") && text.endsWith("D")) {
            text = text.substring(1, text.length() - 1);
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
