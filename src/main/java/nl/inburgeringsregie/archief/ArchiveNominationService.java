package nl.inburgeringsregie.archief;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.zaak.ArchiveNominations;
import nl.inburgeringsregie.zaak.ClosureReason;

/**
 * A closed case's archiefnominatie and archiefactiedatum (issue 21, point 4), after the ZGW Zaken API's rule: "Bij het
 * afsluiten van een zaak … worden de archiefnominatie en archiefactiedatum afgeleid van het resultaat". The
 * brondatum is the day the case ended (afleidingswijze "afgehandeld": Selectielijst 2020 results with procestermijn
 * "nihil"; for 8.1 "Verstrekt", procestermijn "bestaansduur procesobject", the voorziening — the inburgeringstraject
 * with its after-care — ends when the case closes). The archiefactiedatum is that day plus the bewaartermijn; the
 * status starts at "nog te archiveren".
 */
@Service
@EnableConfigurationProperties(ArchiveSettings.class)
public class ArchiveNominationService implements ArchiveNominations {

    static final String NOT_YET_ARCHIVED = "NOG_TE_ARCHIVEREN";

    private final ArchiveSettings settings;
    private final CaseArchiveRepository archives;
    private final Clock clock;

    ArchiveNominationService(ArchiveSettings settings, CaseArchiveRepository archives, Clock clock) {
        this.settings = settings;
        this.archives = archives;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void closed(long caseId, ClosureReason reason, LocalDate closedOn) {
        archives.insertUnlessPresent(nominate(caseId, settings.of(reason), closedOn, OffsetDateTime.now(clock)));
    }

    /** The archiving of a case of this category that ended on {@code endedOn}. */
    static CaseArchive nominate(long caseId, ArchiveSettings.ResultCategory category, LocalDate endedOn,
            OffsetDateTime now) {
        return new CaseArchive(caseId, category.categorie(), category.omschrijving(), category.nominatie(),
                category.bewaartermijn(), endedOn, endedOn.plus(category.bewaartermijn()), NOT_YET_ARCHIVED, now);
    }

    /** The archiving of a closed case; empty while it is open. */
    public Optional<CaseArchive> of(long caseId) {
        return archives.find(caseId);
    }
}
