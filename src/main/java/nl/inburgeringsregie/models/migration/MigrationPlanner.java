package nl.inburgeringsregie.models.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.models.migration.MigrationRequest.Instructie;
import nl.inburgeringsregie.shared.InvalidInputException;

/**
 * Builds and validates a migration plan from one version of a process to another: every activity that keeps
 * its id is coupled (Camunda's {@code mapEqualActivities}, which leaves out couplings it cannot make), the
 * analist's instructions add or override couplings, and Camunda validates the whole plan.
 */
@Component
class MigrationPlanner {

    static final int MAX_INSTRUCTIONS = 200;

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    MigrationPlanner(RepositoryService repositoryService, RuntimeService runtimeService,
            ManagementService managementService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    /** Resolves the versions of the request and plans; a field with a wrong value gives a 400 per field. */
    PlannedMigration plan(MigrationRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.proces() == null || request.proces().isBlank()) {
            errors.put("proces", "Vul het proces in (zijn id, bijvoorbeeld brede-intake-en-pip)");
        }
        if (request.vanVersie() == null) {
            errors.put("vanVersie", "Vul de versie in waarop de zaken nu lopen");
        } else if (request.vanVersie() < 1) {
            errors.put("vanVersie", "Een versie is 1 of hoger");
        }
        if (request.naarVersie() != null && request.naarVersie() < 1) {
            errors.put("naarVersie", "Een versie is 1 of hoger");
        }
        if (request.explicitInstructions().size() > MAX_INSTRUCTIONS) {
            errors.put("instructies", "Hoogstens " + MAX_INSTRUCTIONS + " instructies; de rest koppelt zich op gelijke id");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(request.proces()).count() == 0) {
            throw InvalidInputException.of("proces", "Onbekend proces '" + request.proces() + "'");
        }
        ProcessDefinition source = version(request.proces(), request.vanVersie());
        ProcessDefinition target = request.naarVersie() == null
                ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(request.proces()).latestVersion()
                        .singleResult()
                : version(request.proces(), request.naarVersie());
        if (source == null) {
            errors.put("vanVersie", "Proces '" + request.proces() + "' heeft geen versie " + request.vanVersie());
        }
        if (request.naarVersie() != null && target == null) {
            errors.put("naarVersie", "Proces '" + request.proces() + "' heeft geen versie " + request.naarVersie());
        }
        if (source != null && target != null && source.getId().equals(target.getId())) {
            errors.put("naarVersie", "Versie " + source.getVersion() + " is al de "
                    + (request.naarVersie() == null ? "nieuwste " : "") + "versie; kies een andere versie om naartoe te migreren");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        checkInstructions(request.explicitInstructions(), source, target);
        return plan(source.getId(), target.getId(), request.explicitInstructions(), request.updateEventTriggers());
    }

    /** Plans between two definitions that exist; {@link MigrationPlanRefusedException} when Camunda refuses. */
    PlannedMigration plan(String sourceId, String targetId, List<Instructie> explicit, boolean updateEventTriggers) {
        ProcessDefinition source = repositoryService.getProcessDefinition(sourceId);
        ProcessDefinition target = repositoryService.getProcessDefinition(targetId);
        BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(sourceId);
        BpmnModelInstance targetModel = repositoryService.getBpmnModelInstance(targetId);

        var generatedBuilder = runtimeService.createMigrationPlan(sourceId, targetId).mapEqualActivities();
        MigrationPlan generated = updateEventTriggers ? generatedBuilder.updateEventTriggers().build()
                : generatedBuilder.build();
        Set<String> overridden = new HashSet<>();
        explicit.forEach(instruction -> overridden.add(instruction.van()));

        MigrationPlanBuilder builder = runtimeService.createMigrationPlan(sourceId, targetId);
        for (Instructie instruction : explicit) {
            var mapping = builder.mapActivities(instruction.van(), instruction.naar());
            boolean update = updateEventTriggers && hasEventTrigger(sourceModel, instruction.van())
                    || isConditionalEvent(sourceModel, instruction.van());
            builder = update ? mapping.updateEventTrigger() : mapping;
        }
        for (MigrationInstruction instruction : generated.getInstructions()) {
            if (!overridden.contains(instruction.getSourceActivityId())) {
                var mapping = builder.mapActivities(instruction.getSourceActivityId(), instruction.getTargetActivityId());
                builder = instruction.isUpdateEventTrigger() ? mapping.updateEventTrigger() : mapping;
            }
        }
        MigrationPlan plan;
        try {
            plan = builder.build();
        } catch (MigrationPlanValidationException e) {
            throw new MigrationPlanRefusedException(
                    MigrationMessages.of(e.getValidationReport(), id -> name(sourceModel, id)));
        }
        return describe(source, target, plan, sourceModel, targetModel);
    }

    private PlannedMigration describe(ProcessDefinition source, ProcessDefinition target, MigrationPlan plan,
            BpmnModelInstance sourceModel, BpmnModelInstance targetModel) {
        Set<String> coupledSources = new HashSet<>();
        Set<String> coupledTargets = new HashSet<>();
        List<MigrationReport.Koppeling> couplings = new ArrayList<>();
        for (MigrationInstruction instruction : plan.getInstructions()) {
            coupledSources.add(instruction.getSourceActivityId());
            coupledTargets.add(instruction.getTargetActivityId());
            couplings.add(new MigrationReport.Koppeling(instruction.getSourceActivityId(),
                    name(sourceModel, instruction.getSourceActivityId()), instruction.getTargetActivityId(),
                    name(targetModel, instruction.getTargetActivityId()), instruction.isUpdateEventTrigger()));
        }
        couplings.sort(Comparator.comparing(MigrationReport.Koppeling::van));
        Set<String> sourceIds = new HashSet<>();
        sourceModel.getModelElementsByType(FlowNode.class).forEach(node -> sourceIds.add(node.getId()));
        List<MigrationReport.Activiteit> added = targetModel.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> !sourceIds.contains(node.getId()))
                .map(MigrationPlanner::activity).sorted(Comparator.comparing(MigrationReport.Activiteit::id)).toList();
        List<MigrationReport.Activiteit> uncoupled = sourceModel.getModelElementsByType(FlowNode.class).stream()
                .filter(MigrationPlanner::canHoldAnInstance).filter(node -> !coupledSources.contains(node.getId()))
                .map(MigrationPlanner::activity).sorted(Comparator.comparing(MigrationReport.Activiteit::id)).toList();
        return new PlannedMigration(source, target, plan, couplings, added, uncoupled);
    }

    /** Where the instances of a version wait now, per activity, and whether the stored plan couples it. */
    List<MigrationReport.Wachtend> waiting(String sourceDefinitionId, Set<String> coupledSources) {
        BpmnModelInstance sourceModel;
        try {
            sourceModel = repositoryService.getBpmnModelInstance(sourceDefinitionId);
        } catch (ProcessEngineException e) {
            return List.of(); // the old version was deleted: nothing waits there any more
        }
        return managementService.createActivityStatisticsQuery(sourceDefinitionId).list().stream()
                .map(statistics -> new MigrationReport.Wachtend(statistics.getId(), name(sourceModel, statistics.getId()),
                        statistics.getInstances(), coupledSources.contains(statistics.getId())))
                .sorted(Comparator.comparing(MigrationReport.Wachtend::activiteit)).toList();
    }

    private void checkInstructions(List<Instructie> instructions, ProcessDefinition source, ProcessDefinition target) {
        BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(source.getId());
        BpmnModelInstance targetModel = repositoryService.getBpmnModelInstance(target.getId());
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < instructions.size(); i++) {
            Instructie instruction = instructions.get(i);
            String field = "instructies[" + i + "]";
            if (instruction == null || instruction.van() == null || instruction.naar() == null) {
                errors.put(field, "Een instructie heeft 'van' en 'naar' (ids van activiteiten)");
                continue;
            }
            if (!(sourceModel.getModelElementById(instruction.van()) instanceof FlowNode)) {
                errors.put(field + ".van", "Activiteit '" + instruction.van() + "' bestaat niet in versie "
                        + source.getVersion());
            } else if (!seen.add(instruction.van())) {
                errors.put(field + ".van", "Activiteit '" + instruction.van() + "' is al gekoppeld");
            }
            if (!(targetModel.getModelElementById(instruction.naar()) instanceof FlowNode)) {
                errors.put(field + ".naar", "Activiteit '" + instruction.naar() + "' bestaat niet in versie "
                        + target.getVersion());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private ProcessDefinition version(String key, int version) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version)
                .singleResult();
    }

    /**
     * Whether an instance can rest at the element — the only ones a migration must couple: tasks that wait,
     * subprocesses and calls, catching events, joins, and every asynchronous step. A gateway that only decides
     * or a service task that runs through never holds an instance between transactions.
     */
    static boolean canHoldAnInstance(FlowNode node) {
        if (node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter()) {
            return true;
        }
        if (node instanceof UserTask || node instanceof ReceiveTask || node instanceof SubProcess
                || node instanceof CallActivity || node instanceof IntermediateCatchEvent || node instanceof BoundaryEvent
                || node instanceof EventBasedGateway || node instanceof ParallelGateway || node instanceof InclusiveGateway) {
            return true;
        }
        if (node instanceof ServiceTask task && "external".equals(task.getCamundaType())) {
            return true;
        }
        return isEventSubprocessStart(node);
    }

    /** The start event of an event subprocess. */
    static boolean isEventSubprocessStart(FlowNode node) {
        return node instanceof StartEvent start && start.getParentElement() instanceof SubProcess subProcess
                && subProcess.triggeredByEvent();
    }

    /** Camunda migrates a conditional event only with its trigger updated (it has no state to keep). */
    private static boolean isConditionalEvent(BpmnModelInstance model, String id) {
        return model.getModelElementById(id) instanceof Event event
                && !event.getChildElementsByType(ConditionalEventDefinition.class).isEmpty();
    }

    private static boolean hasEventTrigger(BpmnModelInstance model, String id) {
        return model.getModelElementById(id) instanceof Event event
                && !event.getChildElementsByType(EventDefinition.class).isEmpty();
    }

    static String name(BpmnModelInstance model, String id) {
        var element = model.getModelElementById(id);
        if (element instanceof FlowNode node && node.getName() != null && !node.getName().isBlank()) {
            return node.getName();
        }
        return id;
    }

    private static MigrationReport.Activiteit activity(FlowNode node) {
        return new MigrationReport.Activiteit(node.getId(), node.getName() == null ? node.getId() : node.getName(),
                node.getElementType().getTypeName());
    }
}
