package nl.inburgeringsregie.models.gate;

import java.util.List;
import java.util.Set;

import nl.inburgeringsregie.models.ModelFiles;
import nl.inburgeringsregie.models.ModelFinding;

/**
 * The quality gate every set of models passes before it is deployed — at start-up, from the analisten's
 * deploy endpoint, when the demo picks up a change — and in {@code mvn verify}: the files parse, user tasks
 * have a work group and an existing form, references stay within the deployment, timers and expressions are
 * valid, everything a user sees has a Dutch name, forms render in Tasklist 7.24, clocks follow the one
 * clock pattern and the history stays at least as long as the longest bewaartermijn. bpmnlint (the Modeler's linter) runs beside it in the build.
 */
public final class ModelQualityGate {

    private final List<ModelRule> rules;

    /**
     * @param workGroups the groups a user task may be offered to
     * @param norms      the norms a clock may watch
     * @param beans      the beans expressions may call
     */
    public ModelQualityGate(Set<String> workGroups, Set<String> norms, ExpressionBeans beans) {
        this(workGroups, norms, beans, 0);
    }

    /**
     * @param minimumHistoryDays the shortest history time-to-live a model may have: the longest bewaartermijn of the
     *                           selectielijst in days (issue 21, point 4)
     */
    public ModelQualityGate(Set<String> workGroups, Set<String> norms, ExpressionBeans beans, int minimumHistoryDays) {
        this.rules = List.of(new UserTaskRule(workGroups), new FormRule(), new FormDisplayRule(), new ReferenceRule(),
                new NamingRule(), new TimerRule(), new ExpressionRule(beans), new NoCodeRule(),
                new ClockPatternRule(norms), new HistoryTimeToLiveRule(minimumHistoryDays));
    }

    /** The findings for this set of models; empty when it may be deployed. */
    public List<ModelFinding> check(ModelFiles files) {
        var findings = new Findings();
        if (files.isEmpty()) {
            findings.add(files.directory().toString(), null,
                    "Geen modellen gevonden in processes/ en forms/; zet inburgering.models-directory goed");
            return findings.list();
        }
        ParsedModels models = ParsedModels.read(files, findings);
        for (ModelRule rule : rules) {
            rule.check(models, findings);
        }
        return findings.list();
    }
}
