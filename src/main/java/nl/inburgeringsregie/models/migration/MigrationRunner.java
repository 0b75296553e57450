package nl.inburgeringsregie.models.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * taken in batches ({@code inburgering.migratie.batch-grootte}); a batch is migrated at once — in the dry run
 * in a transaction that is rolled back, in the migration in a transaction of its own — and only when that
 * fails case by case, so every case gets its own outcome and one that cannot move holds up no other. After
 * each batch the outcomes and a heartbeat are written.
 */
@Component
class MigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    static final String CAN = "KAN";
    static final String CANNOT = "KAN_NIET";
    static final String MIGRATED = "GEMIGREERD";
    static final String FAILED = "MISLUKT";
    static final String SKIPPED = "OVERGESLAGEN";

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
                List<CaseOutcome> outcomes = tryOut(plan, batch, source);
                ownTransaction.executeWithoutResult(status -> runs.record(id, MigrationRuns.DRY_RUN, outcomes));
            }
            runs.transition(id, Set.of(MigrationStatus.PROEF_BEZIG.name()), MigrationStatus.PROEF_GEREED.name());
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
            long migrated = 0;
            for (List<ProcessInstance> batch : batches(run.sourceDefinitionId())) {
                List<CaseOutcome> outcomes = migrate(plan, batch, source, run);
                migrated += outcomes.stream().filter(outcome -> outcome.outcome().equals(MIGRATED)).count();
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

    /**
     * The dry run of a batch: the real migration, rolled back — the whole batch at once, and only when that
     * fails case by case, so each case gets its own reason.
     */
    private List<CaseOutcome> tryOut(MigrationPlan plan, List<ProcessInstance> batch, BpmnModelInstance source) {
        Map<String, String> waiting = waitingAt(batch, source);
        if (attempt(plan, batch, true) == null) {
            return batch.stream().map(instance -> outcome(instance, waiting, CAN, null)).toList();
        }
        List<CaseOutcome> outcomes = new ArrayList<>();
        for (ProcessInstance instance : batch) {
            String failure = attempt(plan, List.of(instance), true);
            outcomes.add(outcome(instance, waiting, failure == null ? CAN : CANNOT, failure));
        }
        return outcomes;
    }

    /** A batch migrated at once in one transaction; when that fails, case by case, each in its own. */
    private List<CaseOutcome> migrate(MigrationPlan plan, List<ProcessInstance> batch, BpmnModelInstance source, Run run) {
        Set<String> stillThere = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(batch.stream().map(ProcessInstance::getId).collect(Collectors.toSet()))
                .processDefinitionId(run.sourceDefinitionId()).list().stream().map(ProcessInstance::getId)
                .collect(Collectors.toSet());
        List<CaseOutcome> outcomes = new ArrayList<>();
        List<ProcessInstance> live = new ArrayList<>();
        for (ProcessInstance instance : batch) {
            if (stillThere.contains(instance.getId())) {
                live.add(instance);
            } else {
                outcomes.add(new CaseOutcome(instance.getId(), instance.getBusinessKey(), null, SKIPPED,
                        "De zaak loopt niet meer op versie " + run.sourceVersion()));
            }
        }
        if (live.isEmpty()) {
            return outcomes;
        }
        Map<String, String> waiting = waitingAt(live, source);
        if (attempt(plan, live, false) == null) {
            live.forEach(instance -> outcomes.add(outcome(instance, waiting, MIGRATED, null)));
            return outcomes;
        }
        for (ProcessInstance instance : live) {
            String failure = attempt(plan, List.of(instance), false);
            outcomes.add(outcome(instance, waiting, failure == null ? MIGRATED : FAILED, failure));
        }
        return outcomes;
    }

    /** Migrates the instances in a transaction of their own (rolled back for a dry run); the reason when it fails. */
    private String attempt(MigrationPlan plan, List<ProcessInstance> instances, boolean rollBack) {
        List<String> ids = instances.stream().map(ProcessInstance::getId).toList();
        try {
            ownTransaction.executeWithoutResult(status -> {
                if (rollBack) {
                    status.setRollbackOnly();
                }
                migration.migrate(plan, ids);
            });
            return null;
        } catch (MigratingProcessInstanceValidationException e) {
            BpmnModelInstance source = repositoryService.getBpmnModelInstance(plan.getSourceProcessDefinitionId());
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
        return new CaseOutcome(instance.getId(), instance.getBusinessKey(), waiting.get(instance.getId()), outcome, message);
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
