package nl.inburgeringsregie.termijn;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.IntegrationCase;

/**
 * A norm is met on the date of the work, not on the day it is entered [issue 18, error 9; seed 004: "uiterlijk
 * binnen 10 weken na inschrijving in de BRP een PIP"]: work dated on or before the due day is in time, also when the
 * breach was recorded because it was entered later; work dated after the due day is late, also when no breach was
 * recorded yet.
 */
class DeadlineMetOnTheDateOfTheWorkTest {

    static final String CASE = "INB-2027-000001";
    static final LocalDate DUE = LocalDate.of(2027, 3, 1);

    final DeadlineRepository repository = mock(DeadlineRepository.class);
    final CaseFileService caseFile = mock(CaseFileService.class);
    final DeadlineService deadlines = new DeadlineService(caseFile, mock(GemeenteService.class), repository,
            mock(DeadlineExtensionRepository.class),
            Clock.fixed(Instant.parse("2027-03-03T09:00:00Z"), ZoneId.of("Europe/Amsterdam")));
    final Deadline open = NormClocksTest.deadline(Norm.PIP, LocalDate.of(2026, 12, 21), DUE);
    final NormBreach recorded = new NormBreach(3, open.id(), 1, Norm.PIP, DUE, null, null, null, null, null, null);

    DeadlineMetOnTheDateOfTheWorkTest() {
        IntegrationCase aCase = mock(IntegrationCase.class);
        when(aCase.id()).thenReturn(1L);
        when(caseFile.caseOf(CASE)).thenReturn(aCase);
        when(repository.findOpen(1L, Norm.PIP)).thenReturn(Optional.of(open));
    }

    @Test
    void workDatedOnTheDueDayButEnteredAfterTheBreachIsMetInTimeAndTheBreachWithdrawn() {
        when(repository.findBreach(open.id())).thenReturn(Optional.of(recorded));

        deadlines.meet(CASE, Norm.PIP, DUE);

        verify(repository).close(open, DeadlineStatus.MET, DUE, java.time.OffsetDateTime.parse("2027-03-03T10:00+01:00"));
        verify(repository).withdrawBreach(open.id());
        verify(repository, never()).resolveBreach(anyLong(), any(), anyInt());
    }

    @Test
    void workDatedAfterTheDueDayIsLateAlsoWhenNoBreachWasRecordedYet() {
        when(repository.findBreach(open.id())).thenReturn(Optional.empty());

        deadlines.meet(CASE, Norm.PIP, DUE.plusDays(2));

        verify(repository).insertBreach(any(), any());
        verify(repository).resolveBreach(open.id(), DUE.plusDays(2), 2);
        verify(repository, never()).withdrawBreach(anyLong());
    }

    @Test
    void workDatedAfterTheDueDayResolvesTheRecordedBreachWithTheDaysLateCountedFromTheWork() {
        when(repository.findBreach(open.id())).thenReturn(Optional.of(recorded));

        deadlines.meet(CASE, Norm.PIP, DUE.plusDays(1));

        verify(repository, never()).insertBreach(any(), any());
        verify(repository).resolveBreach(open.id(), DUE.plusDays(1), 1);
    }
}
