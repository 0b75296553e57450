package nl.inburgeringsregie.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.models.ModelFiles.ModelFile;
import nl.inburgeringsregie.models.gate.ModelQualityGate;
import nl.inburgeringsregie.shared.StartupOrder;

/**
 * Deploys the models from the top-level {@code processes/} and {@code forms/} folders — the only copy of
 * them — in one deployment under their relative names, after they pass the {@link ModelQualityGate}. An
 * unchanged set deploys nothing; any change deploys all models together as new versions, so new cases always
 * get matching forms, decisions and subprocesses, and running cases keep those of their own deployment.
 */
@Component
public class ModelDeployer {

    public static final String DEPLOYMENT_NAME = "inburgeringsregie-modellen";
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;
    private final ModelQualityGate gate;
    private final Path modelsDirectory;

    public ModelDeployer(RepositoryService repositoryService, ModelQualityGate gate,
            @Value("${inburgering.models-directory}") String modelsDirectory) {
        this.repositoryService = repositoryService;
        this.gate = gate;
        this.modelsDirectory = Path.of(modelsDirectory).toAbsolutePath().normalize();
    }

    /**
     * At start-up. A set with findings is not deployed: the application then runs on the models deployed
     * before (the findings in the log, and at {@code GET /api/modellen/controle}); without any, it does not start.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.DEPLOY_MODELS)
    public void deployOnStartup() {
        try {
            deploy();
        } catch (ModelFindingsException e) {
            if (latestDeployment().isEmpty()) {
                throw e;
            }
            LOG.error("{}\nDe applicatie draait op de modellen van de vorige deployment tot de bevindingen zijn opgelost.",
                    e.getMessage());
        }
    }

    /** The folder the models are read from ({@code inburgering.models-directory}). */
    public Path modelsDirectory() {
        return modelsDirectory;
    }

    /** Deploys the models of the configured folder. */
    public ModelDeployment deploy() {
        return deploy(ModelFiles.read(modelsDirectory));
    }

    /**
     * Checks the models and deploys them when something changed.
     *
     * @throws ModelFindingsException when the gate or the engine refuses them; nothing is deployed then
     */
    public synchronized ModelDeployment deploy(ModelFiles files) {
        Optional<Deployment> latest = latestDeployment();
        // a removed or added file is a change duplicate filtering misses; no deployment yet: nothing to compare with
        boolean sameFiles = latest.map(deployment -> sameFiles(deployment, files)).orElse(true);
        if (latest.isPresent() && sameFiles && sameBytes(latest.get(), files)) {
            // byte for byte what the gate passed and the engine deployed before: neither asked again (issue 22, point
            // 5: gate and engine parsed every model on each start, about 2 s on a 2-core machine)
            LOG.info("Modellen uit {} ongewijzigd ({} bestanden, deployment {})", files.directory(),
                    files.files().size(), latest.get().getId());
            return new ModelDeployment(latest.get().getId(), false, latest.get().getDeploymentTime().toInstant(),
                    files.files().size(), versions(latest.get().getId()));
        }
        List<ModelFinding> findings = gate.check(files);
        if (!findings.isEmpty()) {
            throw new ModelFindingsException(findings);
        }
        var builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("processes/ en forms/");
        if (sameFiles) {
            // nothing deployed when nothing changed (another node deployed these meanwhile); any change deploys every file
            builder.enableDuplicateFiltering(false);
        }
        for (ModelFile file : files.files()) {
            builder.addInputStream(file.name(), new ByteArrayInputStream(file.content()));
        }
        DeploymentWithDefinitions deployment;
        try {
            deployment = builder.deployWithResult();
        } catch (ParseException e) {
            throw new ModelFindingsException(e.getResorceReports().stream()
                    .flatMap(report -> report.getErrors().stream()
                            .map(problem -> new ModelFinding(report.getResourceName(), problem.getMainElementId(),
                                    "De engine weigert het model: " + problem.getMessage())))
                    .toList());
        } catch (ProcessEngineException e) {
            throw new ModelFindingsException(List.of(new ModelFinding(files.directory().toString(), null,
                    "De engine weigert de modellen: " + e.getMessage())));
        }
        // A deployment that duplicate filtering left out comes back as the existing one, without new definitions
        boolean changed = deployment.getDeployedProcessDefinitions() != null
                && !deployment.getDeployedProcessDefinitions().isEmpty();
        var outcome = new ModelDeployment(deployment.getId(), changed, deployment.getDeploymentTime().toInstant(),
                files.files().size(), versions(deployment.getId()));
        if (changed) {
            LOG.info("Modellen uit {} gedeployd: {} bestanden, deployment {}, versies {}", files.directory(),
                    files.files().size(), deployment.getId(), outcome.versies());
        } else {
            LOG.info("Modellen uit {} ongewijzigd ({} bestanden, deployment {})", files.directory(),
                    files.files().size(), deployment.getId());
        }
        return outcome;
    }

    /** Whether the deployment holds exactly the files of these names. */
    private boolean sameFiles(Deployment deployment, ModelFiles files) {
        return Set.copyOf(repositoryService.getDeploymentResourceNames(deployment.getId()))
                .equals(files.files().stream().map(ModelFile::name).collect(Collectors.toSet()));
    }

    /** Whether each of these files has the same bytes in the deployment (which holds a file of each name). */
    private boolean sameBytes(Deployment deployment, ModelFiles files) {
        for (ModelFile file : files.files()) {
            try (var deployed = repositoryService.getResourceAsStream(deployment.getId(), file.name())) {
                if (!Arrays.equals(deployed.readAllBytes(), file.content())) {
                    return false;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return true;
    }

    /** The latest deployment of the models, if any. */
    Optional<Deployment> latestDeployment() {
        return repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).orderByDeploymentTime().desc()
                .listPage(0, 1).stream().findFirst();
    }

    private Map<String, Integer> versions(String deploymentId) {
        Map<String, Integer> versions = new TreeMap<>();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId)
                .list()) {
            versions.put(definition.getKey(), definition.getVersion());
        }
        return versions;
    }

    /**
     * The outcome of a deploy: the deployment (the previous one when nothing changed), whether it is new,
     * and the version of each process in it.
     */
    public record ModelDeployment(String deploymentId, boolean nieuw, Instant gedeployd, int bestanden,
            Map<String, Integer> versies) {
    }
}
