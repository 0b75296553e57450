package nl.inburgeringsregie.pip;

/**
 * A PIP as the consulent drafts it. Field names in error messages are the form's keys.
 *
 * @param advisedRoute    the route the leerroute-advies table advised; choosing another needs a reason
 * @param niveau          "B1" or "A2" (B1-route only; empty means B1 for the B1- and onderwijsroute)
 * @param alfabetisering  DUO's code: A, AA or NVT
 * @param a2Parts         on a changed B1-route PIP: the exam parts scaled down to A2 (LE, LU, SC, SP)
 * @param changeReason    why a PIP in force is changed (required for every change)
 */
public record PipDraft(
        Leerroute leerroute,
        Leerroute advisedRoute,
        String deviationReason,
        String niveau,
        String languageProvider,
        Integer estimatedHoursB1,
        String alfabetisering,
        boolean mayFinishEducation,
        String pvtProvider,
        String mapProvider,
        String guidanceAgreements,
        String participationAgreements,
        String ontzorgenAgreements,
        Integer durationMonths,
        java.util.List<String> a2Parts,
        String changeReason) {
}
