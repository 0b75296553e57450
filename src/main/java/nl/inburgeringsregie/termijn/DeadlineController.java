package nl.inburgeringsregie.termijn;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.People;
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;
import nl.inburgeringsregie.zaak.CaseFileService;

/** {@code GET /api/zaken/{zaaknummer}/termijnen}: the case's norms, due dates and breaches. */
@RestController
class DeadlineController {

    private final CaseFileService caseFile;
    private final DeadlineService deadlines;
    private final People people;
    private final ProcessingLog processing;

    DeadlineController(CaseFileService caseFile, DeadlineService deadlines, People people, ProcessingLog processing) {
        this.processing = processing;
        this.caseFile = caseFile;
        this.deadlines = deadlines;
        this.people = people;
    }

    @GetMapping("/api/zaken/{zaaknummer}/termijnen")
    Termijnen show(@PathVariable String zaaknummer, @AuthenticationPrincipal ApiUser user) {
        caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        // open deadlines stand still while a temporary exemption lasts, or the coordinator paused their norm (PausedClocks)
        var suspensions = caseFile.suspensionsOf(zaaknummer);
        processing.readCase(Processing.ZAAK_TERMIJNEN_INZIEN, user.id(), zaaknummer);
        return new Termijnen(
                deadlines.findByCase(zaaknummer).stream()
                        .map(d -> new Termijn(d.norm().name(), d.norm().label(), d.round(), d.startsOn(), d.dueOn(),
                                d.remindOn(), d.status().name(), d.metOn(), d.status() == DeadlineStatus.OPEN && PausedClocks.isPaused(d.norm().name(), suspensions),
                                d.status().label()))
                        .toList(),
                deadlines.findBreaches(zaaknummer).stream()
                        .map(b -> new Overschrijding(b.norm().name(), b.dueOn(), b.metOn(), b.daysLate(), b.action(),
                                b.actionNote(), b.actionBy(), b.norm().label(), people.name(b.actionBy())))
                        .toList());
    }

    record Termijnen(List<Termijn> termijnen, List<Overschrijding> overschrijdingen) {
    }

    /** One deadline; beside the status code ({@code OPEN}, {@code MET} …) its word ({@code statusOmschrijving}). */
    record Termijn(String norm, String omschrijving, int ronde, LocalDate startdatum, LocalDate vervaldatum,
            LocalDate herinneringsdatum, String status, LocalDate gehaaldOp, boolean gepauzeerd,
            String statusOmschrijving) {
    }

    /** A breach; beside the codes the norm's words and the full name of the coordinator who took the measure. */
    record Overschrijding(String norm, LocalDate vervaldatum, LocalDate gehaaldOp, Integer dagenTeLaat,
            String maatregel, String toelichting, String door, String normOmschrijving, String doorNaam) {
    }
}
