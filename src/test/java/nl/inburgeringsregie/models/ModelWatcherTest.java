package nl.inburgeringsregie.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.ModelFolder;

/**
 * The demo picks up a saved change while it runs: once the folder has stood still for one look, the models
 * pass the gate and are deployed together; a change with findings is not deployed.
 */
@IntegrationTest
class ModelWatcherTest {

    private static final String FORM = "forms/pip-beoordelen.form";

    @Autowired
    ModelDeployer deployer;
    @Autowired
    RepositoryService repositoryService;

    @TempDir
    Path folder;
    ModelFolder models;
    ModelWatcher watcher;

    @BeforeEach
    void watchACopyOfTheModels() {
        models = ModelFolder.copyOfProjectModels(folder);
        deployer.deploy(models.files());
        watcher = new ModelWatcher(deployer, folder);
        watcher.start();
    }

    @AfterEach
    void projectModelsAreTheLatestAgain() {
        deployer.deploy();
    }

    @Test
    void aSavedChangeIsDeployedOnceItStandsStill() {
        String before = latest().getId();
        watcher.poll();
        assertThat(latest().getId()).as("nothing changed").isEqualTo(before);

        models.edit(FORM, json -> json.replace("\"label\": \"Besluit\"", "\"label\": \"Uw besluit\""));
        watcher.poll();
        assertThat(latest().getId()).as("the change may still be being written").isEqualTo(before);
        watcher.poll();

        Deployment deployed = latest();
        assertThat(deployed.getId()).isNotEqualTo(before);
        assertThat(form(deployed)).contains("\"label\": \"Uw besluit\"");
        assertThat(repositoryService.getDeploymentResourceNames(deployed.getId())).as("all models together")
                .contains("processes/inburgering.bpmn", "processes/leerroute-advies.dmn", FORM);
        assertThat(watcher.lastFindings()).isEmpty();
        watcher.poll();
        assertThat(latest().getId()).as("deployed once").isEqualTo(deployed.getId());
    }

    @Test
    void aChangeWithFindingsIsNotDeployed() {
        String before = latest().getId();
        models.edit("processes/brede-intake-en-pip.bpmn",
                xml -> xml.replace("camunda:formRef=\"pip-opstellen\" camunda:formRefBinding=\"deployment\" ", ""));

        watcher.poll();
        watcher.poll();

        assertThat(latest().getId()).isEqualTo(before);
        assertThat(watcher.lastFindings()).extracting(ModelFinding::element).contains(BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN);

        models.edit("processes/brede-intake-en-pip.bpmn", xml -> xml.replace("id=\"Task_PipOpstellen\"",
                "camunda:formRef=\"pip-opstellen\" camunda:formRefBinding=\"deployment\" id=\"Task_PipOpstellen\""));
        watcher.poll();
        watcher.poll();
        assertThat(watcher.lastFindings()).as("put right, deployed").isEmpty();
    }

    /** The deployment of the newest version (versions only go up; deployment times can tie). */
    private Deployment latest() {
        String deploymentId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("inburgering")
                .latestVersion().singleResult().getDeploymentId();
        return repositoryService.createDeploymentQuery().deploymentId(deploymentId).singleResult();
    }

    private String form(Deployment deployment) {
        try (var in = repositoryService.getResourceAsStream(deployment.getId(), FORM)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
