package nl.inburgeringsregie.models.migration;

import java.util.List;

import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A validated migration plan with what the analist needs to judge it: which activities are coupled, which
 * are new in the target version, which of the old version have no counterpart, and where the running
 * instances wait now.
 */
record PlannedMigration(ProcessDefinition source, ProcessDefinition target, MigrationPlan plan,
        List<MigrationReport.Koppeling> couplings, List<MigrationReport.Activiteit> added,
        List<MigrationReport.Activiteit> uncoupled, List<MigrationReport.Wachtend> waiting) {

    String sourceName(String activityId) {
        return couplings.stream().filter(c -> c.van().equals(activityId)).map(MigrationReport.Koppeling::vanNaam)
                .findFirst()
                .or(() -> uncoupled.stream().filter(a -> a.id().equals(activityId)).map(MigrationReport.Activiteit::naam)
                        .findFirst())
                .orElse(activityId);
    }
}
