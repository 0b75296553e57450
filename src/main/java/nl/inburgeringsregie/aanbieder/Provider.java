package nl.inburgeringsregie.aanbieder;

import java.time.OffsetDateTime;

/**
 * A taalaanbieder or taalschakelinstelling as the gemeenten know it: DUO's Instelling (Inburgeringsaanbod API,
 * {@code GET /instellingen}) with whether DUO still lists it and when the list last named it.
 */
public record Provider(long id, String instellingsnummer, String name, String place, String bowNumber, String brin,
        boolean bowKeurmerk, boolean tstKeurmerk, boolean listedByDuo, OffsetDateTime lastSeenAt, String addedBy,
        String remarks) {
}
