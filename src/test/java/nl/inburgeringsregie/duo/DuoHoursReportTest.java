package nl.inburgeringsregie.duo;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.inburgeren.HoursService;
import nl.inburgeringsregie.zaak.HoursTotals;

class DuoHoursReportTest {

    final HoursService hours = mock(HoursService.class);
    final DuoGateway duo = mock(DuoGateway.class);
    final DuoHoursReport report = new DuoHoursReport(hours, duo);

    @Test
    void aCaseWithoutHoursReportsNothing() {
        when(hours.totals("INB-2026-000001")).thenReturn(Optional.empty());

        report.report("INB-2026-000001");

        verifyNoInteractions(duo);
    }

    @Test
    void theLatestTotalsAreReported() {
        var totals = new HoursTotals(LocalDate.of(2027, 1, 31), 120, null);
        when(hours.totals("INB-2026-000001")).thenReturn(Optional.of(totals));

        report.report("INB-2026-000001");

        verify(duo).registerHours("INB-2026-000001", 120, null);
    }
}
