package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.support.ScenarioTest;

/** The coordinators' task lists in Tasklist cover every task of their kind in the deployed models. */
class TasklistFiltersTest extends ScenarioTest {

    /** The forms of a four-eyes decision: a PIP (Wet inburgering 2021 art. 16) or a fine proposal (art. 34/35). */
    private static final Set<String> FOUR_EYES_FORMS = Set.of("pip-beoordelen", "boetevoorstel-beoordelen");

    @Test
    void terBeoordelingListsEveryFourEyesDecisionOfEveryModel() {
        var repository = engine.getRepositoryService();
        Set<String> fourEyesTasks = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .flatMap(definition -> repository.getBpmnModelInstance(definition.getId())
                        .getModelElementsByType(UserTask.class).stream())
                .filter(task -> FOUR_EYES_FORMS.contains(task.getCamundaFormRef()))
                .map(UserTask::getId)
                .collect(Collectors.toSet());
        var filter = engine.getFilterService().createTaskFilterQuery().filterName("Ter beoordeling").singleResult();

        assertThat(fourEyesTasks).as("the models' four-eyes tasks").hasSizeGreaterThanOrEqualTo(4);
        assertThat(((TaskQueryImpl) filter.getQuery()).getKeys()).containsExactlyInAnyOrderElementsOf(fourEyesTasks);
    }
}
