package nl.inburgeringsregie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import nl.inburgeringsregie.shared.ConcurrentChangeException;
import nl.inburgeringsregie.shared.api.ServerErrors;

/**
 * Issue 24, point 4, Camunda's REST API (what Tasklist shows as it is): a 5xx reads in Dutch with the request's
 * correlation id, the one {@link ServerErrors} put in the log's MDC for the request; a conflict is a 409 first.
 */
class DutchServerErrorsTest {

    @AfterEach
    void clear() {
        MDC.remove(ServerErrors.MDC_KEY);
    }

    @Test
    void aFailureOfCamundasRestReadsInDutchWithTheRequestsId() {
        MDC.put(ServerErrors.MDC_KEY, "0a1b2c3d-4e5f");
        var failure = failure("Cannot submit task form 12ab: something in English", 0);

        new DutchServerErrors().filter(mock(ContainerRequestContext.class), answer(500, failure));

        assertThat(failure.getMessage()).isEqualTo(ServerErrors.dutchText("0a1b2c3d-4e5f"))
                .contains("foutcode 0a1b2c3d-4e5f");
    }

    @Test
    void aConflictAndAnAnswerBelow500KeepTheirOwnText() {
        var conflict = failure("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed", 1);
        var response = answer(500, conflict);
        new DutchServerErrors().filter(mock(ContainerRequestContext.class), response);
        new ConcurrentChangeConflicts().filter(mock(ContainerRequestContext.class), response);
        assertThat(conflict.getMessage()).isEqualTo(ConcurrentChangeException.DUTCH_MESSAGE);

        var refusal = failure("Het formulier is niet opgeslagen: Vul een datum in", 0);
        new DutchServerErrors().filter(mock(ContainerRequestContext.class), answer(400, refusal));
        assertThat(refusal.getMessage()).isEqualTo("Het formulier is niet opgeslagen: Vul een datum in");
    }

    private static ExceptionDto failure(String message, int code) {
        var failure = new ExceptionDto();
        failure.setMessage(message);
        failure.setCode(code);
        return failure;
    }

    private static ContainerResponseContext answer(int status, ExceptionDto entity) {
        var response = mock(ContainerResponseContext.class);
        when(response.getStatus()).thenReturn(status);
        when(response.getEntity()).thenReturn(entity);
        return response;
    }
}
