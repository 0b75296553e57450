package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import nl.inburgeringsregie.duo.NotificatieRouting.Notificatie;
import nl.inburgeringsregie.duo.NotificatieRouting.Outcome;
import nl.inburgeringsregie.inburgeren.ExamService;
import nl.inburgeringsregie.termijn.KeyDateChanges;
import nl.inburgeringsregie.termijn.TemporaryExemptions;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.CaseSuspension;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.RecordedMilestone;

class NotificatieRoutingTest {

    static final String CASE = "INB-2026-000001";
    static final String BSN = "999990019";
    static final String BRON = "00000001234567890000";
    static final LocalDate REGISTERED = LocalDate.of(2026, 3, 2);
    static final String SIGNAL_JUDGE = "Beoordeel wat deze melding van DUO voor de zaak en het PIP betekent.";

    /** Delivers to a case that waits for the kinds given; remembers what was delivered. */
    static class FakeCaseMessages implements CaseMessages {
        final Set<Kind> waitingFor = new HashSet<>();
        final List<Map<String, Object>> delivered = new ArrayList<>();

        @Override
        public boolean deliver(String caseNumber, Kind kind, Map<String, Object> variables) {
            if (!waitingFor.contains(kind)) {
                return false;
            }
            delivered.add(variables);
            return true;
        }

        @Override
        public String nameOf(Kind kind) {
            return "Bericht" + kind.name();
        }
    }

    final DuoReads duo = mock(DuoReads.class);
    final CaseFileService caseFile = mock(CaseFileService.class);
    final ExamService exams = mock(ExamService.class);
    final FakeCaseMessages messages = new FakeCaseMessages();
    final KeyDateChanges keyDates = mock(KeyDateChanges.class);
    final TemporaryExemptions exemptions = mock(TemporaryExemptions.class);
    final LeerbaarheidstoetsExamNumbers examNumbers = mock(LeerbaarheidstoetsExamNumbers.class);
    final NotificatieRouting routing = new NotificatieRouting(duo, caseFile, exams, messages, keyDates, exemptions,
            mock(PartialExemptions.class), mock(DoelgroepChanges.class), examNumbers, mock(InburgeringsaanbodSignal.class));

    @Test
    void aClosedCaseGetsASignal() {
        var outcome = routing.route(notification(DuoGebeurtenis.SS106), aCase(false), false);

        assertThat(outcome).isEqualTo(new Outcome("SIGNAAL", "De zaak is gesloten; beoordeel of de melding iets betekent."));
        verifyNoInteractions(duo);
    }

    @Test
    void aNewObligationRecordsItsStartAndIsProcessed() {
        when(duo.inburgeringsplicht(BSN, BRON)).thenReturn(Optional.of(
                new DuoApi.Inburgeringsplicht(true, LocalDate.of(2026, 2, 1), null, null)));

        var outcome = routing.route(notification(DuoGebeurtenis.SS101), aCase(true), false);

        assertThat(outcome).isEqualTo(new Outcome("VERWERKT", "Inburgeringsplicht vastgelegd."));
        verify(keyDates).obligationStarted(CASE, "2026-02-01", "SS101");
    }

    @Test
    void settledInTheGemeenteIsDeliveredToTheWaitingCase() {
        when(duo.inburgeringsplicht(BSN, BRON)).thenReturn(Optional.empty());
        messages.waitingFor.add(CaseMessages.Kind.SETTLED);

        var outcome = routing.route(notification(DuoGebeurtenis.SS139), aCase(true), false);

        assertThat(outcome).isEqualTo(new Outcome("VERWERKT", "Gevestigd in de gemeente volgens DUO op 02-03-2026"));
        assertThat(messages.delivered).containsExactly(Map.of("duoMeldingDatum", "2026-03-02"));
        verify(caseFile, never()).recordMilestone(any(), any(), any(), any(), any());
        verifyNoInteractions(keyDates);
    }

    @Test
    void aCaseThatDoesNotWaitGetsASignalNamingTheMessage() {
        when(duo.inburgeringsplicht(BSN, BRON)).thenReturn(Optional.empty());

        var outcome = routing.route(notification(DuoGebeurtenis.SS139), aCase(true), false);

        assertThat(outcome).isEqualTo(new Outcome("SIGNAAL",
                "De zaak wacht nu niet op dit bericht (BerichtSETTLED); beoordeel de melding."));
    }

    @Test
    void nearingTheAowAgeIsASignal() {
        when(duo.inburgeringsplicht(BSN, BRON)).thenReturn(Optional.empty());

        assertThat(routing.route(notification(DuoGebeurtenis.SS128), aCase(true), false)).isEqualTo(
                new Outcome("SIGNAAL", "De inburgeraar bereikt binnen 6 maanden de AOW-leeftijd."));
    }

    @Test
    void settledIsProcessedOnlyForTheCaseMadeFromIt() {
        assertThat(routing.route(notification(DuoGebeurtenis.SS120), aCase(true), true)).isEqualTo(
                new Outcome("VERWERKT", "Zaak aangemaakt na vestiging in de gemeente volgens DUO."));
        assertThat(routing.route(notification(DuoGebeurtenis.SS121), aCase(true), false)).isEqualTo(
                new Outcome("SIGNAAL", SIGNAL_JUDGE));
    }

    /**
     * Gebeurtenissen.md:102-107 ("Verzoeken inburgeraar"): a refused request is the consulent's to discuss with the
     * inburgeraar; the task says which request DUO refused and what stays as it was, not the generic text.
     */
    @ParameterizedTest
    @CsvSource({
            "SS113, verlenging van de inburgeringstermijn afgewezen",
            "SS114, gehele vrijstelling afgewezen",
            "SS115, tijdelijke vrijstelling afgewezen",
            "SS116, gedeeltelijke vrijstelling afgewezen",
            "SS118, ontheffing afgewezen"})
    void theOtherDecisionsAreForTheConsulentWithWhatWasRefused(DuoGebeurtenis event, String refused) {
        var outcome = routing.route(notification(event), aCase(true), false);

        assertThat(outcome.route()).isEqualTo("SIGNAAL");
        assertThat(outcome.text()).contains(refused).contains("Bespreek").isNotEqualTo(SIGNAL_JUDGE);
        verifyNoInteractions(duo, keyDates);
    }

    /**
     * The attentiesignalen (Attentiesignalen.md) become a task with DUO's meaning and what to do: SS126 (no leerroute
     * after 10 weeks, A:17) and SS140 (advice on a BIO-ontheffing asked of the gemeente, A:30) for the coordinatoren,
     * the others for the consulent. Nothing is done automatically: DUO is not read and no message reaches the case.
     * SS127 resends the case's aanbod first: InburgeringsaanbodScenarioTest.
     */
    @ParameterizedTest
    @CsvSource({
            "SS112, SIGNAAL, verlenging",
            "SS122, SIGNAAL, andere gemeente vertrokken",
            "SS123, SIGNAAL, uit Nederland vertrokken",
            "SS126, SIGNAAL_COORDINATOR, 10 weken",
            "SS132, SIGNAAL, nog geen PIP",
            "SS133, SIGNAAL, niet past bij de leerroute",
            "SS135, SIGNAAL, te hoog taalniveau voor de Z-route",
            "SS136, SIGNAAL, taalschakeltraject",
            "SS140, SIGNAAL_COORDINATOR, bijzondere individuele omstandigheden",
            "SS141, SIGNAAL, certificaat",
            "SS142, SIGNAAL, uitschrijving"})
    void eachAttentiesignaalIsATaskForItsGroupWithWhatToDo(DuoGebeurtenis event, String route, String about) {
        var outcome = routing.route(notification(event), aCase(true), false);

        assertThat(outcome).isEqualTo(new Outcome(route, event.instruction().orElseThrow()));
        assertThat(outcome.text()).contains(about);
        verifyNoInteractions(duo, keyDates, caseFile);
        assertThat(messages.delivered).isEmpty();
    }

    @Test
    void aCoordinatorsSignalOnAClosedCaseStaysTheCoordinatorsWithTheInstruction() {
        var outcome = routing.route(notification(DuoGebeurtenis.SS140), aCase(false), false);

        assertThat(outcome).isEqualTo(new Outcome("SIGNAAL_COORDINATOR", "De zaak is gesloten; beoordeel of de melding "
                + "iets betekent. " + DuoGebeurtenis.SS140.instruction().orElseThrow()));
    }

    @Test
    void anAttentiesignaalOnASuspendedCaseIsKeptWithItsInstruction() {
        when(exemptions.ongoing(CASE)).thenReturn(Optional.of(SUSPENDED_SINCE_FEBRUARY));

        var consulent = routing.route(notification(DuoGebeurtenis.SS142), aCase(true), false);
        var coordinator = routing.route(notification(DuoGebeurtenis.SS126), aCase(true), false);

        assertThat(consulent.route()).isEqualTo("SIGNAAL");
        assertThat(consulent.text()).startsWith("De zaak is opgeschort (tijdelijke vrijstelling sinds 01-02-2026)")
                .endsWith(DuoGebeurtenis.SS142.instruction().orElseThrow());
        assertThat(coordinator.route()).isEqualTo("SIGNAAL_COORDINATOR");
        assertThat(coordinator.text()).endsWith(DuoGebeurtenis.SS126.instruction().orElseThrow());
    }

    /** SS137 (Gebeurtenissen.md:71) for a case that registered the test itself: it holds DUO's exam number. */
    @Test
    void theCasesOwnTestRegistrationIsConfirmed() {
        when(examNumbers.current(11)).thenReturn(Optional.of("LBT-00000001"));
        when(caseFile.milestonesOf(CASE)).thenReturn(List.of(new RecordedMilestone(
                Milestone.LEERBAARHEIDSTOETS_REGISTERED, REGISTERED, "Examennummer LBT-00000001", null, null)));

        assertThat(routing.route(notification(DuoGebeurtenis.SS137), aCase(true), false)).isEqualTo(
                new Outcome("VERWERKT", "Aanmelding voor de leerbaarheidstoets bevestigd door DUO."));
        verify(caseFile, never()).recordMilestone(any(), any(), any(), any(), any());
    }

    /** SS137 for a case without an exam number: someone else registered the person; recorded, and the consulent checks. */
    @Test
    void aTestRegistrationTheCaseDidNotMakeIsRecordedAndSignalled() {
        when(examNumbers.current(11)).thenReturn(Optional.empty());
        when(caseFile.milestonesOf(CASE)).thenReturn(List.of());

        var outcome = routing.route(notification(DuoGebeurtenis.SS137), aCase(true), false);

        assertThat(outcome.route()).isEqualTo("SIGNAAL");
        assertThat(outcome.text()).contains("geen examennummer").contains("niet dubbel");
        verify(caseFile).recordMilestone(CASE, Milestone.LEERBAARHEIDSTOETS_REGISTERED, "2026-03-02",
                "Aangemeld volgens DUO (SS137)", null);
    }

    @Test
    void theLatestTestResultIsDelivered() {
        when(duo.lbtResultaten(BSN, BRON)).thenReturn(List.of(new DuoApi.LbtResultaat("ONVOLDOENDE", REGISTERED),
                new DuoApi.LbtResultaat("VOLDOENDE", REGISTERED)));
        messages.waitingFor.add(CaseMessages.Kind.TEST_RESULT);

        assertThat(routing.route(notification(DuoGebeurtenis.SS131), aCase(true), false)).isEqualTo(
                new Outcome("VERWERKT", "Uitslag leerbaarheidstoets: VOLDOENDE"));
        assertThat(messages.delivered).containsExactly(Map.of("leerbaarheidstoetsUitslag", "VOLDOENDE"));
    }

    @Test
    void aTestResultWithoutResultIsASignal() {
        when(duo.lbtResultaten(BSN, BRON)).thenReturn(List.of());

        assertThat(routing.route(notification(DuoGebeurtenis.SS131), aCase(true), false)).isEqualTo(
                new Outcome("SIGNAAL", "DUO meldt een uitslag, maar geeft geen resultaat."));
    }

    @Test
    void aStartedTermStartsTheCasesTerm() {
        when(duo.termijn(BSN, BRON)).thenReturn(Optional.of(
                new DuoApi.Termijn(LocalDate.of(2026, 3, 1), LocalDate.of(2029, 2, 28), null)));

        assertThat(routing.route(notification(DuoGebeurtenis.SS102), aCase(true), false)).isEqualTo(
                new Outcome("VERWERKT", "Inburgeringstermijn 01-03-2026 t/m 28-02-2029"));
        verify(caseFile).startTerm(CASE, "2026-03-01", "Gestart volgens DUO (SS102)", null);
    }

    /**
     * DUO is the registrar of the term (DOMAIN.md: "DUO registers the term (SS102, extensions SS103/SS104): where
     * DUO's dates differ from ours, DUO's stand, and the difference is shown to the coordinator"; DUO's
     * Gebeurtenissen.md: SS102 "Inburgeringstermijn gestart" with the Inburgeringstermijn API's startdatum and
     * einddatum). A term the application computed itself gives way to DUO's, and the difference is recorded.
     */
    @Test
    void ss102DuoRegistersTheTermSoItsDatesReplaceOurComputedTermAndTheDifferenceIsShown() {
        LocalDate duoStart = LocalDate.of(2026, 3, 15);
        LocalDate duoEnd = LocalDate.of(2029, 3, 14);
        when(duo.termijn(BSN, BRON)).thenReturn(Optional.of(new DuoApi.Termijn(duoStart, duoEnd, null)));
        String difference = "Termijn volgens DUO: 15-03-2026 t/m 14-03-2029 "
                + "(eigen berekening: 01-03-2026 t/m 28-02-2029)";

        assertThat(routing.route(notification(DuoGebeurtenis.SS102),
                aCaseWithTerm(LocalDate.of(2026, 3, 1), LocalDate.of(2029, 2, 28)), false))
                .isEqualTo(new Outcome("VERWERKT", difference));
        verify(keyDates).termRegisteredByDuo(CASE, "SS102", duoStart, duoEnd, difference);
        verify(caseFile, never()).startTerm(any(), any(), any(), any());
    }

    @Test
    void ss102WithTheTermWeComputedIsProcessedWithoutADifference() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        LocalDate end = LocalDate.of(2029, 2, 28);
        when(duo.termijn(BSN, BRON)).thenReturn(Optional.of(new DuoApi.Termijn(start, end, null)));

        assertThat(routing.route(notification(DuoGebeurtenis.SS102), aCaseWithTerm(start, end), false))
                .isEqualTo(new Outcome("VERWERKT", "Inburgeringstermijn 01-03-2026 t/m 28-02-2029"));
        verifyNoInteractions(keyDates);
        verify(caseFile, never()).startTerm(any(), any(), any(), any());
    }

    @Test
    void aTermEventWithoutTermIsASignal() {
        when(duo.termijn(BSN, BRON)).thenReturn(Optional.empty());

        assertThat(routing.route(notification(DuoGebeurtenis.SS102), aCase(true), false)).isEqualTo(
                new Outcome("SIGNAAL", "DUO meldt een gestarte termijn, maar geeft geen termijn."));
        assertThat(routing.route(notification(DuoGebeurtenis.SS103), aCase(true), false)).isEqualTo(
                new Outcome("SIGNAAL", "DUO meldt een verlenging, maar geeft geen termijn."));
        verifyNoInteractions(caseFile);
    }

    @Test
    void anExtendedTermIsDeliveredWithItsNewEnd() {
        when(duo.termijn(BSN, BRON)).thenReturn(Optional.of(
                new DuoApi.Termijn(LocalDate.of(2026, 3, 1), LocalDate.of(2029, 8, 31), "ZIEKTE")));
        messages.waitingFor.add(CaseMessages.Kind.TERM_EXTENDED);

        assertThat(routing.route(notification(DuoGebeurtenis.SS104), aCase(true), false)).isEqualTo(
                new Outcome("VERWERKT", "Termijn verlengd tot en met 31-08-2029"));
        assertThat(messages.delivered).containsExactly(
                Map.of("duoGebeurtenis", "SS104", "termijnEinddatum", "2029-08-31"));
    }

    @Test
    void aDecisionIsDatedByTheObligationsEnd() {
        when(duo.inburgeringsplicht(BSN, BRON)).thenReturn(Optional.of(
                new DuoApi.Inburgeringsplicht(false, LocalDate.of(2026, 2, 1), LocalDate.of(2028, 5, 1), null)));
        messages.waitingFor.add(CaseMessages.Kind.OBLIGATION_MET);

        assertThat(routing.route(notification(DuoGebeurtenis.SS106), aCase(true), false)).isEqualTo(
                new Outcome("VERWERKT", "Diploma behaald (01-05-2028)"));
        assertThat(messages.delivered).containsExactly(Map.of("duoGebeurtenis", "SS106", "duoBesluitDatum", "2028-05-01"));
    }

    @Test
    void aDecisionWithoutEndIsDatedByTheNotification() {
        when(duo.inburgeringsplicht(BSN, BRON)).thenReturn(Optional.empty());
        messages.waitingFor.add(CaseMessages.Kind.OBLIGATION_ENDED);

        assertThat(routing.route(notification(DuoGebeurtenis.SS111), aCase(true), false)).isEqualTo(
                new Outcome("VERWERKT", "Persoon is overleden (02-03-2026)"));
        assertThat(messages.delivered).containsExactly(Map.of("duoGebeurtenis", "SS111", "duoBesluitDatum", "2026-03-02"));
    }

    @Test
    void newExamResultsAreDeliveredOrElseRecordedEachOnce() {
        var known = new DuoApi.Examenresultaat("LE", "B1", LocalDate.of(2027, 1, 10), "GEHAALD");
        var fresh = new DuoApi.Examenresultaat("SP", "B1", LocalDate.of(2027, 1, 12), "NIET_GEHAALD");
        when(duo.examenresultaten(BSN, BRON)).thenReturn(List.of(known, fresh));
        when(exams.isRecorded(CASE, "LE", known.examendatum(), "GEHAALD")).thenReturn(true);

        assertThat(routing.route(notification(DuoGebeurtenis.SS199), aCase(true), false)).isEqualTo(
                new Outcome("VERWERKT", "1 nieuwe examenuitslag(en) vastgelegd."));
        verify(exams).record(CASE, "SP", "B1", "2027-01-12", "NIET_GEHAALD", "DUO", null);
        verify(exams, never()).record(CASE, "LE", "B1", "2027-01-10", "GEHAALD", "DUO", null);

        messages.waitingFor.add(CaseMessages.Kind.EXAM_RESULT);
        routing.route(notification(DuoGebeurtenis.SS199), aCase(true), false);
        assertThat(messages.delivered).containsExactly(Map.of("examenOnderdeel", "SP", "examenNiveau", "B1",
                "examenDatum", "2027-01-12", "examenResultaat", "NIET_GEHAALD"));
    }

    @Test
    void noNewExamResults() {
        when(duo.examenresultaten(BSN, BRON)).thenReturn(List.of());

        assertThat(routing.route(notification(DuoGebeurtenis.SS199), aCase(true), false)).isEqualTo(
                new Outcome("VERWERKT", "Geen nieuwe examenuitslagen."));
    }

    // --- temporary exemption [issue 18, error 1]: DUO's Gebeurtenissen.md, SS109 under "Intrekken Inburgeringsplicht"
    // ("relevant voor het hervatten inburgeringsplicht"), SS130 under "Termijn gewijzigd" ("Eerdere inburgeringsplicht
    // wordt hervat"); DOMAIN.md: "We keep such a case suspended (clocks paused, administration complete)".

    static final CaseSuspension SUSPENDED_SINCE_FEBRUARY = new CaseSuspension(LocalDate.of(2026, 2, 1), null,
            CasePhase.INBURGEREN, "SS109", null);

    @Test
    void aTemporaryExemptionSuspendsTheCaseFromDuosStartInsteadOfClosingIt() {
        when(duo.tijdelijkeVrijstellingen(BSN, BRON)).thenReturn(List.of(new DuoApi.TijdelijkeVrijstelling("Toekenning",
                "OPL", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 1), null)));
        messages.waitingFor.add(CaseMessages.Kind.OBLIGATION_ENDED);

        var outcome = routing.route(notification(DuoGebeurtenis.SS109), aCase(true), false);

        assertThat(outcome.route()).isEqualTo("SIGNAAL");
        assertThat(outcome.text()).startsWith("Zaak opgeschort vanaf 01-03-2026: tijdelijke vrijstelling (SS109).");
        verify(exemptions).suspend(CASE, LocalDate.of(2026, 3, 1), "SS109");
        assertThat(messages.delivered).as("the case is not closed").isEmpty();
    }

    @Test
    void ss130OnACaseThatIsNotSuspendedIsForTheConsulent() {
        assertThat(routing.route(notification(DuoGebeurtenis.SS130), aCase(true), false))
                .isEqualTo(new Outcome("SIGNAAL", SIGNAL_JUDGE));
        verify(exemptions, never()).resume(any(), any(), any());
    }

    @Test
    void ss130ResumesASuspendedCaseOnTheNotificationsDayWhenDuoGivesNoEnd() {
        when(exemptions.ongoing(CASE)).thenReturn(Optional.of(SUSPENDED_SINCE_FEBRUARY));
        when(exemptions.resume(CASE, REGISTERED, "SS130")).thenReturn(Optional.of(new CaseSuspension(
                LocalDate.of(2026, 2, 1), REGISTERED, CasePhase.INBURGEREN, "SS109", "SS130")));
        when(caseFile.caseOf(CASE)).thenReturn(aCase(true));

        var outcome = routing.route(notification(DuoGebeurtenis.SS130), aCase(true), false);

        assertThat(outcome).isEqualTo(new Outcome("VERWERKT", "Zaak hervat op 02-03-2026 na tijdelijke vrijstelling vanaf "
                + "01-02-2026; de lopende termijnen schuiven 29 dagen op. DUO gaf geen inburgeringstermijn; de termijn is "
                + "met de opgeschorte dagen verlengd."));
    }

    @Test
    void ss129ResumesASuspendedCaseAndStartsTheObligationAsNew() {
        when(exemptions.ongoing(CASE)).thenReturn(Optional.of(SUSPENDED_SINCE_FEBRUARY));
        when(exemptions.resume(CASE, REGISTERED, "SS129")).thenReturn(Optional.of(new CaseSuspension(
                LocalDate.of(2026, 2, 1), REGISTERED, CasePhase.BREDE_INTAKE, "SS109", "SS129")));
        when(duo.inburgeringsplicht(BSN, BRON)).thenReturn(Optional.of(
                new DuoApi.Inburgeringsplicht(true, LocalDate.of(2026, 3, 2), null, null)));

        var outcome = routing.route(notification(DuoGebeurtenis.SS129), aCase(true), false);

        assertThat(outcome.route()).isEqualTo("VERWERKT");
        assertThat(outcome.text()).startsWith("Zaak hervat op 02-03-2026").endsWith("Inburgeringsplicht vastgelegd.");
        verify(keyDates).obligationStarted(CASE, "2026-03-02", "SS129");
    }

    @Test
    void aDecisionEndsTheSuspensionSoThatItReachesTheCase() {
        when(exemptions.ongoing(CASE)).thenReturn(Optional.of(SUSPENDED_SINCE_FEBRUARY));
        when(duo.inburgeringsplicht(BSN, BRON)).thenReturn(Optional.empty());
        messages.waitingFor.add(CaseMessages.Kind.OBLIGATION_ENDED);

        assertThat(routing.route(notification(DuoGebeurtenis.SS110), aCase(true), false)).isEqualTo(
                new Outcome("VERWERKT", "Inburgeringsplicht ingetrokken (02-03-2026)"));
        verify(exemptions).endForDecision(CASE, REGISTERED, "SS110");
    }

    @ParameterizedTest
    @EnumSource(value = DuoGebeurtenis.class, names = {"SS139", "SS137", "SS131", "SS102", "SS103", "SS199", "SS121"})
    void anyOtherNotificationForASuspendedCaseIsKeptAsASignal(DuoGebeurtenis event) {
        when(exemptions.ongoing(CASE)).thenReturn(Optional.of(SUSPENDED_SINCE_FEBRUARY));

        var outcome = routing.route(notification(event), aCase(true), false);

        assertThat(outcome.route()).isEqualTo("SIGNAAL");
        assertThat(outcome.text()).startsWith("De zaak is opgeschort (tijdelijke vrijstelling sinds 01-02-2026)");
        verifyNoInteractions(duo);
    }

    static Notificatie notification(DuoGebeurtenis event) {
        return new Notificatie(7, event, BSN, REGISTERED, "GM0363", BRON);
    }

    static IntegrationCase aCaseWithTerm(LocalDate startsOn, LocalDate endsOn) {
        return new IntegrationCase(11, CASE, 5, "GM0363", Doelgroep.ASIELMIGRANT, null, null, CasePhase.values()[0],
                OffsetDateTime.now(), null, null, null, "B1_ROUTE", startsOn, endsOn, null, false);
    }

    static IntegrationCase aCase(boolean open) {
        return new IntegrationCase(11, CASE, 5, "GM0363", Doelgroep.ASIELMIGRANT, null, null, CasePhase.values()[0],
                OffsetDateTime.now(), open ? null : OffsetDateTime.now(), null, null, null, null, null, null, false);
    }
}
