package nl.inburgeringsregie.zaak;

import java.time.LocalDate;

/** The latest totals of hours followed in a case, as reported on a day (DUO registers totals too). */
public record HoursTotals(LocalDate reportedOn, int languageHours, Integer participationHours) {
}
