package nl.inburgeringsregie.duo;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;

/**
 * What DUO knows of a case's person, read live on request (issue 20, point 5): {@code GET /api/zaken/{zaaknummer}/duo}
 * for programs (HTTP Basic, the API chain's rule for {@code GET /api/zaken/**}) and {@code GET
 * /api/regie/zaken/{zaaknummer}/duo} for the case page (the regie session chain, {@code SecurityConfiguration.CASEWORK}).
 * Consulenten and coordinatoren of the case's gemeente; 404 for a case outside their gemeenten. Always 200 when the case
 * is theirs: a part DUO refuses or cannot answer says so in Dutch in that part (DUO unreachable is not an error of this
 * application, and the other parts may still have come).
 */
@RestController
class DuoGegevensController {

    private final DuoCaseReads reads;
    private final ProcessingLog processing;

    DuoGegevensController(DuoCaseReads reads, ProcessingLog processing) {
        this.reads = reads;
        this.processing = processing;
    }

    @GetMapping({"/api/zaken/{zaaknummer}/duo", "/api/regie/zaken/{zaaknummer}/duo"})
    DuoGegevens duo(@PathVariable String zaaknummer, @AuthenticationPrincipal ApiUser user) {
        var gegevens = reads.of(zaaknummer, user.gemeenten());
        processing.readCase(Processing.DUO_GEGEVENS_INZIEN, user.id(), zaaknummer);
        return gegevens;
    }
}
