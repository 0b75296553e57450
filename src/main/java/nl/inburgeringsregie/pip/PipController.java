package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.zaak.CaseFileService;

/**
 * {@code GET /api/zaken/{zaaknummer}/pip}: every version of the case's PIP, with its review;
 * {@code POST /api/zaken/{zaaknummer}/pip/wijzigingsverzoeken}: a consulent asks for a change of the PIP in
 * force at any moment (202; the task "PIP wijzigen" follows).
 */
@RestController
class PipController {

    private final CaseFileService caseFile;
    private final PipService pips;
    private final PipChangeRequests changes;

    PipController(CaseFileService caseFile, PipService pips, PipChangeRequests changes) {
        this.caseFile = caseFile;
        this.pips = pips;
        this.changes = changes;
    }

    @PostMapping("/api/zaken/{zaaknummer}/pip/wijzigingsverzoeken")
    ResponseEntity<Wijzigingsverzoek> requestChange(@PathVariable String zaaknummer,
            @RequestBody(required = false) Wijzigingsverzoek verzoek, @AuthenticationPrincipal ApiUser user) {
        caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        String aanleiding = verzoek == null ? null : verzoek.aanleiding();
        changes.request(zaaknummer, aanleiding, user.id());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Wijzigingsverzoek(aanleiding));
    }

    /** Why the PIP must change (required, at most 2000 characters). */
    record Wijzigingsverzoek(String aanleiding) {
    }

    @GetMapping("/api/zaken/{zaaknummer}/pip")
    List<PipVersie> versions(@PathVariable String zaaknummer, @AuthenticationPrincipal ApiUser user) {
        caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        return pips.versions(zaaknummer).stream()
                .map(p -> new PipVersie(p.version(), p.status().name(), p.leerroute() == null ? null : p.leerroute().name(),
                        p.advisedRoute() == null ? null : p.advisedRoute().name(), p.deviationReason(), p.niveau(),
                        p.languageProvider(), p.pvtProvider(), p.mapProvider(), p.durationMonths(), p.draftedBy(),
                        p.draftedAt(), p.reviewedBy(), p.reviewedAt(), p.reviewRemarks(), p.dagtekening()))
                .toList();
    }

    record PipVersie(int versie, String status, String leerroute, String adviesLeerroute, String afwijkingReden,
            String niveau, String taalaanbieder, String pvtAanbieder, String mapAanbieder, int duurMaanden,
            String opgesteldDoor, OffsetDateTime opgesteldOp, String beoordeeldDoor, OffsetDateTime beoordeeldOp,
            String opmerkingen, LocalDate dagtekening) {
    }
}
