package nl.inburgeringsregie.casefile;

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
        String processInstanceId) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
