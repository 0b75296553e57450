package nl.inburgeringsregie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.People;
import nl.inburgeringsregie.zaak.CaseFileService;

class NormClocksTest {

    static final String CASE = "INB-2026-000001";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    final DeadlineService deadlines = mock(DeadlineService.class);
    final CaseFileService caseFile = mock(CaseFileService.class);
    final People people = mock(People.class);
    final NormClocks clocks = new NormClocks(deadlines, caseFile,
            Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZONE), people);

    @Test
    void theReminderIsAtTheStartOfTheWorkingDayAndTheBreachAtTheEndOfTheDueDay() {
        when(deadlines.openWhenKnown(CASE, Norm.PIP)).thenReturn(Optional.of(deadline(Norm.PIP, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 1))));

        assertThat(clocks.reminderAt(CASE, "PIP")).isEqualTo(Instant.parse("2027-02-15T06:00:00Z"));
        assertThat(clocks.breachedAt(CASE, "PIP")).isEqualTo(Instant.parse("2027-03-01T23:00:00Z"));
    }

    /**
     * Issue 18, error 10: the intake started at the driegesprek before the BRP registration; its clock counts from
     * the BRP [seed 004 §5], so until that is known its timers wait for "never": no reminder, no breach.
     */
    @Test
    void aClockWhoseKeyDateIsNotKnownYetNeitherRemindsNorBreaches() {
        when(deadlines.openWhenKnown(CASE, Norm.BREDE_INTAKE)).thenReturn(Optional.empty());

        assertThat(clocks.reminderAt(CASE, "BREDE_INTAKE")).isEqualTo(NormClocks.NEVER);
        assertThat(clocks.breachedAt(CASE, "BREDE_INTAKE")).isEqualTo(NormClocks.NEVER);
    }

    @Test
    void aMonthlyCycleFiresOnceForEachMonthOfTheNorm() {
        when(deadlines.open(CASE, Norm.FINANCIEEL_ONTZORGEN)).thenReturn(deadline(Norm.FINANCIEEL_ONTZORGEN,
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 7, 15)));

        assertThat(clocks.monthlyCycle(CASE, "FINANCIEEL_ONTZORGEN")).isEqualTo("R5/2027-01-15T07:00+01:00/P1M");
    }

    @Test
    void aMonthlyCycleThatStartedInThePastStartsNow() {
        when(deadlines.open(CASE, Norm.FINANCIEEL_ONTZORGEN)).thenReturn(deadline(Norm.FINANCIEEL_ONTZORGEN,
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 7, 5)));

        assertThat(clocks.monthlyCycle(CASE, "FINANCIEEL_ONTZORGEN")).isEqualTo("R5/2027-01-10T10:01+01:00/P1M");
    }

    @Test
    void breachMetAndMeasureGoToTheNormsDeadline() {
        clocks.breached(CASE, "NAZORG");
        clocks.met(CASE, "BREDE_INTAKE");
        clocks.escalationAction(CASE, "PIP", "GESPREK", "Gebeld", "coordinator1");

        verify(deadlines).recordBreach(CASE, Norm.NAZORG);
        verify(deadlines).meet(CASE, Norm.BREDE_INTAKE);
        verify(deadlines).recordEscalationAction(CASE, Norm.PIP, "GESPREK", "Gebeld", "coordinator1");
    }

    /** A norm is met on the date of the work the model names (the PIP's dagtekening), not on the day it is entered. */
    @Test
    void aNormIsMetOnTheDateOfTheWorkTheFormHolds() {
        clocks.met(CASE, "PIP", "05-01-2027", "pipDagtekening");
        clocks.met(CASE, "BREDE_INTAKE", "2027-01-08", "intakeGehoudenOp");

        verify(deadlines).meet(CASE, Norm.PIP, LocalDate.of(2027, 1, 5));
        verify(deadlines).meet(CASE, Norm.BREDE_INTAKE, LocalDate.of(2027, 1, 8));
    }

    @Test
    void workDatedInTheFutureOrWithoutADateMeetsNothing() {
        assertThatThrownBy(() -> clocks.met(CASE, "PIP", "2027-01-11", "pipDagtekening"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("pipDagtekening"));
        assertThatThrownBy(() -> clocks.met(CASE, "PIP", null, "pipDagtekening"))
                .isInstanceOf(InvalidInputException.class);
        verifyNoInteractions(deadlines);
    }

    @Test
    void anUnknownNormIsRefused() {
        assertThatThrownBy(() -> clocks.met(CASE, "ONBEKEND")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFormsShowTheNormsNameDueDateAndConsulent() {
        when(deadlines.findLatest(CASE, Norm.PIP)).thenReturn(Optional.of(deadline(Norm.PIP,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1))));
        when(deadlines.findLatest(CASE, Norm.NAZORG)).thenReturn(Optional.empty());
        when(caseFile.consulentOf(CASE)).thenReturn(Optional.of("consulent1"));
        when(caseFile.consulentOf("INB-2026-000002")).thenReturn(Optional.empty());
        when(people.name("consulent1")).thenReturn("Anna de Vries");

        assertThat(clocks.label("PIP")).isEqualTo("PIP vastgesteld");
        assertThat(clocks.dueDate(CASE, "PIP")).isEqualTo("01-03-2027");
        assertThat(clocks.dueDate(CASE, "NAZORG")).isEqualTo("onbekend");
        // the person, not the login name (issue 19, point 2: words, not codes)
        assertThat(clocks.consulent(CASE)).isEqualTo("Anna de Vries");
        assertThat(clocks.consulent("INB-2026-000002")).isEqualTo("nog niet toegewezen");
    }

    static Deadline deadline(Norm norm, LocalDate startsOn, LocalDate dueOn) {
        return new Deadline(1, 1, norm, 1, startsOn, dueOn, dueOn.minusDays(14), DeadlineStatus.OPEN, null);
    }
}
