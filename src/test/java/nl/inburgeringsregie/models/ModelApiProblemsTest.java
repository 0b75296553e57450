package nl.inburgeringsregie.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import nl.inburgeringsregie.shared.api.ServerErrors;

/** Issue 24, point 4: an unexpected failure of the model API answers like every other 5xx, in Dutch with its id. */
class ModelApiProblemsTest {

    @Test
    void anUnexpectedEngineFailureIsAnsweredInDutchWithTheRequestsCorrelationId() {
        var request = new MockHttpServletRequest("POST", "/api/modellen/deployments");
        request.setAttribute(ServerErrors.ATTRIBUTE, "c0ffee-12345");

        var problem = new ModelApiProblems().unexpected(new ProcessEngineException("BSN 123456782 in a message"), request);

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getProperties()).containsEntry("correlatieId", "c0ffee-12345");
        assertThat(problem.getDetail()).isEqualTo(ServerErrors.dutchText("c0ffee-12345")).doesNotContain("123456782");
    }
}
