package nl.inburgeringsregie.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys the models from the top-level {@code processes/} and {@code forms/} folders — the only copy
 * of them — in one deployment under their relative names. An unchanged restart deploys nothing; any
 * change deploys all models together, so new cases always get matching forms.
 */
@Component
public class ModelDeployer {

    public static final String DEPLOYMENT_NAME = "inburgeringsregie-modellen";
    static final List<String> MODEL_FOLDERS = List.of("processes", "forms");
    private static final List<String> MODEL_EXTENSIONS = List.of(".bpmn", ".dmn", ".form");
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;
    private final Path modelsDirectory;

    public ModelDeployer(RepositoryService repositoryService,
            @Value("${inburgering.models-directory}") String modelsDirectory) {
        this.repositoryService = repositoryService;
        this.modelsDirectory = Path.of(modelsDirectory).toAbsolutePath().normalize();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(EngineStartupOrder.DEPLOY_MODELS)
    public void deployOnStartup() {
        deploy();
    }

    /** Deploys the models; returns the deployment, or the last one when nothing changed. */
    public Deployment deploy() {
        var builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("processes/ en forms/")
                .enableDuplicateFiltering(false);
        List<Path> files = modelFiles();
        if (files.isEmpty()) {
            throw new IllegalStateException("Geen modellen gevonden in " + modelsDirectory.toAbsolutePath()
                    + "/processes en /forms; zet inburgering.models-directory goed");
        }
        for (Path file : files) {
            String name = modelsDirectory.relativize(file).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(file)) {
                builder.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("Model " + name + " kan niet worden gelezen", e);
            }
        }
        Deployment deployment = builder.deployWithResult();
        LOG.info("Modellen uit {} gecontroleerd: {} bestanden, deployment {}", modelsDirectory.toAbsolutePath(),
                files.size(), deployment.getId());
        return deployment;
    }

    private List<Path> modelFiles() {
        return MODEL_FOLDERS.stream()
                .map(modelsDirectory::resolve)
                .filter(Files::isDirectory)
                .flatMap(ModelDeployer::walk)
                .filter(path -> MODEL_EXTENSIONS.stream().anyMatch(ext -> path.toString().endsWith(ext)))
                .sorted()
                .toList();
    }

    private static Stream<Path> walk(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
