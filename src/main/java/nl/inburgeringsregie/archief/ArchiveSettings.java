package nl.inburgeringsregie.archief;

import java.time.Period;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import nl.inburgeringsregie.zaak.ClosureReason;

/**
 * The selectielijst category per result of a case ({@code inburgering.archief.resultaten}, one per
 * {@link ClosureReason}): the gemeente's choice, with defaults from the VNG Selectielijst gemeenten en
 * intergemeentelijke organen 2020 in application.yaml. The application does not start without a category for every
 * result, so no closed case is left without an archiefactiedatum.
 */
@ConfigurationProperties("inburgering.archief")
public record ArchiveSettings(Map<ClosureReason, ResultCategory> resultaten) {

    /** One selectielijst result: its number and name, the nominatie and the bewaartermijn. */
    public record ResultCategory(String categorie, String omschrijving, Nomination nominatie, Period bewaartermijn) {
    }

    public ArchiveSettings {
        resultaten = resultaten == null ? Map.of() : Map.copyOf(resultaten);
        Set<ClosureReason> missing = EnumSet.allOf(ClosureReason.class);
        missing.removeAll(resultaten.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("inburgering.archief.resultaten: geen selectielijstcategorie voor " + missing);
        }
        resultaten.forEach((reason, category) -> {
            if (category.categorie() == null || category.omschrijving() == null || category.nominatie() == null
                    || category.bewaartermijn() == null || category.bewaartermijn().isNegative()) {
                throw new IllegalStateException("inburgering.archief.resultaten." + reason
                        + ": categorie, omschrijving, nominatie en bewaartermijn (niet negatief) zijn verplicht");
            }
        });
    }

    /**
     * The longest bewaartermijn in whole days, counted generously (a year as 366 days, a month as 31): P10Y is 3660.
     * The engine keeps a model's history at least this long (issue 21, point 4: history time-to-live aligned).
     */
    public int longestRetentionInDays() {
        return resultaten.values().stream().map(ResultCategory::bewaartermijn).mapToInt(ArchiveSettings::days).max()
                .orElse(0);
    }

    static int days(Period period) {
        return period.getYears() * 366 + period.getMonths() * 31 + period.getDays();
    }

    /** The category of a closure reason. */
    public ResultCategory of(ClosureReason reason) {
        return resultaten.get(reason);
    }
}
