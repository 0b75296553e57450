package nl.inburgeringsregie.zaak;

import java.time.LocalDate;

/**
 * The hours followed in one month at one provider (issue 20, point 3): language and KNM, and participation for the
 * Z-route of an asielmigrant (null when not given).
 *
 * @param followedIn the first day of the month
 */
public record MonthHours(String instellingsnummer, LocalDate followedIn, int languageHours, Integer participationHours) {
}
