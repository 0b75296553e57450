package nl.inburgeringsregie.inburgeren;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * DUO's rule for 'Verwijtbaar (Ja/Nee)' with the eindgesprek MAP [duo-m2m/README.md, "Module Arbeidsmarkt en
 * Participatie (MAP)", lines 113-118; the PVT's lines 129-134 say the same]. Each test names the line it holds.
 */
class CulpabilityRuleTest {

    private static final LocalDate END = LocalDate.of(2029, 6, 30);
    private static final String FIELD = "mapVerwijtbaar";

    @Test
    void line113_withoutAnIndicationTheTermMayNotBeExceeded() {
        assertThat(CulpabilityRule.violations(FIELD, END.plusDays(1), null, END, END.plusDays(5)))
                .containsEntry(FIELD, "De inburgeringstermijn is overschreden (einde 30-06-2029): geef aan of dat verwijtbaar is");
        assertThat(CulpabilityRule.violations(FIELD, null, null, END, END.plusDays(1))).containsKey(FIELD);
        assertThat(CulpabilityRule.violations(FIELD, END, null, END, END.plusDays(5))).as("held on the last day: in time")
                .isEmpty();
    }

    @Test
    void line114_aMapBeforeTheEndOfTheTermGoesWithoutIndication() {
        assertThat(CulpabilityRule.violations(FIELD, END.minusDays(10), true, END, END.plusDays(5))).containsEntry(FIELD,
                "Het eindgesprek ligt binnen de inburgeringstermijn (einde 30-06-2029): dan is het niet verwijtbaar te laat");
        assertThat(CulpabilityRule.indication(END.minusDays(10), false, END, END.plusDays(5))).isEmpty();
        assertThat(CulpabilityRule.indication(END.minusDays(10), null, END, END.plusDays(5))).isEmpty();
    }

    @Test
    void line115_neeOnlyWhenTheEndOfTheTermFallsWithinTwoMonths() {
        assertThat(CulpabilityRule.violations(FIELD, null, false, END, END.minusMonths(3))).containsEntry(FIELD,
                "Niet verwijtbaar kan DUO pas krijgen vanaf twee maanden voor het einde van de inburgeringstermijn (30-06-2029)");
        assertThat(CulpabilityRule.violations(FIELD, null, false, END, END.minusMonths(2))).isEmpty();
        assertThat(CulpabilityRule.indication(null, false, END, END.minusMonths(1))).contains("Nee");
        assertThat(CulpabilityRule.violations(FIELD, null, false, END, END.plusMonths(4)))
                .as("past the end a late but not culpable MAP must be reportable (line 113 demands an indication)").isEmpty();
        assertThat(CulpabilityRule.indication(END.plusMonths(4), false, END, END.plusMonths(4))).contains("Nee");
    }

    @Test
    void line116_jaOnlyWhenTheTermIsExceeded() {
        assertThat(CulpabilityRule.violations(FIELD, null, true, END, END)).containsEntry(FIELD,
                "Verwijtbaar kan pas als de inburgeringstermijn (einde 30-06-2029) is overschreden");
        assertThat(CulpabilityRule.violations(FIELD, null, true, END, END.plusDays(1))).isEmpty();
        assertThat(CulpabilityRule.indication(null, true, END, END.plusDays(1))).contains("Ja");
        assertThat(CulpabilityRule.indication(END.plusDays(3), true, END, END.plusDays(3))).contains("Ja");
    }

    @Test
    void withoutATermThereIsNoIndication() {
        assertThat(CulpabilityRule.violations(FIELD, null, true, null, END)).containsKey(FIELD);
        assertThat(CulpabilityRule.violations(FIELD, END, null, null, END)).isEmpty();
        assertThat(CulpabilityRule.indication(END, true, null, END)).isEqualTo(Optional.empty());
    }
}
