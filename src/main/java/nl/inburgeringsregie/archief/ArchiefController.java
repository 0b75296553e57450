package nl.inburgeringsregie.archief;

import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.CaseStateException;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.zaak.CaseFileService;

/**
 * {@code GET /api/zaken/{zaaknummer}/archief}: the archiving of a closed case, in words and codes (consulenten and
 * coordinatoren of its gemeente, as every read of /api/zaken; 404 elsewhere; 409 while the case is open).
 */
@RestController
class ArchiefController {

    private final CaseFileService caseFile;
    private final ArchiveNominationService archives;

    ArchiefController(CaseFileService caseFile, ArchiveNominationService archives) {
        this.caseFile = caseFile;
        this.archives = archives;
    }

    @GetMapping("/api/zaken/{zaaknummer}/archief")
    Archivering archief(@PathVariable String zaaknummer, @AuthenticationPrincipal ApiUser user) {
        var aCase = caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        CaseArchive archive = archives.of(aCase.id()).orElseThrow(() -> new CaseStateException(
                "De zaak is nog niet gesloten; de archiefnominatie volgt bij het sluiten"));
        return new Archivering(aCase.caseNumber(), archive.resultCategory(), archive.categoryName(),
                archive.nomination().name(), archive.nomination().label(), archive.retention().toString(),
                archive.sourceDate(), archive.actionDate(), archive.archiveStatus(),
                "Selectielijst " + archive.resultCategory() + " " + archive.categoryName() + ": "
                        + archive.nomination().label() + " op of na " + DutchDate.format(archive.actionDate()));
    }

    /** The archiving of the case, the codes beside their words. */
    record Archivering(String zaaknummer, String selectielijstCategorie, String selectielijstOmschrijving,
            String archiefnominatie, String archiefnominatieOmschrijving, String bewaartermijn, LocalDate brondatum,
            LocalDate archiefactiedatum, String archiefstatus, String omschrijving) {
    }
}
