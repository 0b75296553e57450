package nl.inburgeringsregie.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.models.gate.ExpressionBeans;
import nl.inburgeringsregie.models.gate.ModelQualityGate;
import nl.inburgeringsregie.shared.Groups;

/**
 * The models in processes/ and forms/ pass the quality gate — without starting the application, so a model
 * an analist broke fails here with its findings named, before the application (which refuses to start with
 * it) fails every integration test. The check of bean methods needs the application: {@code ModelQualityGateTest}.
 */
class ProjectModelsTest {

    @Test
    void theModelsInProcessesAndFormsPassTheQualityGate() {
        var gate = new ModelQualityGate(Set.of(Groups.CONSULENTEN, Groups.COORDINATOREN),
                Arrays.stream(Norm.values()).map(Norm::name).collect(Collectors.toSet()), ExpressionBeans.NONE,
                // the longest bewaartermijn of application.yaml (P10Y) in days: HistoryTimeToLiveCheckTest
                3660);

        var findings = gate.check(ModelFiles.read(Path.of(".")));

        assertThat(findings).as("findings of the model quality gate").isEmpty();
    }
}
