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
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;

/** {@code POST /api/aanmeldingen}: the COA coupling (TVS profile) and the gemeente's own registrations. */
@RestController
@RequestMapping("/api/aanmeldingen")
class AanmeldingController {

    private final AanmeldingService service;
    private final ProcessingLog processing;

    AanmeldingController(AanmeldingService service, ProcessingLog processing) {
        this.service = service;
        this.processing = processing;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> register(@RequestBody AanmeldingRequest request,
            @AuthenticationPrincipal ApiUser user) {
        // the registration and its processing action (issue 21, point 3) in one transaction
        String caseNumber = processing.creating(Processing.AANMELDEN, user.id(), () -> service.register(request,
                new Requester(user.id(), user.gemeenten(), user.groups().contains(Groups.KOPPELINGEN))));
        return ResponseEntity.created(URI.create("/api/zaken/" + caseNumber)).body(Map.of("zaaknummer", caseNumber));
    }
}
