package nl.inburgeringsregie.models.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

import nl.inburgeringsregie.models.AsAnalist;
import nl.inburgeringsregie.models.migration.MigrationRuns.CaseOutcome;
import nl.inburgeringsregie.models.migration.MigrationRuns.Run;
import nl.inburgeringsregie.shared.ApiUser;

/**
 * Runs a migration's dry run and, once confirmed, the migration itself, in the background, as the analist
 * (their groups, the migration's gemeenten: Camunda's tenant check applies). The instances on the old version
 * are taken in batches ({@code inburgering.migratie.batch-grootte}); a batch is migrated at once — in the dry
 * run in a transaction that is rolled back, in the migration in a transaction of its own together with the
 * record of its outcomes — and only when that fails case by case, so every case gets its own outcome and one
 * that cannot move holds up no other.
 */
@Component
class MigrationRunner {

    static final String CAN = "KAN";
    static final String CANNOT = "KAN_NIET";
    static final String MIGRATED = "GEMIGREERD";
    static final String FAILED = "MISLUKT";
    static final String SKIPPED = "OVERGESLAGEN";
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final MigrationRuns runs;
    private final MigrationPlanner planner;
    private final InstanceMigration migration;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final AsAnalist asAnalist;
    private final TaskExecutor executor;
    private final TransactionTemplate ownTransaction;
    private final int batchSize;

    MigrationRunner(MigrationRuns runs, MigrationPlanner planner, InstanceMigration migration,
            RuntimeService runtimeService, RepositoryService repositoryService, AsAnalist asAnalist,
            @Qualifier("modelMigrationExecutor") TaskExecutor executor, PlatformTransactionManager transactions,
            @Value("${inburgering.migratie.batch-grootte:100}") int batchSize) {
        this.runs = runs;
        this.planner = planner;
        this.migration = migration;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.asAnalist = asAnalist;
        this.executor = executor;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = batchSize;
    }

    void startDryRun(long id, ApiUser analist, Set<String> gemeenten) {
        executor.execute(() -> asAnalist.run(analist, gemeenten, () -> run(id, true)));
    }

    void startMigration(long id, ApiUser analist, Set<String> gemeenten) {
        executor.execute(() -> asAnalist.run(analist, gemeenten, () -> run(id, false)));
    }

    private void run(long id, boolean dryRun) {
        Run run = runs.find(id).orElseThrow();
        String what = dryRun ? "Proefmigratie" : "Migratie";
        try {
            MigrationPlan plan = planner.plan(run.sourceDefinitionId(), run.targetDefinitionId(),
                    MigrationService.instructions(run), run.updateEventTriggers()).plan();
            BpmnModelInstance source = repositoryService.getBpmnModelInstance(run.sourceDefinitionId());
            long moved = 0;
            for (List<ProcessInstance> batch : batches(run.sourceDefinitionId())) {
                List<CaseOutcome> outcomes = dryRun ? tryOut(id, plan, batch, source) : migrate(id, plan, batch, source, run);
                moved += outcomes.stream().filter(outcome -> outcome.outcome().equals(dryRun ? CAN : MIGRATED)).count();
            }
            if (dryRun) {
                runs.transition(id, Set.of(MigrationStatus.PROEF_BEZIG.name()), MigrationStatus.PROEF_GEREED.name());
            } else {
                runs.finish(id, MigrationStatus.GEREED.name(), null);
            }
            LOG.info("{} {} van {} versie {} naar {} gereed: {} zaken {}", what, id, run.processKey(), run.sourceVersion(),
                    run.targetVersion(), moved, dryRun ? "kunnen mee" : "gemigreerd");
        } catch (RuntimeException e) {
            LOG.error("{} {} afgebroken", what, id, e);
            runs.finish(id, MigrationStatus.AFGEBROKEN.name(), "De " + what.toLowerCase() + " stopte: "
                    + MigrationMessages.dutch(e.getMessage()));
        }
    }

    /**
     * The dry run of a batch: the real migration, rolled back — the whole batch at once, and only when that
     * fails case by case, so each case gets its own reason.
     */
    private List<CaseOutcome> tryOut(long id, MigrationPlan plan, List<ProcessInstance> batch, BpmnModelInstance source) {
        Map<String, String> waiting = waitingAt(batch, source);
        List<CaseOutcome> outcomes = new ArrayList<>();
        if (attempt(plan, batch, source, true, null) == null) {
            batch.forEach(instance -> outcomes.add(outcome(instance, waiting, CAN, null)));
        } else {
            for (ProcessInstance instance : batch) {
                String failure = attempt(plan, List.of(instance), source, true, null);
                outcomes.add(outcome(instance, waiting, failure == null ? CAN : CANNOT, failure));
            }
        }
        ownTransaction.executeWithoutResult(status -> runs.record(id, MigrationRuns.DRY_RUN, outcomes));
        return outcomes;
    }

    /**
     * A batch migrated at once, its outcomes recorded in the same transaction; when that fails, case by case,
     * each in its own, and the cases that could not move recorded apart.
     */
    private List<CaseOutcome> migrate(long id, MigrationPlan plan, List<ProcessInstance> batch, BpmnModelInstance source,
            Run run) {
        Set<String> stillThere = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(batch.stream().map(ProcessInstance::getId).collect(Collectors.toSet()))
                .processDefinitionId(run.sourceDefinitionId()).list().stream().map(ProcessInstance::getId)
                .collect(Collectors.toSet());
        List<CaseOutcome> skipped = new ArrayList<>();
        List<ProcessInstance> live = new ArrayList<>();
        for (ProcessInstance instance : batch) {
            if (stillThere.contains(instance.getId())) {
                live.add(instance);
            } else {
                skipped.add(new CaseOutcome(instance.getId(), instance.getBusinessKey(), instance.getTenantId(), null,
                        SKIPPED, "De zaak loopt niet meer op versie " + run.sourceVersion()));
            }
        }
        List<CaseOutcome> outcomes = new ArrayList<>(skipped);
        Map<String, String> waiting = waitingAt(live, source);
        List<CaseOutcome> all = live.stream().map(instance -> outcome(instance, waiting, MIGRATED, null)).toList();
        List<CaseOutcome> notMoved = new ArrayList<>(skipped);
        if (!live.isEmpty()
                && attempt(plan, live, source, false, () -> runs.record(id, MigrationRuns.MIGRATION, all)) == null) {
            outcomes.addAll(all);
        } else {
            for (ProcessInstance instance : live) {
                CaseOutcome migrated = outcome(instance, waiting, MIGRATED, null);
                String failure = attempt(plan, List.of(instance), source, false,
                        () -> runs.record(id, MigrationRuns.MIGRATION, List.of(migrated)));
                if (failure == null) {
                    outcomes.add(migrated);
                } else {
                    CaseOutcome failed = outcome(instance, waiting, FAILED, failure);
                    outcomes.add(failed);
                    notMoved.add(failed);
                }
            }
        }
        ownTransaction.executeWithoutResult(status -> runs.record(id, MigrationRuns.MIGRATION, notMoved));
        return outcomes;
    }

    /**
     * Migrates the instances in a transaction of their own — rolled back for a dry run, otherwise committed
     * together with {@code alsoInTheTransaction} — and gives the reason when it fails.
     */
    private String attempt(MigrationPlan plan, List<ProcessInstance> instances, BpmnModelInstance source,
            boolean rollBack, Runnable alsoInTheTransaction) {
        List<String> ids = instances.stream().map(ProcessInstance::getId).toList();
        try {
            ownTransaction.executeWithoutResult(status -> {
                if (rollBack) {
                    status.setRollbackOnly();
                }
                migration.migrate(plan, ids);
                if (alsoInTheTransaction != null) {
                    alsoInTheTransaction.run();
                }
            });
            return null;
        } catch (MigratingProcessInstanceValidationException e) {
            return String.join("; ", MigrationMessages.of(e.getValidationReport(), id -> MigrationPlanner.name(source, id)));
        } catch (ProcessEngineException e) {
            return MigrationMessages.dutch(e.getMessage());
        }
    }

    private Map<String, String> waitingAt(List<ProcessInstance> instances, BpmnModelInstance source) {
        Map<String, String> waiting = new HashMap<>();
        for (ProcessInstance instance : instances) {
            waiting.put(instance.getId(), String.join("\n", migration.waitingAt(instance.getId(), source)));
        }
        return waiting;
    }

    private static CaseOutcome outcome(ProcessInstance instance, Map<String, String> waiting, String outcome,
            String message) {
        return new CaseOutcome(instance.getId(), instance.getBusinessKey(), instance.getTenantId(),
                waiting.get(instance.getId()), outcome, message);
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
}
