package nl.inburgeringsregie.aanmelding;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The refusals of an aanmelding as RFC 9457 problem details with Dutch text (the rest: shared.api). */
@RestControllerAdvice(basePackages = "nl.inburgeringsregie")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AanmeldingProblems {

    @ExceptionHandler(DuplicateCaseException.class)
    ProblemDetail duplicateCase(DuplicateCaseException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Er loopt al een zaak voor deze persoon");
        e.visibleCaseNumber().ifPresent(caseNumber -> problem.setProperty("zaaknummer", caseNumber));
        return problem;
    }

    @ExceptionHandler(GemeenteNotAllowedException.class)
    ProblemDetail forbiddenGemeente(GemeenteNotAllowedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Geen toegang tot deze gemeente");
        return problem;
    }
}
