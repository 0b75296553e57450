package nl.inburgeringsregie.models.migration;

import java.util.List;

import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A validated migration plan with what the analist needs to judge it: which activities are coupled, which
 * are new in the target version and which of the old version have no counterpart. Where the running
 * instances wait is read when the report is (MigrationPlanner.waiting).
 */
record PlannedMigration(ProcessDefinition source, ProcessDefinition target, MigrationPlan plan,
        List<MigrationReport.Koppeling> couplings, List<MigrationReport.Activiteit> added,
        List<MigrationReport.Activiteit> uncoupled) {
}
