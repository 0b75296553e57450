package nl.inburgeringsregie.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Issue 24, point 4: a 5xx is logged once with its stack trace under a correlation id, shown in Dutch with that id and
 * counted. Provoked with a controller that fails on purpose (this test's own, in no application context), behind the
 * application's filter and API exception handler.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServerErrorsTest {

    private static final String BSN = "999990019";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ApiExceptionHandler()).addFilters(new ServerErrors(registry)).build();

    /**
     * Fails with personal data in its message, as a careless exception might. A nested class of a test: Spring Boot's
     * test type filter keeps it out of the shared application context.
     */
    @Controller
    static class Failing {
        @GetMapping({"/api/kapot", "/regie/kapot"})
        @ResponseBody
        String fail() {
            throw new IllegalStateException("kapot voor BSN " + BSN, new IllegalArgumentException("oorzaak " + BSN));
        }
    }

    @Test
    void aFailureOfTheApiIsLoggedOnceShownInDutchWithItsIdAndCounted(CapturedOutput output) throws Exception {
        var response = mvc.perform(get("/api/kapot")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(500);
        String id = response.getHeader(ServerErrors.HEADER);
        assertThat(id).isNotBlank();
        Map<?, ?> problem = new ObjectMapper().readValue(response.getContentAsString(), Map.class);
        assertThat(problem.get("correlatieId")).isEqualTo(id);
        assertThat(problem.get("title")).isEqualTo("Serverfout");
        assertThat((String) problem.get("detail")).startsWith("Er ging iets mis bij het verwerken van uw verzoek")
                .endsWith("met foutcode " + id + ".");
        assertThat(response.getContentType()).startsWith("application/problem+json");

        assertThat(Pattern.compile("Serverfout " + Pattern.quote(id)).matcher(output.getOut()).results().count())
                .as("logged once, under the id the user sees").isOne();
        assertThat(output.getOut()).contains("Serverfout " + id + " bij GET /api/kapot: java.lang.IllegalStateException")
                .contains("at " + Failing.class.getName() + ".fail(")
                .contains("Caused by: " + ServerErrors.LoggedFailure.class.getName() + ": java.lang.IllegalArgumentException")
                .as("no personal data from the exception's messages").doesNotContain(BSN);
        assertThat(registry.counter(ServerErrors.METRIC, "area", "api").count()).isEqualTo(1.0);
    }

    @Test
    void aFailureOfAPageGoesToTheDutchErrorPageWithItsId(CapturedOutput output) throws Exception {
        var response = mvc.perform(get("/regie/kapot")).andReturn().getResponse();

        assertThat(response.getStatus()).as("the container shows the error page").isEqualTo(500);
        String id = response.getHeader(ServerErrors.HEADER);
        assertThat(output.getOut()).contains("Serverfout " + id + " bij GET /regie/kapot").doesNotContain(BSN);
        assertThat(registry.counter(ServerErrors.METRIC, "area", "pagina").count()).isEqualTo(1.0);

        // the error page the container then shows: Dutch, with the same id
        var request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(ServerErrors.ATTRIBUTE, id);
        var page = errorPages().resolveErrorView(request, HttpStatus.INTERNAL_SERVER_ERROR, Map.of());
        var rendered = new MockHttpServletResponse();
        page.getView().render(Map.of(), request, rendered);
        assertThat(page.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(rendered.getContentAsString()).contains("Er ging iets mis", "<strong>" + id + "</strong>")
                .doesNotContain(ServerErrorPage.PLACEHOLDER);
        var notFound = errorPages().resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of());
        var renderedNotFound = new MockHttpServletResponse();
        notFound.getView().render(Map.of(), request, renderedNotFound);
        assertThat(renderedNotFound.getContentAsString()).as("other statuses keep their own Dutch pages (static/error)")
                .contains("Niet gevonden").doesNotContain(id);
    }

    /** As in the application: Boot's static error pages beside this one (Boot's own resolver backs off for it). */
    private static ServerErrorPage errorPages() {
        return new ServerErrorPage(new org.springframework.context.support.StaticApplicationContext(),
                new org.springframework.boot.autoconfigure.web.WebProperties());
    }

    @Test
    void aRequestThatSucceedsIsNotCounted() throws Exception {
        mvc.perform(get("/api/onbekend")).andReturn();
        assertThat(registry.find(ServerErrors.METRIC).counters()).isEmpty();
    }
}
