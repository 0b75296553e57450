package nl.inburgeringsregie.pip;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One version of a case's PIP. */
public record Pip(long id, long caseId, int version, PipStatus status, Leerroute leerroute, Leerroute advisedRoute,
        String deviationReason, String niveau, String languageProvider, Integer estimatedHoursB1,
        String alfabetisering, boolean mayFinishEducation, String pvtProvider, String mapProvider,
        String guidanceAgreements, String participationAgreements, String ontzorgenAgreements, Integer durationMonths,
        String draftedBy, OffsetDateTime draftedAt, String reviewedBy, OffsetDateTime reviewedAt, String reviewRemarks,
        LocalDate dagtekening,
        /** Exam parts scaled from B1 to A2 on a changed PIP (DUO codes, comma-separated), or null. */
        String a2Parts,
        String changeReason,
        /** The gemeente whose PIP the case took over when the person moved here (SS121), or null. */
        String previousGemeente,
        /** DUO's instellingsnummer of the taalaanbieder (issue 20); null for a PIP drafted before, or without a route. */
        String languageProviderId,
        /** The Inburgeringsaanbod's dates of an asielmigrant's PIP ({@link OfferDates}); null for any other PIP. */
        LocalDate offerDate, LocalDate offerCourseStart, LocalDate offerCourseEnd) {

    /** The Inburgeringsaanbod entered with this PIP, when it has one. */
    public java.util.Optional<OfferDates> offer() {
        return offerDate == null ? java.util.Optional.empty()
                : java.util.Optional.of(new OfferDates(offerDate, offerCourseStart, offerCourseEnd));
    }

    /** The level required for a language exam part: A2 for a part scaled down on a changed PIP, else B1. */
    public String requiredLevel(String part) {
        boolean scaled = a2Parts != null && java.util.Arrays.asList(a2Parts.split(",")).contains(part);
        return scaled ? "A2" : "B1";
    }
}
