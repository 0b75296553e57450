package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * DUO's conditions for the Inburgeringsaanbod (duo-m2m/README.md R:93-100) as the PIP forms check them: each with good
 * input (no message) and bad input (the Dutch message on its field).
 */
class OfferRulesTest {

    private static final LocalDate DAGTEKENING = LocalDate.of(2026, 3, 2);
    private static final LocalDate TERM_START = DAGTEKENING.plusDays(1);
    private static final LocalDate TERM_END = TERM_START.plusYears(3).minusDays(1);
    private static final OfferRules.Bounds CHANGE = new OfferRules.Bounds(DAGTEKENING, TERM_START, TERM_END, null);

    @Test
    void datesAfterTheDagtekeningWithTheCourseAfterTheOfferAreAccepted() {
        var errors = new LinkedHashMap<String, String>();

        var offer = OfferRules.checked(input("2026-03-02", "2026-03-16", "2027-03-02"), Leerroute.B1_ROUTE, CHANGE, errors);

        assertThat(errors).isEmpty();
        assertThat(offer).isEqualTo(new OfferDates(DAGTEKENING, LocalDate.of(2026, 3, 16), LocalDate.of(2027, 3, 2)));
    }

    @Test
    void eachDateIsRequiredAndReadAsADate() {
        assertThat(errors(input(null, " ", "31-02-2026"), Leerroute.B1_ROUTE, CHANGE)).containsOnlyKeys(OfferRules.DATE,
                OfferRules.START, OfferRules.END).containsEntry(OfferRules.DATE, "Vul de datum van het inburgeringsaanbod in")
                .containsEntry(OfferRules.START, "Vul de verwachte startdatum in");
    }

    @Test
    void noDateBeforeTheDagtekeningOfThePipInForce() {
        assertThat(errors(input("2026-03-01", "2026-03-16", "2027-03-02"), Leerroute.B1_ROUTE, CHANGE))
                .containsExactly(Map.entry(OfferRules.DATE, "De datum van het inburgeringsaanbod ligt vóór de dagtekening"
                        + " van het geldende PIP (02-03-2026) (DUO-regel)"));
    }

    @Test
    void theCourseStartsNotBeforeTheOfferAndEndsAfterItStarts() {
        assertThat(errors(input("2026-03-10", "2026-03-09", "2027-03-02"), Leerroute.Z_ROUTE, CHANGE))
                .containsOnlyKeys(OfferRules.START);
        assertThat(errors(input("2026-03-10", "2026-03-20", "2026-03-20"), Leerroute.Z_ROUTE, CHANGE))
                .containsOnlyKeys(OfferRules.END);
    }

    @Test
    void theTaalschakeltrajectLiesWithinTheTermAndAfterThePreviousCourse() {
        var previousCourse = new OfferRules.Bounds(DAGTEKENING, TERM_START, TERM_END, LocalDate.of(2026, 9, 1));

        assertThat(errors(input("2026-03-02", "2026-08-31", "2027-08-31"), Leerroute.ONDERWIJSROUTE, previousCourse))
                .containsOnlyKeys(OfferRules.START);
        assertThat(errors(input("2026-03-02", "2026-09-01", "2027-08-31"), Leerroute.ONDERWIJSROUTE, previousCourse))
                .isEmpty();
        assertThat(errors(input("2026-03-02", "2026-09-01", TERM_END.plusDays(1).toString()), Leerroute.ONDERWIJSROUTE,
                CHANGE)).containsOnlyKeys(OfferRules.END);
        assertThat(errors(input("2026-03-02", "2026-03-02", "2027-03-02"), Leerroute.ONDERWIJSROUTE, CHANGE))
                .as("the term starts the day after the dagtekening").containsOnlyKeys(OfferRules.START);
        assertThat(errors(input("2026-03-02", "2026-03-02", TERM_END.plusDays(1).toString()), Leerroute.B1_ROUTE, CHANGE))
                .as("the term bounds only the taalschakeltraject").isEmpty();
    }

    @Test
    void atApprovalTheDagtekeningMayNotComeAfterTheOffer() {
        var offer = new OfferDates(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 20), LocalDate.of(2027, 3, 1));

        assertThat(OfferRules.atApproval(offer, Leerroute.B1_ROUTE, LocalDate.of(2026, 3, 5), null, null)).isEmpty();
        assertThat(OfferRules.atApproval(offer, Leerroute.B1_ROUTE, LocalDate.of(2026, 3, 6), null, null)).hasValue(
                "Het inburgeringsaanbod van dit PIP past niet bij deze dagtekening: De datum van het inburgeringsaanbod"
                        + " ligt vóór de dagtekening van dit PIP (06-03-2026) (DUO-regel)");
        assertThat(OfferRules.atApproval(null, Leerroute.B1_ROUTE, LocalDate.of(2026, 3, 6), null, null))
                .as("no aanbod, nothing to check").isEmpty();
    }

    @Test
    void atApprovalOfAFirstPipTheTaalschakeltrajectLiesInTheTermItStarts() {
        var offer = new OfferDates(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5), LocalDate.of(2027, 3, 1));

        assertThat(OfferRules.atApproval(offer, Leerroute.ONDERWIJSROUTE, LocalDate.of(2026, 3, 5), null, null))
                .hasValueSatisfying(message -> assertThat(message).contains("start vóór de inburgeringstermijn (06-03-2026"));
        assertThat(OfferRules.atApproval(offer, Leerroute.ONDERWIJSROUTE, LocalDate.of(2026, 3, 4), null, null)).isEmpty();
    }

    private static OfferRules.Input input(String date, String start, String end) {
        return new OfferRules.Input(date, start, end);
    }

    private static Map<String, String> errors(OfferRules.Input input, Leerroute route, OfferRules.Bounds bounds) {
        var errors = new LinkedHashMap<String, String>();
        OfferRules.checked(input, route, bounds, errors);
        return errors;
    }
}
