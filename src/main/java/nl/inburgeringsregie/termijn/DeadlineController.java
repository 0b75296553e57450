package nl.inburgeringsregie.termijn;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.zaak.CaseFileService;

/** {@code GET /api/zaken/{zaaknummer}/termijnen}: the case's norms, due dates and breaches. */
@RestController
class DeadlineController {

    private final CaseFileService caseFile;
    private final DeadlineService deadlines;

    DeadlineController(CaseFileService caseFile, DeadlineService deadlines) {
        this.caseFile = caseFile;
        this.deadlines = deadlines;
    }

    @GetMapping("/api/zaken/{zaaknummer}/termijnen")
    Termijnen show(@PathVariable String zaaknummer, @AuthenticationPrincipal ApiUser user) {
        caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        // open deadlines stand still while a temporary exemption lasts, or the coordinator paused their norm (PausedClocks)
        var suspensions = caseFile.suspensionsOf(zaaknummer);
        return new Termijnen(
                deadlines.findByCase(zaaknummer).stream()
                        .map(d -> new Termijn(d.norm().name(), d.norm().label(), d.round(), d.startsOn(), d.dueOn(),
                                d.remindOn(), d.status().name(), d.metOn(), d.status() == DeadlineStatus.OPEN && PausedClocks.isPaused(d.norm().name(), suspensions)))
                        .toList(),
                deadlines.findBreaches(zaaknummer).stream()
                        .map(b -> new Overschrijding(b.norm().name(), b.dueOn(), b.metOn(), b.daysLate(), b.action(),
                                b.actionNote(), b.actionBy()))
                        .toList());
    }

    record Termijnen(List<Termijn> termijnen, List<Overschrijding> overschrijdingen) {
    }

    record Termijn(String norm, String omschrijving, int ronde, LocalDate startdatum, LocalDate vervaldatum,
            LocalDate herinneringsdatum, String status, LocalDate gehaaldOp, boolean gepauzeerd) {
    }

    record Overschrijding(String norm, LocalDate vervaldatum, LocalDate gehaaldOp, Integer dagenTeLaat,
            String maatregel, String toelichting, String door) {
    }
}
