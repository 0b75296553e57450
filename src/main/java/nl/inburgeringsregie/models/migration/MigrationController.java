package nl.inburgeringsregie.models.migration;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.models.UnexpectedProblem;
import nl.inburgeringsregie.security.ApiUser;

/**
 * {@code /api/modellen/migraties} for analisten: ask for a migration of running cases to another version (202:
 * the plan is valid, the dry run runs), read its report, confirm it ({@code …/bevestiging}, 202: the migration
 * runs).
 */
@RestController
@RequestMapping("/api/modellen/migraties")
class MigrationController {

    private final MigrationService migrations;

    MigrationController(MigrationService migrations) {
        this.migrations = migrations;
    }

    @PostMapping
    ResponseEntity<MigrationReport> request(@RequestBody MigrationRequest request, @AuthenticationPrincipal ApiUser user) {
        MigrationReport report = migrations.request(request, user);
        return ResponseEntity.accepted().location(URI.create("/api/modellen/migraties/" + report.id())).body(report);
    }

    @GetMapping
    List<MigrationService.Samenvatting> list(@AuthenticationPrincipal ApiUser user) {
        return migrations.latest(user);
    }

    @GetMapping("/{id}")
    MigrationReport report(@PathVariable long id, @RequestParam(required = false) String uitkomst,
            @RequestParam(defaultValue = "0") int pagina, @RequestParam(defaultValue = "100") int aantal,
            @AuthenticationPrincipal ApiUser user) {
        return migrations.report(id, user, uitkomst, pagina, aantal);
    }

    @PostMapping("/{id}/bevestiging")
    ResponseEntity<MigrationReport> confirm(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
        MigrationReport report = migrations.confirm(id, user);
        return ResponseEntity.accepted().location(URI.create("/api/modellen/migraties/" + id)).body(report);
    }

    @ExceptionHandler(MigrationPlanRefusedException.class)
    ProblemDetail refused(MigrationPlanRefusedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "Camunda keurt het migratieplan af; zie 'redenen'. Er is niets gemigreerd.");
        problem.setTitle("Migratieplan ongeldig");
        problem.setProperty("redenen", e.reasons());
        return problem;
    }

    @ExceptionHandler(MigrationStateException.class)
    ProblemDetail notNow(MigrationStateException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Nu niet mogelijk voor deze migratie");
        return problem;
    }

    @ExceptionHandler(MigrationForbiddenException.class)
    ProblemDetail forbidden(MigrationForbiddenException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Geen toegang tot deze migratie");
        return problem;
    }

    @ExceptionHandler(MigrationNotFoundException.class)
    ProblemDetail notFound(MigrationNotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }

    @ExceptionHandler({org.camunda.bpm.engine.ProcessEngineException.class, org.springframework.dao.DataAccessException.class})
    ProblemDetail unexpected(RuntimeException e) {
        return UnexpectedProblem.of(e);
    }
}
