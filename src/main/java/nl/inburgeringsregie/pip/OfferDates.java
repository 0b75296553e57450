package nl.inburgeringsregie.pip;

import java.time.LocalDate;

/**
 * The Inburgeringsaanbod's dates as entered with an asielmigrant's PIP (Inburgeringsaanbod openapi.yml, schema
 * Inburgeringsaanbod): {@code date} is datumInburgeringsaanbod, the course's expected start and end are
 * verwachteStartdatumOpleiding and verwachteEinddatumOpleiding.
 */
public record OfferDates(LocalDate date, LocalDate courseStart, LocalDate courseEnd) {
}
