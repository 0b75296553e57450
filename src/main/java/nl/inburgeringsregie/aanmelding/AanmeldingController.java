package nl.inburgeringsregie.aanmelding;

import java.net.URI;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.Groups;

/** {@code POST /api/aanmeldingen}: the COA coupling (TVS profile) and the gemeente's own registrations. */
@RestController
@RequestMapping("/api/aanmeldingen")
class AanmeldingController {

    private final AanmeldingService service;

    AanmeldingController(AanmeldingService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> register(@RequestBody AanmeldingRequest request,
            @AuthenticationPrincipal ApiUser user) {
        String caseNumber = service.register(request, new Requester(user.id(), user.gemeenten(),
                user.groups().contains(Groups.KOPPELINGEN)));
        return ResponseEntity.created(URI.create("/api/zaken/" + caseNumber)).body(Map.of("zaaknummer", caseNumber));
    }
}
