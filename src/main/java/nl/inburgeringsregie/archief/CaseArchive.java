package nl.inburgeringsregie.archief;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;

/** What a closed case's archiving holds (table case_archive): the category, nominatie and dates. */
public record CaseArchive(long caseId, String resultCategory, String categoryName, Nomination nomination,
        Period retention, LocalDate sourceDate, LocalDate actionDate, String archiveStatus, OffsetDateTime determinedAt) {
}
