package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.inburgeringsregie.support.IntegrationTest;

/**
 * Issue 16, point 6: a model deployed around the quality gate (straight through the engine) still reaches only
 * the beans marked {@code @ProcessBean}; any other bean of the application is unknown to its expressions.
 */
@IntegrationTest
class ModelsReachOnlyProcessBeansTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ApplicationContext context;

    private String deploymentId;

    @AfterEach
    void removeTheModel() {
        if (deploymentId != null) {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void aProcessBeanIsReachable() {
        deploy("${duo != null and duo.toString() != null}");

        var instance = runtimeService.startProcessInstanceByKey("bereikbareBeans");

        assertThat(instance.isEnded()).isTrue();
    }

    @Test
    void anyOtherBeanOfTheApplicationIsNot() {
        assertThat(context.containsBean("dataSource")).isTrue();
        deploy("${dataSource.getConnection()}");

        Throwable failure = catchThrowable(() -> runtimeService.startProcessInstanceByKey("bereikbareBeans"));

        assertThat(failure).hasMessageContaining("dataSource");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("bereikbareBeans").count()).isZero();
    }

    /** Review of issue 16: neither the engine's services nor reflection, in any spelling. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "${execution.processEngineServices.identityService.createUserQuery().count()}",
            "${execution['processEngineServices'].identityService.createUserQuery().count()}",
            "${execution.getProcessEngine().getIdentityService()}",
            "${execution.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)}",
            "${duo['class'].classLoader}",
            "${''.getClass().forName('java.lang.System')}"})
    void neitherTheEnginesServicesNorReflectionAreReachable(String expression) {
        deploy(expression);

        Throwable failure = catchThrowable(() -> runtimeService.startProcessInstanceByKey("bereikbareBeans"));

        assertThat(failure).as(expression).hasMessageContaining("Een model mag");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("bereikbareBeans").count()).isZero();
    }

    private void deploy(String expression) {
        var model = Bpmn.createExecutableProcess("bereikbareBeans").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Stap").camundaExpression(expression).endEvent().done();
        deploymentId = repositoryService.createDeployment().name("om de poort heen")
                .addModelInstance("bereikbare-beans.bpmn", model).deploy().getId();
    }
}
