package nl.inburgeringsregie.zaak;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A case (zaak): one person's civic-integration trajectory in one gemeente. */
public record IntegrationCase(
        long id,
        String caseNumber,
        long personId,
        String gemeenteCode,
        Doelgroep doelgroep,
        LocalDate koppeldatum,
        String azc,
        CasePhase phase,
        OffsetDateTime openedAt,
        OffsetDateTime closedAt,
        String processInstanceId,
        /** The caseworker of the case: the first consulent who completed a task of it. */
        String consulent,
        String leerroute,
        /** The inburgeringstermijn: from the day after the first PIP's dagtekening. */
        LocalDate termStartsOn,
        LocalDate termEndsOn,
        /** Why the case ended (null while open). */
        ClosureReason closedReason,
        /** A family member who arrived later, linked to the household of the person already here. */
        boolean nareiziger) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
