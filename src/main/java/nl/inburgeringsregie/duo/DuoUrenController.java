package nl.inburgeringsregie.duo;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;

/**
 * The case's hours beside DUO's (issue 20, point 3): {@code GET /api/zaken/{zaaknummer}/uren} (HTTP Basic, the API chain's
 * rule for {@code GET /api/zaken/**}); consulenten and coordinatoren of the case's gemeente, 404 outside it. Always 200
 * for their case: when DUO refuses or cannot be reached, the answer says so in words and still shows ours.
 */
@RestController
class DuoUrenController {

    private final DuoUrenOverzicht overzicht;

    DuoUrenController(DuoUrenOverzicht overzicht) {
        this.overzicht = overzicht;
    }

    @GetMapping("/api/zaken/{zaaknummer}/uren")
    DuoUrenOverzicht.Overzicht uren(@PathVariable String zaaknummer, @AuthenticationPrincipal ApiUser user) {
        return overzicht.of(zaaknummer, user.gemeenten());
    }
}
