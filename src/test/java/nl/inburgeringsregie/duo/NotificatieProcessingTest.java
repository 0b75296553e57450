package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.duo.NotificatieRouting.Outcome;
import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.inburgeren.ExamService;
import nl.inburgeringsregie.shared.InboundMessages;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.termijn.KeyDateChanges;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.PersonService;

class NotificatieProcessingTest {

    static final String BSN = NotificatieRoutingTest.BSN;
    static final String CASE = NotificatieRoutingTest.CASE;

    final InboundMessages inbox = mock(InboundMessages.class);
    final GemeenteService gemeenten = mock(GemeenteService.class);
    final CaseFileService caseFile = mock(CaseFileService.class);
    final PersonService persons = mock(PersonService.class);
    final DuoReads duo = mock(DuoReads.class);
    final DuoRegistrations registrations = mock(DuoRegistrations.class);
    final LeerbaarheidstoetsExamNumbers examNumbers = mock(LeerbaarheidstoetsExamNumbers.class);
    final NotificatieProcessing processing = new NotificatieProcessing(inbox, gemeenten, caseFile, persons,
            new NotificatieRouting(duo, caseFile, mock(ExamService.class), new NotificatieRoutingTest.FakeCaseMessages(),
                    mock(KeyDateChanges.class), mock(nl.inburgeringsregie.termijn.TemporaryExemptions.class),
                    mock(PartialExemptions.class), mock(DoelgroepChanges.class), examNumbers,
                    mock(InburgeringsaanbodSignal.class)),
            registrations, new VNumberMatching(mock(VNumbers.class), persons, caseFile, mock(NotificatieWorkflow.class)),
            new ObjectMapper(), Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    void stored(String event, String bsn) {
        when(inbox.payloadOf(7)).thenReturn("{\"gebeurtenisId\":\"" + event + "\"" + (bsn == null ? "" : ",\"bsn\":\"" + bsn + "\"")
                + ",\"registratieDatumTijd\":\"2026-03-01T23:30:00Z\"}");
        when(gemeenten.oinOf("GM0363")).thenReturn(Optional.of(NotificatieRoutingTest.BRON));
    }

    @Test
    void theOpenCaseOfThePersonInTheGemeenteIsMovedOnAndTheOutcomeStored() {
        stored("SS137", BSN);
        var aCase = NotificatieRoutingTest.aCase(true);
        when(caseFile.openCaseOf(BSN, "GM0363")).thenReturn(Optional.of(aCase));
        when(persons.nameOf(aCase)).thenReturn(Optional.of("Amal Haddad"));
        // the case registered the test itself (its exam number): DUO's SS137 confirms it
        when(examNumbers.current(aCase.id())).thenReturn(Optional.of("LBT-00000001"));

        var result = processing.process(7, "GM0363", null, false);

        assertThat(result.caseNumber()).contains(CASE);
        assertThat(result.personName()).contains("Amal Haddad");
        assertThat(result.outcome()).isEqualTo(new Outcome("VERWERKT", "Aanmelding voor de leerbaarheidstoets bevestigd door DUO."));
        verify(inbox).processed(7, "VERWERKT", "Aanmelding voor de leerbaarheidstoets bevestigd door DUO.", 11L);
    }

    @Test
    void theCaseACoordinatorLinkedComesFirst() {
        stored("SS137", BSN);
        when(caseFile.findCase(CASE)).thenReturn(Optional.of(NotificatieRoutingTest.aCase(true)));

        assertThat(processing.process(7, "GM0363", CASE, false).caseNumber()).contains(CASE);
    }

    @Test
    void withoutBsnTheCoordinatorSearchesByVNummer() {
        stored("SS137", null);

        var result = processing.process(7, "GM0363", null, false);

        assertThat(result.caseNumber()).isEmpty();
        assertThat(result.outcome()).isEqualTo(new Outcome("ONBEKEND",
                "De notificatie heeft geen BSN; zoek de persoon op met het v-nummer."));
        verify(inbox).processed(7, "ONBEKEND", "De notificatie heeft geen BSN; zoek de persoon op met het v-nummer.", null);
    }

    @Test
    void aPersonWithoutCaseIsRegisteredFromThePrefilledForm() {
        stored("SS120", BSN);
        when(caseFile.openCaseOf(BSN, "GM0363")).thenReturn(Optional.empty());
        when(registrations.newCase(DuoGebeurtenis.SS120, BSN, NotificatieRoutingTest.BRON))
                .thenReturn(Optional.of(Map.of(DuoRegistrations.Field.DOELGROEP, "ASIELMIGRANT")));

        var result = processing.process(7, "GM0363", null, false);

        assertThat(result.outcome()).isEqualTo(new Outcome("NIEUWE_ZAAK", "Deze persoon heeft nog geen zaak in de "
                + "gemeente. Zoek de persoon op in de BRP (BSN in de melding) en meld de inburgeraar aan."));
        assertThat(result.newCaseFields()).isEqualTo(Map.of(DuoRegistrations.Field.DOELGROEP, "ASIELMIGRANT"));
    }

    @Test
    void noCaseAndNoNewCaseIsForTheCoordinators() {
        stored("SS137", BSN);
        when(caseFile.openCaseOf(BSN, "GM0363")).thenReturn(Optional.empty());
        when(registrations.newCase(DuoGebeurtenis.SS137, BSN, NotificatieRoutingTest.BRON)).thenReturn(Optional.empty());

        assertThat(processing.process(7, "GM0363", null, false).outcome()).isEqualTo(new Outcome("ONBEKEND",
                "Geen open zaak van deze persoon in de gemeente. De zaak van een asielstatushouder begint met de "
                        + "koppeling door het COA: zoek de zaak op en koppel die, of sluit de notificatie af met een "
                        + "toelichting."));
    }

    @Test
    void aLinkedCaseMustBeAnOpenCaseOfTheGemeente() {
        when(caseFile.findCase(CASE)).thenReturn(Optional.of(NotificatieRoutingTest.aCase(true)));
        when(caseFile.findCase("INB-2026-000002")).thenReturn(Optional.of(NotificatieRoutingTest.aCase(false)));

        assertThat(processing.linkedCase(" " + CASE + " ", "GM0363")).isEqualTo(CASE);
        assertThat(processing.linkedCase(null, "GM0363")).isNull();
        assertThatThrownBy(() -> processing.linkedCase(CASE, "GM0599"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsExactly(
                        Map.entry("gekoppeldeZaak", "Zaak " + CASE + " is geen open zaak van deze gemeente")));
        assertThatThrownBy(() -> processing.linkedCase("INB-2026-000002", "GM0363"))
                .hasMessage("Zaak INB-2026-000002 is geen open zaak van deze gemeente");
        assertThatThrownBy(() -> processing.linkedCase("INB-2026-000003", "GM0363"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void closedWithoutCaseKeepsTheCoordinatorsExplanation() {
        processing.closedWithoutCase(7, "Verhuisd naar het buitenland");

        verify(inbox).processed(7, "AFGEHANDELD", "Zonder zaak afgehandeld: Verhuisd naar het buitenland", null);
    }
}
