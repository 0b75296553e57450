package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;
import nl.inburgeringsregie.shared.People;
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
    private final People people;
    private final ProcessingLog processing;

    PipController(CaseFileService caseFile, PipService pips, PipChangeRequests changes, People people,
            ProcessingLog processing) {
        this.processing = processing;
        this.people = people;
        this.caseFile = caseFile;
        this.pips = pips;
        this.changes = changes;
    }

    @PostMapping("/api/zaken/{zaaknummer}/pip/wijzigingsverzoeken")
    ResponseEntity<Wijzigingsverzoek> requestChange(@PathVariable String zaaknummer,
            @RequestBody(required = false) Wijzigingsverzoek verzoek, @AuthenticationPrincipal ApiUser user) {
        caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        String aanleiding = verzoek == null ? null : verzoek.aanleiding();
        processing.change(Processing.PIP_WIJZIGING_VRAGEN, user.id(), List.of(zaaknummer), () -> {
            changes.request(zaaknummer, aanleiding, user.id());
            return null;
        });
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Wijzigingsverzoek(aanleiding));
    }

    /** Why the PIP must change (required, at most 2000 characters). */
    record Wijzigingsverzoek(String aanleiding) {
    }

    @GetMapping("/api/zaken/{zaaknummer}/pip")
    List<PipVersie> versions(@PathVariable String zaaknummer, @AuthenticationPrincipal ApiUser user) {
        caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        var versions = pips.versions(zaaknummer);
        processing.readCase(Processing.PIP_INZIEN, user.id(), zaaknummer);
        var names = people.names(versions.stream().flatMap(p -> Stream.of(p.draftedBy(), p.reviewedBy()))
                .filter(Objects::nonNull).distinct().toList());
        return versions.stream()
                .map(p -> new PipVersie(p.version(), p.status().name(), p.leerroute() == null ? null : p.leerroute().name(),
                        p.advisedRoute() == null ? null : p.advisedRoute().name(), p.deviationReason(), p.niveau(),
                        p.languageProvider(), p.pvtProvider(), p.mapProvider(), p.durationMonths(), p.draftedBy(),
                        p.draftedAt(), p.reviewedBy(), p.reviewedAt(), p.reviewRemarks(), p.dagtekening(),
                        p.status().label(), p.leerroute() == null ? null : p.leerroute().label(),
                        p.advisedRoute() == null ? null : p.advisedRoute().label(), nameOf(names, p.draftedBy()),
                        nameOf(names, p.reviewedBy()), p.languageProviderId()))
                .toList();
    }

    private static String nameOf(Map<String, String> names, String userId) {
        return userId == null ? null : names.getOrDefault(userId, userId);
    }

    /**
     * One version of the PIP; beside every code the words a person reads (issue 19, point 2): the status's and the
     * routes' labels, and the full names of who drafted and who reviewed it ({@code …Naam}).
     */
    record PipVersie(int versie, String status, String leerroute, String adviesLeerroute, String afwijkingReden,
            String niveau, String taalaanbieder, String pvtAanbieder, String mapAanbieder, Integer duurMaanden,
            String opgesteldDoor, OffsetDateTime opgesteldOp, String beoordeeldDoor, OffsetDateTime beoordeeldOp,
            String opmerkingen, LocalDate dagtekening, String statusOmschrijving, String leerrouteOmschrijving,
            String adviesLeerrouteOmschrijving, String opgesteldDoorNaam, String beoordeeldDoorNaam,
            /** DUO's instellingsnummer of the taalaanbieder ({@code taalaanbieder} is its name in words); null before. */
            String taalaanbiederInstellingsnummer) {
    }
}
