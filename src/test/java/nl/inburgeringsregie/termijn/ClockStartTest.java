package nl.inburgeringsregie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.gemeente.NormSetting;

/**
 * The day a clock counts from. Intake and PIP: the latest of BRP registration, DUO's SS139 (PIP, Besluit
 * inburgering 2021 art. 5.3) and the start of the obligation (DOMAIN.md, "Rules that are easy to misread").
 * After-care: five years from housing [seed 004, stap 5], else from the BRP registration.
 */
class ClockStartTest {

    static final LocalDate BRP = LocalDate.of(2024, 3, 1);
    static final LocalDate NOTICE = LocalDate.of(2024, 3, 10);
    static final LocalDate OBLIGATION = LocalDate.of(2026, 2, 2);
    static final LocalDate HOUSED = LocalDate.of(2024, 2, 12);

    static NormSetting legal(Norm norm, Period period) {
        return new NormSetting(norm, period, norm.legalCountsFrom(), Period.ofWeeks(1));
    }

    @Test
    void theIntakeAndPipClocksNeverStartBeforeTheObligationDoesForSomeoneLongRegisteredInTheBrp() {
        var keyDates = Map.of("BRP_REGISTERED", BRP, "DUO_NOTICE", NOTICE, "OBLIGATION_STARTED", OBLIGATION);

        assertThat(ClockStart.of(legal(Norm.BREDE_INTAKE, Period.ofWeeks(4)), keyDates)).isEqualTo(OBLIGATION);
        assertThat(ClockStart.of(legal(Norm.PIP, Period.ofWeeks(10)), keyDates)).isEqualTo(OBLIGATION);
    }

    @Test
    void anObligationThatStartedBeforeTheBrpRegistrationLeavesTheLaterKeyDate() {
        var keyDates = Map.of("BRP_REGISTERED", BRP, "DUO_NOTICE", NOTICE, "OBLIGATION_STARTED", BRP.minusMonths(3));

        assertThat(ClockStart.of(legal(Norm.BREDE_INTAKE, Period.ofWeeks(4)), keyDates)).as("seed 004: from BRP").isEqualTo(BRP);
        assertThat(ClockStart.of(legal(Norm.PIP, Period.ofWeeks(10)), keyDates)).as("art. 5.3: the later").isEqualTo(NOTICE);
    }

    @Test
    void aGemeenteCountingThePipFromTheBrpAloneStillWaitsForTheObligation() {
        var hogeland = new NormSetting(Norm.PIP, Period.ofWeeks(10), List.of("BRP_REGISTERED"), Period.ofWeeks(1));

        assertThat(ClockStart.of(hogeland, Map.of("BRP_REGISTERED", BRP, "DUO_NOTICE", NOTICE))).isEqualTo(BRP);
        assertThat(ClockStart.of(hogeland, Map.of("BRP_REGISTERED", BRP, "OBLIGATION_STARTED", OBLIGATION)))
                .isEqualTo(OBLIGATION);
    }

    @Test
    void theStartOfTheObligationAloneDoesNotStartTheClock() {
        assertThatThrownBy(() -> ClockStart.of(legal(Norm.PIP, Period.ofWeeks(10)), Map.of("OBLIGATION_STARTED", OBLIGATION)))
                .isInstanceOf(MissingKeyDateException.class).hasMessageContaining("BRP_REGISTERED, DUO_NOTICE");
    }

    /**
     * Issue 18, error 10: the brede intake may start at the driegesprek [seed 002 §2.2, seed 004 stap 3], but its
     * clock and the PIP's count from the BRP registration [seed 004 §5: "uiterlijk binnen 4 weken na inschrijving in
     * de BRP"]: without it they wait, also when DUO's notice or the obligation's start is known.
     */
    @Test
    void theIntakeAndPipClocksWaitForTheBrpRegistrationWhateverElseIsKnown() {
        var beforeHousing = Map.of("DUO_NOTICE", NOTICE, "OBLIGATION_STARTED", BRP.minusMonths(3));

        assertThat(ClockStart.ifKnown(legal(Norm.BREDE_INTAKE, Period.ofWeeks(4)), beforeHousing)).isEmpty();
        assertThat(ClockStart.ifKnown(legal(Norm.PIP, Period.ofWeeks(10)), beforeHousing)).isEmpty();
        assertThat(ClockStart.ifKnown(legal(Norm.PIP, Period.ofWeeks(10)), Map.of("DUO_NOTICE", NOTICE, "BRP_REGISTERED", BRP)))
                .contains(NOTICE);
    }

    @Test
    void afterCareCountsFromTheHousingNotTheBrpRegistration() {
        var keyDates = Map.of("HOUSING_ALLOCATED", HOUSED, "BRP_REGISTERED", BRP);

        assertThat(ClockStart.of(legal(Norm.NAZORG, Period.ofYears(5)), keyDates)).isEqualTo(HOUSED);
    }

    @Test
    void afterCareWithoutAHousingDateCountsFromTheBrpRegistration() {
        assertThat(ClockStart.of(legal(Norm.NAZORG, Period.ofYears(5)), Map.of("BRP_REGISTERED", BRP))).isEqualTo(BRP);
        assertThatThrownBy(() -> ClockStart.of(legal(Norm.NAZORG, Period.ofYears(5)), Map.of()))
                .isInstanceOf(MissingKeyDateException.class);
    }

    @Test
    void otherNormsKeepTheirOwnStart() {
        var keyDates = Map.of("BIJSTAND_STARTED", BRP, "OBLIGATION_STARTED", OBLIGATION);

        assertThat(ClockStart.of(legal(Norm.FINANCIEEL_ONTZORGEN, Period.ofMonths(6)), keyDates)).isEqualTo(BRP);
    }
}
