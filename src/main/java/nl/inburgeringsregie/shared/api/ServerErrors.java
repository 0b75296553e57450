package nl.inburgeringsregie.shared.api;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every 5xx the application can still produce (issue 24, point 4) carries a correlation id: each request gets one (the
 * response header {@value #HEADER}, the log's MDC {@value #MDC_KEY}); a failure is logged once at ERROR with its stack
 * trace under that id, the user reads it in Dutch (a problem detail with {@code correlatieId} for {@code /api}, the
 * error page {@code static/error/5xx.html} for pages, Camunda's REST in {@code message}), and every 5xx answer is
 * counted in {@value #METRIC} by area. The logged failure keeps its classes and stack frames but not the messages,
 * which may hold what a person typed or a BSN (README: no personal data in logs).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ServerErrors extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlatie-Id";
    public static final String MDC_KEY = "correlatieId";
    /** The request attribute that holds the id, also during the error page's dispatch. */
    public static final String ATTRIBUTE = ServerErrors.class.getName() + ".id";
    static final String METRIC = "inburgering.server.errors";
    static final URI TYPE = URI.create("urn:inburgeringsregie:serverfout");

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrors.class);
    /** Spring's builder: it knows how a problem detail is written (its properties at the top level). */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    private final MeterRegistry registry;

    ServerErrors(MeterRegistry registry) {
        this.registry = registry;
    }

    /** What the user reads with a 5xx, wherever it surfaces. */
    public static String dutchText(String id) {
        return "Er ging iets mis bij het verwerken van uw verzoek. Probeer het over een paar minuten opnieuw; lukt het "
                + "dan nog niet, meld het dan bij uw functioneel beheerder met foutcode " + id + ".";
    }

    /** The request's correlation id ("onbekend" outside a request this filter saw). */
    public static String idOf(HttpServletRequest request) {
        return request != null && request.getAttribute(ATTRIBUTE) instanceof String id ? id : "onbekend";
    }

    /** The correlation id of the request this thread serves, for code without the request (Camunda's REST). */
    public static String currentId() {
        String id = MDC.get(MDC_KEY);
        return id == null ? "onbekend" : id;
    }

    /** Logs the failure once, at ERROR with its stack trace and without messages; returns the request's id. */
    public static String report(Throwable failure, HttpServletRequest request) {
        String id = idOf(request);
        LOG.error("Serverfout {} bij {} {}: {}", id, request == null ? "-" : request.getMethod(),
                request == null ? "-" : request.getRequestURI(), failure.getClass().getName(), withoutMessages(failure));
        return id;
    }

    /** The problem detail of a 5xx for {@code /api}: Dutch, with the id to quote. */
    public static ProblemDetail problem(HttpStatusCode status, String id) {
        var problem = ProblemDetail.forStatusAndDetail(status, dutchText(id));
        problem.setType(TYPE);
        problem.setTitle("Serverfout");
        problem.setProperty("correlatieId", id);
        return problem;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = UUID.randomUUID().toString().substring(0, 13);
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            report(failure instanceof ServletException wrapped && wrapped.getRootCause() != null
                    ? wrapped.getRootCause() : failure, request);
            if (!response.isCommitted()) {
                answer(request, response, id);
            }
        } finally {
            if (response.getStatus() >= 500) {
                Counter.builder(METRIC).description("Antwoorden met een 5xx-status, per deel van de applicatie")
                        .tag("area", areaOf(request)).register(registry).increment();
            }
            MDC.remove(MDC_KEY);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, String id) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.resetBuffer();
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getOutputStream(), problem(HttpStatus.INTERNAL_SERVER_ERROR, id));
        } else {
            response.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value()); // the Dutch error page, with the id
        }
    }

    /** {@code api}, {@code engine-rest}, {@code camunda} (the webapps) or {@code pagina}: codes, never a path. */
    static String areaOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") ? "api" : path.startsWith("/engine-rest/") ? "engine-rest"
                : path.startsWith("/camunda/") ? "camunda" : "pagina";
    }

    /** The failure's chain with each class name in place of its message and its stack frames kept. */
    static Throwable withoutMessages(Throwable failure) {
        var cause = failure.getCause() == null || failure.getCause() == failure ? null : withoutMessages(failure.getCause());
        var copy = new LoggedFailure(failure.getClass().getName(), cause);
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** A logged failure: the original's class as its message, the original's frames. */
    static final class LoggedFailure extends RuntimeException {
        LoggedFailure(String originalClass, Throwable cause) {
            super(originalClass, cause);
        }
    }
}
