package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * DUO's rules for the dagtekening of a PIP (DUO M2M README, "Het aanleveren van een PIP", "Datum dagtekening"):
 * not before the start of the obligation, not before the settlement in the gemeente, not before the PIP in force;
 * and, as a date of something done, not in the future.
 */
class DagtekeningRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final LocalDate OBLIGATION = LocalDate.of(2027, 2, 1);
    private static final LocalDate SETTLED = LocalDate.of(2027, 1, 15);

    @Test
    void aDagtekeningBeforeTheStartOfTheObligationIsRefusedAsDuoRefusesIt() {
        var bounds = new DagtekeningRules.Bounds(OBLIGATION, SETTLED, null);

        assertThat(DagtekeningRules.violation(OBLIGATION.minusDays(1), TODAY, bounds)).hasValue(
                "De dagtekening mag niet voor de start van de inburgeringsplicht (01-02-2027) liggen (DUO-regel)");
        assertThat(DagtekeningRules.violation(OBLIGATION, TODAY, bounds)).as("on the first day of the obligation").isEmpty();
    }

    @Test
    void aDagtekeningBeforeTheSettlementInTheGemeenteIsRefused() {
        var bounds = new DagtekeningRules.Bounds(LocalDate.of(2026, 6, 1), SETTLED, null);

        assertThat(DagtekeningRules.violation(SETTLED.minusDays(1), TODAY, bounds)).get().asString()
                .contains("inschrijving in de gemeente (15-01-2027)");
        assertThat(DagtekeningRules.violation(SETTLED, TODAY, bounds)).isEmpty();
    }

    @Test
    void aChangedPipIsNotDatedBeforeThePipInForce() {
        LocalDate inForce = LocalDate.of(2027, 3, 1);
        var bounds = new DagtekeningRules.Bounds(OBLIGATION, SETTLED, inForce);

        assertThat(DagtekeningRules.violation(inForce.minusDays(1), TODAY, bounds)).get().asString()
                .contains("geldende PIP (01-03-2027)");
        assertThat(DagtekeningRules.violation(inForce, TODAY, bounds)).isEmpty();
    }

    @Test
    void aDagtekeningInTheFutureIsRefused() {
        assertThat(DagtekeningRules.violation(TODAY.plusDays(1), TODAY, new DagtekeningRules.Bounds(null, null, null)))
                .hasValue("De dagtekening mag niet in de toekomst liggen");
    }

    @Test
    void anUnknownStartOfTheObligationBindsNothingTheOtherBoundsStill() {
        var unknownStart = new DagtekeningRules.Bounds(null, SETTLED, null);

        assertThat(DagtekeningRules.violation(SETTLED, TODAY, unknownStart)).isEmpty();
        assertThat(DagtekeningRules.violation(SETTLED.minusDays(1), TODAY, unknownStart)).isNotEmpty();
    }
}
