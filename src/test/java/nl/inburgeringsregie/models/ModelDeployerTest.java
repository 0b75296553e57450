package nl.inburgeringsregie.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.ModelFolder;

/** The models are deployed from processes/ and forms/ together, only when something changed, only when they pass the gate. */
@IntegrationTest
class ModelDeployerTest {

    @Autowired
    ModelDeployer deployer;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    nl.inburgeringsregie.models.gate.ModelQualityGate gate;

    @TempDir
    Path folder;

    @AfterEach
    void projectModelsAreTheLatestAgain() {
        deployer.deploy();
    }

    @Test
    void deploysProcessesDecisionsAndFormsTogetherUnderTheirRelativeNames() {
        var deployment = deployer.deploy();

        assertThat(repositoryService.getDeploymentResourceNames(deployment.deploymentId()))
                .contains("processes/inburgering.bpmn", "processes/warme-overdracht.bpmn",
                        "processes/onderdelen-per-doelgroep.dmn", "forms/brp-inschrijving.form",
                        "forms/driegesprek-plannen.form");
    }

    @Test
    void anUnchangedRedeployCreatesNoNewVersion() {
        var first = deployer.deploy();
        long deployments = deployments();
        long versions = versions("inburgering");

        var second = deployer.deploy();

        assertThat(second.deploymentId()).isEqualTo(first.deploymentId());
        assertThat(second.nieuw()).isFalse();
        assertThat(deployments()).isEqualTo(deployments);
        assertThat(versions("inburgering")).isEqualTo(versions);
    }

    @Test
    void modelsByteForByteAsDeployedAreNotCheckedOrParsedAgain() {
        var deployed = deployer.deploy();
        var gateThatMustNotBeAsked = org.mockito.Mockito.mock(nl.inburgeringsregie.models.gate.ModelQualityGate.class);

        var again = new ModelDeployer(repositoryService, gateThatMustNotBeAsked, deployer.modelsDirectory().toString())
                .deploy();

        assertThat(again.nieuw()).isFalse();
        assertThat(again.deploymentId()).isEqualTo(deployed.deploymentId());
        assertThat(again.versies()).isEqualTo(deployed.versies());
        org.mockito.Mockito.verifyNoInteractions(gateThatMustNotBeAsked);
    }

    @Test
    void aChangedFormDeploysEveryModelAsANewVersion() {
        var before = deployer.deploy();
        var models = ModelFolder.copyOfProjectModels(folder)
                .edit("forms/pip-beoordelen.form", json -> json.replace("\"label\": \"Besluit\"", "\"label\": \"Besluit (vier ogen)\""));

        var after = deployer.deploy(models.files());

        assertThat(after.nieuw()).isTrue();
        assertThat(after.deploymentId()).isNotEqualTo(before.deploymentId());
        assertThat(after.versies()).containsOnlyKeys(before.versies().keySet());
        before.versies().forEach((key, version) -> assertThat(after.versies().get(key)).as(key).isGreaterThan(version));
        assertThat(repositoryService.getDeploymentResourceNames(after.deploymentId()))
                .hasSize(repositoryService.getDeploymentResourceNames(before.deploymentId()).size());
    }

    @Test
    void modelsWithFindingsAreNotDeployed() {
        long deployments = deployments();
        var models = ModelFolder.copyOfProjectModels(folder).edit("processes/brede-intake-en-pip.bpmn",
                xml -> xml.replace("camunda:formRef=\"pip-opstellen\" camunda:formRefBinding=\"deployment\" ", ""));

        var refused = catchThrowableOfType(ModelFindingsException.class, () -> deployer.deploy(models.files()));

        assertThat(refused.findings()).extracting(ModelFinding::element).contains(BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN);
        assertThat(refused.getMessage()).startsWith("De modellen worden niet gedeployd; 2 bevindingen:");
        assertThat(deployments()).isEqualTo(deployments);
    }

    @Test
    void aRemovedFileIsAChangeToo() {
        var models = ModelFolder.copyOfProjectModels(folder).write("processes/proef.bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="Definitions_proef" targetNamespace="http://www.omg.org/spec/BPMN/20100524/MODEL">
                  <process id="proef" name="Proef" isExecutable="true" camunda:historyTimeToLive="3660">
                    <startEvent id="StartEvent_Proef" name="Proef begonnen"/>
                  </process>
                </definitions>""");
        assertThat(deployer.deploy(models.files()).nieuw()).isTrue();

        var withoutIt = deployer.deploy(models.delete("processes/proef.bpmn").files());

        assertThat(withoutIt.nieuw()).isTrue();
        assertThat(repositoryService.getDeploymentResourceNames(withoutIt.deploymentId())).doesNotContain("processes/proef.bpmn");
    }

    @Test
    void atStartUpModelsWithFindingsLeaveTheApplicationOnItsLastModels() {
        var broken = ModelFolder.copyOfProjectModels(folder).edit("processes/brede-intake-en-pip.bpmn",
                xml -> xml.replace("camunda:formRef=\"pip-opstellen\" camunda:formRefBinding=\"deployment\" ", ""));
        long before = deployments();

        new ModelDeployer(repositoryService, gate, broken.root().toString()).deployOnStartup();

        assertThat(deployments()).as("nothing deployed, and the start goes on").isEqualTo(before);
    }

    private long deployments() {
        return repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).count();
    }

    private long versions(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count();
    }
}
