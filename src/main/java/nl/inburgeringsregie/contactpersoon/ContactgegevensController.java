package nl.inburgeringsregie.contactpersoon;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;

/**
 * {@code /api/regie/mijn-contactgegevens}: the signed-in consulent's contact details for DUO per gemeente (read), and
 * saving them for one gemeente ({@code PUT …/{gemeente}}: naam, email, telefoonnummer; 400 with a Dutch message per
 * field). Behind the page {@code /regie/mijn-contactgegevens}.
 */
@RestController
class ContactgegevensController {

    private final ContactDetailsService details;

    ContactgegevensController(ContactDetailsService details) {
        this.details = details;
    }

    @GetMapping("/api/regie/mijn-contactgegevens")
    List<ContactDetailsService.MyDetails> mine(@AuthenticationPrincipal ApiUser user) {
        return details.mine(user);
    }

    /** The fields of the form; every one required (Contactpersoongegevens). */
    record Gegevens(String naam, String email, String telefoonnummer) {
    }

    @PutMapping("/api/regie/mijn-contactgegevens/{gemeente}")
    ContactDetailsService.MyDetails save(@PathVariable String gemeente, @RequestBody(required = false) Gegevens body,
            @AuthenticationPrincipal ApiUser user) {
        var given = body == null ? new Gegevens(null, null, null) : body;
        return details.save(user, gemeente, given.naam(), given.email(), given.telefoonnummer());
    }
}
