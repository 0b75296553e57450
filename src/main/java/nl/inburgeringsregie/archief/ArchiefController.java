package nl.inburgeringsregie.archief;

import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;
import nl.inburgeringsregie.zaak.CaseFileService;

/**
 * {@code GET /api/zaken/{zaaknummer}/archief}: the archiving of a closed case, in words and codes (consulenten and
 * coordinatoren of its gemeente, as every read of /api/zaken; 404 elsewhere); an open case says it has none yet.
 */
@RestController
class ArchiefController {

    private final CaseFileService caseFile;
    private final ArchiveNominationService archives;
    private final ProcessingLog processing;

    ArchiefController(CaseFileService caseFile, ArchiveNominationService archives, ProcessingLog processing) {
        this.caseFile = caseFile;
        this.archives = archives;
        this.processing = processing;
    }

    @GetMapping("/api/zaken/{zaaknummer}/archief")
    Archivering archief(@PathVariable String zaaknummer, @AuthenticationPrincipal ApiUser user) {
        var aCase = caseFile.caseVisibleTo(zaaknummer, user.gemeenten());
        processing.readCase(Processing.ARCHIEF_INZIEN, user.id(), aCase.caseNumber());
        CaseArchive archive = archives.of(aCase.id()).orElse(null);
        if (archive == null) {
            return new Archivering(aCase.caseNumber(), null, null, null, null, null, null, null, null,
                    "De zaak is nog open; de archiefnominatie volgt bij het sluiten.");
        }
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
