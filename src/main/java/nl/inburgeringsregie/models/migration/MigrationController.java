package nl.inburgeringsregie.models.migration;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;

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
}
