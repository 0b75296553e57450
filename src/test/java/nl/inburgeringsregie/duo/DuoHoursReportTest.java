package nl.inburgeringsregie.duo;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;

/** The step of older model versions ({@code duo.urenMelden}) sends the same totals as {@code duoUren.melden}. */
class DuoHoursReportTest {

    final DuoUrenSender sender = mock(DuoUrenSender.class);
    final DuoHoursReport report = new DuoHoursReport(sender);

    @Test
    void theTotalsGoThroughTheHoursSender() {
        report.report("INB-2026-000001");

        verify(sender).registerTotals("INB-2026-000001");
    }
}
