package nl.inburgeringsregie.ontzorgen;

import java.math.BigDecimal;

/** The fixed costs the gemeente paid from the benefit in one month (yyyy-mm). */
public record FixedCosts(String period, BigDecimal rent, BigDecimal energy, BigDecimal water,
        BigDecimal healthInsurance, String note) {
}
