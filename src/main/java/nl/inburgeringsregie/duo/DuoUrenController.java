package nl.inburgeringsregie.duo;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;

/**
 * The case's hours beside DUO's (issue 20, point 3): {@code GET /api/zaken/{zaaknummer}/uren} (HTTP Basic, the API chain's
 * rule for {@code GET /api/zaken/**}); consulenten and coordinatoren of the case's gemeente, 404 outside it. Always 200
 * for their case: when DUO refuses or cannot be reached, the answer says so in words and still shows ours.
 */
@RestController
class DuoUrenController {

    private final DuoUrenOverzicht overzicht;
    private final ProcessingLog processing;

    DuoUrenController(DuoUrenOverzicht overzicht, ProcessingLog processing) {
        this.overzicht = overzicht;
        this.processing = processing;
    }

    @GetMapping("/api/zaken/{zaaknummer}/uren")
    DuoUrenOverzicht.Overzicht uren(@PathVariable String zaaknummer, @AuthenticationPrincipal ApiUser user) {
        var uren = overzicht.of(zaaknummer, user.gemeenten());
        processing.readCase(Processing.UREN_INZIEN, user.id(), zaaknummer);
        return uren;
    }
}
