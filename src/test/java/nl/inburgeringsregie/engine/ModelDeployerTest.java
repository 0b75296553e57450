package nl.inburgeringsregie.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.support.IntegrationTest;

/** The models are deployed from processes/ and forms/ together, and only when something changed. */
@IntegrationTest
class ModelDeployerTest {

    @Autowired
    ModelDeployer deployer;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void deploysProcessesDecisionsAndFormsTogetherUnderTheirRelativeNames() {
        var deployment = deployer.deploy();

        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
                .contains("processes/inburgering.bpmn", "processes/warme-overdracht.bpmn",
                        "processes/onderdelen-per-doelgroep.dmn", "forms/brp-inschrijving.form",
                        "forms/driegesprek-plannen.form");
    }

    @Test
    void anUnchangedRedeployCreatesNoNewVersion() {
        var first = deployer.deploy();
        long deployments = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .count();
        long versions = repositoryService.createProcessDefinitionQuery().processDefinitionKey("inburgering").count();

        var second = deployer.deploy();

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).count())
                .isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("inburgering").count())
                .isEqualTo(versions);
    }
}
