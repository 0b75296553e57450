package nl.inburgeringsregie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.CaseSuspension;

/**
 * The rules of a coordinator's pause or extension of a local norm (issue 19, point 5: "Pause and extension of local
 * norms with a recorded reason (illness, hospital stay, a fine procedure…), by the coordinator, four eyes for an
 * extension beyond a gemeente-configured maximum … The legal term moves only by DUO (SS103/SS104)"), and the one
 * paused-clock mechanism (PausedClocks) holding a single norm.
 */
class NormPauseRulesTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate DUE = LocalDate.of(2026, 3, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 2, 1);
    static final Deadline INTAKE = NormClocksTest.deadline(Norm.BREDE_INTAKE, START, DUE);

    static CaseSuspension pause(String norm, LocalDate from, LocalDate until) {
        return new CaseSuspension(from, until, CasePhase.BREDE_INTAKE, "coordinator", until == null ? null : "coordinator",
                norm);
    }

    @Test
    void aPausedNormMovesOnlyItsOwnClockByThePausedDays() {
        var periods = List.of(pause("BREDE_INTAKE", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20)));
        assertThat(PausedClocks.moved(START, DUE, PausedClocks.forNorm("BREDE_INTAKE", periods))).isEqualTo(DUE.plusDays(10));
        assertThat(PausedClocks.moved(START, DUE, PausedClocks.forNorm("PIP", periods))).as("not another norm").isEqualTo(DUE);
    }

    @Test
    void aTemporaryExemptionHoldsEveryNormAPauseOnlyItsOwn() {
        var exemption = new CaseSuspension(LocalDate.of(2026, 1, 5), null, CasePhase.BREDE_INTAKE, "SS109", null);
        var ownPause = pause("PIP", LocalDate.of(2026, 1, 5), null);
        assertThat(PausedClocks.isPaused("BREDE_INTAKE", List.of(exemption))).isTrue();
        assertThat(PausedClocks.isPaused("BREDE_INTAKE", List.of(ownPause))).isFalse();
        assertThat(PausedClocks.isPaused("PIP", List.of(ownPause))).isTrue();
    }

    @Test
    void theLegalTermIsOnlyMovedByDuo() {
        assertThatThrownBy(() -> NormPauseRules.refuseLegalTerm(Norm.INBURGERINGSTERMIJN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("norm", "De inburgeringstermijn verlengt alleen DUO (SS103/SS104)"));
        NormPauseRules.refuseLegalTerm(Norm.PIP);
    }

    @Test
    void aReasonIsRequiredAndAndersIsExplained() {
        NormPauseRules.reason("ziekte", null);
        assertThat(field(() -> NormPauseRules.reason(null, null))).containsKey("soort");
        assertThat(field(() -> NormPauseRules.reason("vakantie", null))).containsKey("soort");
        assertThat(field(() -> NormPauseRules.reason("anders", " "))).containsEntry("toelichting", "Licht de reden toe");
        assertThat(field(() -> NormPauseRules.reason("ziekte", "x".repeat(2001)))).containsKey("toelichting");
    }

    @Test
    void aPauseBeginsWithinTheRunningClockNotInTheFutureAndNotOverlappingAnother() {
        assertThat(NormPauseRules.pauseStart("15-01-2026", INTAKE, List.of(), TODAY)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(field(() -> NormPauseRules.pauseStart("02-02-2026", INTAKE, List.of(), TODAY)))
                .containsEntry("vanaf", "Een pauze begint vandaag of eerder");
        assertThat(field(() -> NormPauseRules.pauseStart("31-12-2025", INTAKE, List.of(), TODAY))).containsKey("vanaf");
        assertThat(field(() -> NormPauseRules.pauseStart("", INTAKE, List.of(), TODAY))).containsKey("vanaf");
        var earlier = pause("BREDE_INTAKE", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20));
        assertThat(field(() -> NormPauseRules.pauseStart("19-01-2026", INTAKE, List.of(earlier), TODAY)).get("vanaf"))
                .startsWith("De pauze overlapt");
        assertThat(NormPauseRules.pauseStart("20-01-2026", INTAKE, List.of(earlier), TODAY)).isEqualTo(LocalDate.of(2026, 1, 20));
        var ongoing = pause("BREDE_INTAKE", LocalDate.of(2026, 1, 25), null);
        assertThat(field(() -> NormPauseRules.pauseStart("01-02-2026", INTAKE, List.of(ongoing), TODAY)).get("vanaf"))
                .startsWith("Deze termijn is al gepauzeerd");
        assertThat(NormPauseRules.pauseStart("01-02-2026", INTAKE, List.of(pause("PIP", START, null)), TODAY))
                .as("another norm's pause does not overlap").isEqualTo(TODAY);
    }

    @Test
    void aPauseEndsNotBeforeItBeganNorInTheFuture() {
        var ongoing = pause("BREDE_INTAKE", LocalDate.of(2026, 1, 25), null);
        assertThat(NormPauseRules.pauseEnd(null, ongoing, TODAY)).isEqualTo(TODAY);
        assertThat(field(() -> NormPauseRules.pauseEnd("24-01-2026", ongoing, TODAY))).containsKey("per");
        assertThat(field(() -> NormPauseRules.pauseEnd("02-02-2026", ongoing, TODAY))).containsKey("per");
    }

    @Test
    void anExtensionBeyondTheGemeentesMaximumNeedsASecondCoordinator() {
        assertThat(NormPauseRules.extensionDays("28")).isEqualTo(28);
        assertThat(field(() -> NormPauseRules.extensionDays("0"))).containsKey("dagen");
        assertThat(field(() -> NormPauseRules.extensionDays("-3"))).containsKey("dagen");
        assertThat(field(() -> NormPauseRules.extensionDays("366"))).containsKey("dagen");
        assertThat(NormPauseRules.needsSecondCoordinator(0, 28, 28)).isFalse();
        assertThat(NormPauseRules.needsSecondCoordinator(14, 15, 28)).isTrue();
        var asked = new Extension(1, 2, 3, Norm.PIP, 40, "ziekte", null, ExtensionStatus.AANGEVRAAGD, "coordinator", null);
        assertThat(field(() -> NormPauseRules.secondCoordinator(asked, "coordinator"))).containsKey("beslissing");
        NormPauseRules.secondCoordinator(asked, "coordinator2");
    }

    private static java.util.Map<String, String> field(Runnable rule) {
        try {
            rule.run();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("not refused");
    }
}
