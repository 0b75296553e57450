package nl.inburgeringsregie.models.migration;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgeringsregie.models.migration.MigrationRuns.CaseOutcome;
import nl.inburgeringsregie.models.migration.MigrationRuns.Run;
import nl.inburgeringsregie.security.ApiUser;

/**
 * Runs a migration's dry run and, once confirmed, the migration itself, in the background, as the analist who
 * asked (Camunda's authorizations and the analist's gemeenten apply). The instances on the old version are
 * taken in batches; each is tried alone — in the dry run in a transaction that is rolled back, in the migration
 * in a transaction of its own — so every case gets its own outcome and one that cannot move holds up no other.
 * After each batch the outcomes and a heartbeat are written.
 */
@Component
class MigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final MigrationRuns runs;
    private final MigrationPlanner planner;
    private final InstanceMigration migration;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final TaskExecutor executor;
    private final TransactionTemplate ownTransaction;
    private final int batchSize;

    MigrationRunner(MigrationRuns runs, MigrationPlanner planner, InstanceMigration migration,
            RuntimeService runtimeService, RepositoryService repositoryService, IdentityService identityService,
            @Qualifier("modelMigrationExecutor") TaskExecutor executor, PlatformTransactionManager transactions,
            @Value("${inburgering.migratie.batch-grootte:100}") int batchSize) {
        this.runs = runs;
        this.planner = planner;
        this.migration = migration;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.executor = executor;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = batchSize;
    }

    void startDryRun(long id, ApiUser analist) {
        executor.execute(() -> as(analist, () -> dryRun(id)));
    }

    void startMigration(long id, ApiUser analist) {
        executor.execute(() -> as(analist, () -> migrate(id)));
    }

    private void dryRun(long id) {
        Run run = runs.find(id).orElseThrow();
        try {
            MigrationPlan plan = plan(run);
            BpmnModelInstance source = repositoryService.getBpmnModelInstance(run.sourceDefinitionId());
            for (List<ProcessInstance> batch : batches(run.sourceDefinitionId())) {
                List<CaseOutcome> outcomes = new ArrayList<>();
                for (ProcessInstance instance : batch) {
                    outcomes.add(tryOut(plan, instance, source));
                }
                ownTransaction.executeWithoutResult(status -> runs.record(id, MigrationRuns.DRY_RUN, outcomes));
            }
            runs.transition(id, java.util.Set.of(MigrationStatus.PROEF_BEZIG.name()), MigrationStatus.PROEF_GEREED.name());
            LOG.info("Proefmigratie {} van {} versie {} naar {} gereed", id, run.processKey(), run.sourceVersion(),
                    run.targetVersion());
        } catch (RuntimeException e) {
            LOG.error("Proefmigratie {} afgebroken", id, e);
            runs.finish(id, MigrationStatus.AFGEBROKEN.name(), "De proefmigratie stopte: " + MigrationMessages.dutch(e.getMessage()));
        }
    }

    private void migrate(long id) {
        Run run = runs.find(id).orElseThrow();
        try {
            MigrationPlan plan = plan(run);
            BpmnModelInstance source = repositoryService.getBpmnModelInstance(run.sourceDefinitionId());
            int migrated = 0;
            for (List<ProcessInstance> batch : batches(run.sourceDefinitionId())) {
                List<CaseOutcome> outcomes = new ArrayList<>();
                for (ProcessInstance instance : batch) {
                    CaseOutcome outcome = migrateOne(plan, instance, source, run);
                    migrated += outcome.outcome().equals("GEMIGREERD") ? 1 : 0;
                    outcomes.add(outcome);
                }
                ownTransaction.executeWithoutResult(status -> runs.record(id, MigrationRuns.MIGRATION, outcomes));
            }
            runs.finish(id, MigrationStatus.GEREED.name(), null);
            LOG.info("Migratie {} van {} versie {} naar {} gereed: {} gemigreerd", id, run.processKey(),
                    run.sourceVersion(), run.targetVersion(), migrated);
        } catch (RuntimeException e) {
            LOG.error("Migratie {} afgebroken", id, e);
            runs.finish(id, MigrationStatus.AFGEBROKEN.name(), "De migratie stopte: " + MigrationMessages.dutch(e.getMessage()));
        }
    }

    /** The dry run of one instance: the real migration, rolled back. */
    private CaseOutcome tryOut(MigrationPlan plan, ProcessInstance instance, BpmnModelInstance source) {
        String waiting = String.join("\n", migration.waitingAt(instance.getId(), source));
        try {
            ownTransaction.executeWithoutResult(status -> {
                status.setRollbackOnly();
                migration.migrate(plan, instance.getId());
            });
            return new CaseOutcome(instance.getId(), instance.getBusinessKey(), waiting, "KAN", null);
        } catch (MigratingProcessInstanceValidationException e) {
            return new CaseOutcome(instance.getId(), instance.getBusinessKey(), waiting, "KAN_NIET",
                    String.join("; ", MigrationMessages.of(e.getValidationReport(), id -> MigrationPlanner.name(source, id))));
        } catch (ProcessEngineException e) {
            return new CaseOutcome(instance.getId(), instance.getBusinessKey(), waiting, "KAN_NIET",
                    MigrationMessages.dutch(e.getMessage()));
        }
    }

    private CaseOutcome migrateOne(MigrationPlan plan, ProcessInstance instance, BpmnModelInstance source, Run run) {
        ProcessInstance now = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
        if (now == null || !now.getProcessDefinitionId().equals(run.sourceDefinitionId())) {
            return new CaseOutcome(instance.getId(), instance.getBusinessKey(), null, "OVERGESLAGEN",
                    "De zaak loopt niet meer op versie " + run.sourceVersion());
        }
        String waiting = String.join("\n", migration.waitingAt(instance.getId(), source));
        try {
            ownTransaction.executeWithoutResult(status -> migration.migrate(plan, instance.getId()));
            return new CaseOutcome(instance.getId(), instance.getBusinessKey(), waiting, "GEMIGREERD", null);
        } catch (MigratingProcessInstanceValidationException e) {
            return new CaseOutcome(instance.getId(), instance.getBusinessKey(), waiting, "MISLUKT",
                    String.join("; ", MigrationMessages.of(e.getValidationReport(), id -> MigrationPlanner.name(source, id))));
        } catch (ProcessEngineException e) {
            return new CaseOutcome(instance.getId(), instance.getBusinessKey(), waiting, "MISLUKT",
                    MigrationMessages.dutch(e.getMessage()));
        }
    }

    private MigrationPlan plan(Run run) {
        return planner.plan(run.sourceDefinitionId(), run.targetDefinitionId(), MigrationService.instructions(run),
                run.updateEventTriggers()).plan();
    }

    /** The instances on the old version that the analist may see, as they are now, in batches. */
    private List<List<ProcessInstance>> batches(String sourceDefinitionId) {
        List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                .processDefinitionId(sourceDefinitionId).orderByProcessInstanceId().asc().list();
        List<List<ProcessInstance>> batches = new ArrayList<>();
        for (int from = 0; from < instances.size(); from += batchSize) {
            batches.add(instances.subList(from, Math.min(instances.size(), from + batchSize)));
        }
        return batches;
    }

    private void as(ApiUser analist, Runnable work) {
        identityService.setAuthentication(analist.id(), List.copyOf(analist.groups()), List.copyOf(analist.gemeenten()));
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
