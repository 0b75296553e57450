package nl.inburgeringsregie.shared.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import nl.inburgeringsregie.shared.CaseNotFoundException;
import nl.inburgeringsregie.shared.CaseStateException;
import nl.inburgeringsregie.shared.ConcurrentChangeException;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.validation.Quoted;

/**
 * Turns errors of the application's API into RFC 9457 problem details with Dutch text; field errors
 * are listed per field under {@code velden}.
 */
@RestControllerAdvice(basePackages = "nl.inburgeringsregie")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final URI INVALID_INPUT = URI.create("urn:inburgeringsregie:ongeldige-invoer");

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(e.fieldErrors());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail concurrentRegistration(DuplicateKeyException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Deze persoon werd tegelijk door een ander verzoek aangemeld; vraag de zaak op en probeer het niet opnieuw.");
        problem.setTitle("Gelijktijdige aanmelding");
        return problem;
    }

    /** A timer, DUO or a colleague changed the case at the same moment: nothing was stored (issue 24, point 2). */
    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail concurrentChange(ConcurrentChangeException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Gelijktijdige wijziging");
        return problem;
    }

    @ExceptionHandler(CaseStateException.class)
    ProblemDetail notNow(CaseStateException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Nu niet mogelijk voor deze zaak");
        return problem;
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            errors.put(unknown.getPropertyName(), "Onbekend veld");
        } else if (cause instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
            errors.put(fieldOf(format), "Ongeldige waarde " + Quoted.of(format.getValue()) + expectation(format));
        } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            errors.put(fieldOf(mismatch), "Ongeldige waarde" + expectation(mismatch));
        } else {
            errors.put("body", "Het verzoek is geen geldige JSON");
        }
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /** A body checked with {@code @Valid} (the DUO simulator's management API): a Dutch message per field. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(error ->
                errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /** A body that is not JSON ({@code text/plain}, a form …): 415 in Dutch. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Stuur het verzoek als JSON, met Content-Type application/json"
                        + (e.getContentType() == null ? "." : " (ontvangen: " + e.getContentType() + ")."));
        problem.setTitle("Verkeerd formaat");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
    }

    /** A path or query parameter that is not of its type, such as {@code /api/modellen/migraties/abc}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "" : Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class
                ? "; verwacht een getal" : type == LocalDate.class ? "; verwacht een datum als jjjj-mm-dd" : "";
        return ResponseEntity.badRequest().body(invalid(Map.of(field, "Ongeldige waarde " + Quoted.of(e.getValue()) + expected)));
    }

    /**
     * A 5xx of Spring MVC's own (a response that cannot be written, a missing path variable …): logged once with the
     * request's correlation id and answered in Dutch with it (issue 24, point 4, see {@link ServerErrors}).
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError() && request instanceof ServletWebRequest servlet) {
            String id = ServerErrors.report(e, servlet.getRequest());
            return ResponseEntity.status(status).headers(headers).body(ServerErrors.problem(status, id));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static ProblemDetail invalid(Map<String, String> fieldErrors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Het verzoek bevat " + fieldErrors.size() + (fieldErrors.size() == 1 ? " fout" : " fouten")
                        + "; zie 'velden'.");
        problem.setType(INVALID_INPUT);
        problem.setTitle("Ongeldige invoer");
        problem.setProperty("velden", fieldErrors);
        return problem;
    }

    private static String fieldOf(MismatchedInputException e) {
        return e.getPath().get(e.getPath().size() - 1).getFieldName();
    }

    private static String expectation(MismatchedInputException e) {
        return JsonFieldMessages.expectation(e.getTargetType());
    }
}
