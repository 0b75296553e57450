package nl.inburgeringsregie.models;

import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

import nl.inburgeringsregie.models.migration.MigrationForbiddenException;
import nl.inburgeringsregie.models.migration.MigrationNotFoundException;
import nl.inburgeringsregie.models.migration.MigrationPlanRefusedException;
import nl.inburgeringsregie.models.migration.MigrationStateException;
import nl.inburgeringsregie.shared.api.ServerErrors;

/**
 * The Dutch problem details of the model API ({@code /api/modellen/**}, this package and
 * {@code models.migration}): refused models and plans, migrations out of turn, and — before the application's
 * general handler — an unexpected failure of the engine or the database. Field errors (400) are the general
 * handler's ({@code api.ApiExceptionHandler}).
 */
@RestControllerAdvice(basePackageClasses = ModelApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelApiProblems {

    @ExceptionHandler(ModelFindingsException.class)
    ProblemDetail modelsRefused(ModelFindingsException e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Modellen afgekeurd", "De modellen zijn niet gedeployd: "
                + e.findings().size() + (e.findings().size() == 1 ? " bevinding" : " bevindingen")
                + "; zie 'bevindingen'. Er is niets veranderd.");
        problem.setProperty("bevindingen", e.findings());
        return problem;
    }

    @ExceptionHandler(MigrationPlanRefusedException.class)
    ProblemDetail planRefused(MigrationPlanRefusedException e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Migratieplan ongeldig",
                "Camunda keurt het migratieplan af; zie 'redenen'. Er is niets gemigreerd.");
        problem.setProperty("redenen", e.reasons());
        return problem;
    }

    @ExceptionHandler(MigrationStateException.class)
    ProblemDetail notNow(MigrationStateException e) {
        return problem(HttpStatus.CONFLICT, "Nu niet mogelijk voor deze migratie", e.getMessage());
    }

    @ExceptionHandler(MigrationForbiddenException.class)
    ProblemDetail forbidden(MigrationForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Geen toegang tot deze migratie", e.getMessage());
    }

    @ExceptionHandler(MigrationNotFoundException.class)
    ProblemDetail notFound(MigrationNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Niet gevonden", e.getMessage());
    }

    /** Logged once with the request's correlation id, answered in Dutch with it, counted (shared.api.ServerErrors). */
    @ExceptionHandler({ProcessEngineException.class, DataAccessException.class})
    ProblemDetail unexpected(RuntimeException e, HttpServletRequest request) {
        return ServerErrors.problem(HttpStatus.INTERNAL_SERVER_ERROR, ServerErrors.report(e, request));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
