package nl.inburgeringsregie.duo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.inburgeren.HoursService;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FollowedHoursService;
import nl.inburgeringsregie.zaak.HoursTotals;
import nl.inburgeringsregie.zaak.IntegrationCase;

/** Which totals go to which of DUO's GevolgdeUren operations (duo-m2m/API/GevolgdeUren/openapi.yml). */
class DuoUrenSenderTest {

    static final String CASE = "INB-2026-000001";
    final DuoOutbound outbound = mock(DuoOutbound.class);
    final CaseFileService caseFile = mock(CaseFileService.class);
    final FollowedHoursService hours = mock(FollowedHoursService.class);
    final HoursService totals = mock(HoursService.class);
    final DuoUrenSender sender = new DuoUrenSender(outbound, caseFile, hours, totals);

    DuoUrenSenderTest() {
        IntegrationCase aCase = mock(IntegrationCase.class);
        when(aCase.id()).thenReturn(7L);
        when(caseFile.caseOf(CASE)).thenReturn(aCase);
    }

    @Test
    void aCaseWithoutHoursSendsNothing() {
        when(totals.totals(CASE)).thenReturn(Optional.empty());

        sender.registerTotals(CASE);

        verifyNoInteractions(outbound);
    }

    @Test
    void theLanguageTotalLeavesWithoutTheBredeIntakeHours() {
        when(totals.totals(CASE)).thenReturn(Optional.of(new HoursTotals(LocalDate.of(2027, 1, 31), 120, null)));
        when(hours.intakeHours(7L)).thenReturn(Optional.of(30));

        sender.registerTotals(CASE);

        // ParticipatieAlsTaalles: "De uren uit Brede Intake tellen niet mee"
        verify(outbound).send(CASE, DuoOperation.UREN_TAAL_REGISTREREN, Map.of(), Map.of("uren", 120));
        verify(outbound, never()).send(eq(CASE), eq(DuoOperation.UREN_PARTICIPATIE_REGISTREREN), anyMap(), any());
    }

    @Test
    void theParticipationTotalCountsTheBredeIntakeHours() {
        when(totals.totals(CASE)).thenReturn(Optional.of(new HoursTotals(LocalDate.of(2027, 1, 31), 120, 200)));
        when(hours.intakeHours(7L)).thenReturn(Optional.of(30));

        sender.registerTotals(CASE);

        // ParticipatieactiviteitenBredeIntake: "De uren uit Brede Intake tellen mee (Besluit, artikel 3.14)"
        verify(outbound).send(CASE, DuoOperation.UREN_PARTICIPATIE_REGISTREREN, Map.of(), Map.of("uren", 230));
    }

    @Test
    void theBredeIntakeHoursGoToTheirOwnOperation() {
        when(hours.intakeHours(7L)).thenReturn(Optional.of(30));

        sender.registerIntakeHours(CASE);

        verify(outbound).send(CASE, DuoOperation.UREN_BREDE_INTAKE_REGISTREREN, Map.of(), Map.of("uren", 30));
    }

    @Test
    void noBredeIntakeHoursSendNothing() {
        when(hours.intakeHours(7L)).thenReturn(Optional.empty());

        sender.registerIntakeHours(CASE);

        verifyNoInteractions(outbound);
    }
}
