package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.aanmelding.DuplicateCaseException;
import nl.inburgeringsregie.aanmelding.Requester;
import nl.inburgeringsregie.duo.DuoRegistrations.Field;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.shared.InboundMessages;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Opleidingsniveau;
import nl.inburgeringsregie.zaak.Person;
import nl.inburgeringsregie.zaak.PersonService;

class DuoRegistrationsTest {

    static final String BSN = "999990019";
    static final String BRON = "00000001234567890000";

    final AanmeldingService aanmeldingen = mock(AanmeldingService.class);
    final PersonService persons = mock(PersonService.class);
    final InboundMessages inbox = mock(InboundMessages.class);
    final DuoReads duo = mock(DuoReads.class);
    final GemeenteService gemeenten = mock(GemeenteService.class);
    final DuoPriorResults priorResults = mock(DuoPriorResults.class);
    final DuoRegistrations registrations = new DuoRegistrations(aanmeldingen, persons, inbox, duo, new ObjectMapper(),
            gemeenten, priorResults, new VNumberMatching(mock(VNumbers.class), persons,
                    mock(nl.inburgeringsregie.zaak.CaseFileService.class), mock(NotificatieWorkflow.class)));

    @ParameterizedTest
    @EnumSource(value = DuoGebeurtenis.class, names = {"SS137", "SS131", "SS102", "SS106", "SS109", "SS124", "SS199"})
    void onlyANewObligationOrSettlingCallsForANewCase(DuoGebeurtenis event) {
        assertThat(registrations.newCase(event, BSN, BRON)).isEmpty();
        verifyNoInteractions(duo);
    }

    @Test
    void withoutBsnThereIsNoNewCase() {
        assertThat(registrations.newCase(DuoGebeurtenis.SS120, null, BRON)).isEmpty();
    }

    @Test
    void aNewObligationOfAnAsielmigrantWaitsForTheCoa() {
        when(duo.doelgroep(BSN, BRON)).thenReturn(Optional.of("Asielmigrant"));

        assertThat(registrations.newCase(DuoGebeurtenis.SS101, BSN, BRON)).isEmpty();
    }

    @Test
    void aGezinsmigrantWithANewObligationGetsACasePrefilledWithWhatIsKnown() {
        when(duo.doelgroep(BSN, BRON)).thenReturn(Optional.of("Gezinsmigrant en overige migrant"));
        when(persons.findByBsn(BSN)).thenReturn(Optional.of(new Person(3L, BSN, "Amal", "Haddad",
                LocalDate.of(1990, 4, 5), "SYR", "ar", true, Opleidingsniveau.values()[0], null)));

        assertThat(registrations.newCase(DuoGebeurtenis.SS101, BSN, BRON)).contains(Map.of(
                Field.DOELGROEP, "GEZINSMIGRANT", Field.VOORNAMEN, "Amal", Field.ACHTERNAAM, "Haddad",
                Field.GEBOORTEDATUM, "05-04-1990", Field.NATIONALITEIT, "SYR", Field.TAAL, "ar",
                Field.TOLK_NODIG, true, Field.OPLEIDINGSNIVEAU, Opleidingsniveau.values()[0].name()));
    }

    @Test
    void settledWithThePreviousPipBringsThatPipAndAnExtendedTerm() {
        when(duo.doelgroep(BSN, BRON)).thenReturn(Optional.empty());
        when(duo.pip(BSN, BRON)).thenReturn(Optional.of(new DuoApi.Pip("GM0599", LocalDate.of(2025, 1, 10),
                Leerroute.B1_ROUTE.duoCode(), "B1")));
        when(duo.termijn(BSN, BRON)).thenReturn(Optional.of(new DuoApi.Termijn(LocalDate.of(2025, 1, 11),
                LocalDate.of(2028, 7, 1), "ZIEKTE")));

        // the codes the form reads back, and beside them the words it shows (issue 19, point 2): a gemeente this
        // installation does not serve has no name here, so its CBS code is named as such
        assertThat(registrations.newCase(DuoGebeurtenis.SS121, BSN, BRON)).contains(Map.of(
                Field.DOELGROEP, "ASIELMIGRANT", Field.PIP_GEMEENTE, "GM0599", Field.PIP_DAGTEKENING, "2025-01-10",
                Field.PIP_LEERROUTE, "B1_ROUTE", Field.PIP_NIVEAU, "B1", Field.TERM_END, "2028-07-01",
                Field.PIP_GEMEENTE_NAAM, "gemeente met CBS-code GM0599", Field.PIP_DAGTEKENING_TEKST, "10-01-2025",
                Field.PIP_LEERROUTE_NAAM, "B1-route"));
    }

    @Test
    void aTermOfThreeYearsIsNoExtension() {
        when(duo.doelgroep(BSN, BRON)).thenReturn(Optional.empty());
        when(duo.pip(BSN, BRON)).thenReturn(Optional.of(new DuoApi.Pip("GM0599", LocalDate.of(2025, 1, 10),
                Leerroute.Z_ROUTE.duoCode(), null)));
        when(duo.termijn(BSN, BRON)).thenReturn(Optional.of(new DuoApi.Termijn(LocalDate.of(2025, 1, 11),
                LocalDate.of(2028, 1, 9), null)));

        assertThat(registrations.newCase(DuoGebeurtenis.SS121, BSN, BRON).orElseThrow())
                .doesNotContainKeys(Field.TERM_END, Field.PIP_NIVEAU).containsEntry(Field.PIP_LEERROUTE, "Z_ROUTE");
    }

    /**
     * Issue 18, error 14. SS120/SS121: the person moved here from another gemeente, so the case is registered as moved
     * in (no warme overdracht) and what DUO already holds (MAP, PVT, hours) is read onto it before its process starts
     * (DOMAIN.md: "A statushouder who moves in (SS120/SS121) lives here already: no driegesprek, no housing; what DUO
     * already holds (MAP, PVT, hours, exams) is read, not asked again").
     */
    @Test
    void aPersonWhoMovedHereIsRegisteredAsMovedInWithWhatDuoAlreadyHolds() {
        when(inbox.payloadOf(7)).thenReturn("{\"gebeurtenisId\":\"SS121\",\"bsn\":\"" + BSN + "\"}");
        when(gemeenten.oinOf("GM0363")).thenReturn(Optional.of(BRON));
        when(aanmeldingen.registerMovedIn(any(), any(), any())).thenReturn("INB-2026-000009");

        assertThat(registrations.register(7, "GM0363", form(completedForm()), "consulent1")).isEqualTo("INB-2026-000009");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<java.util.function.Consumer<String>> alreadyDone = ArgumentCaptor.forClass(java.util.function.Consumer.class);
        org.mockito.Mockito.verify(aanmeldingen).registerMovedIn(any(), any(), alreadyDone.capture());
        org.mockito.Mockito.verify(aanmeldingen, org.mockito.Mockito.never()).register(any(), any());
        alreadyDone.getValue().accept("INB-2026-000009");
        org.mockito.Mockito.verify(priorResults).record("INB-2026-000009", BSN, BRON);
    }

    @Test
    void theCompletedFormRegistersThePersonOfTheNotification() {
        when(inbox.payloadOf(7)).thenReturn("{\"gebeurtenisId\":\"SS120\",\"bsn\":\"" + BSN + "\"}");
        when(gemeenten.oinOf("GM0363")).thenReturn(Optional.of(BRON));
        when(aanmeldingen.registerMovedIn(any(), any(), any())).thenReturn("INB-2026-000009");
        var form = completedForm();
        form.put(Field.PIP_GEMEENTE, "GM0599");
        form.put(Field.PIP_DAGTEKENING, "2025-01-10");
        form.put(Field.PIP_LEERROUTE, "B1_ROUTE");

        assertThat(registrations.register(7, "GM0363", form(form), "consulent1")).isEqualTo("INB-2026-000009");

        var request = ArgumentCaptor.forClass(AanmeldingRequest.class);
        var requester = ArgumentCaptor.forClass(Requester.class);
        org.mockito.Mockito.verify(aanmeldingen).registerMovedIn(request.capture(), requester.capture(), any());
        assertThat(request.getValue().voornamen()).isEqualTo("Amal");
        assertThat(request.getValue().bsn()).isEqualTo(BSN);
        assertThat(request.getValue().geboortedatum()).isEqualTo(LocalDate.of(1990, 4, 5));
        assertThat(request.getValue().doelgroep()).isEqualTo(Doelgroep.GEZINSMIGRANT);
        assertThat(request.getValue().gemeente()).isEqualTo("GM0363");
        assertThat(request.getValue().pipVorigeGemeente().leerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(requester.getValue()).isEqualTo(new Requester("consulent1", java.util.Set.of("GM0363"), false));
    }

    @Test
    void aDateThatIsNoDateIsReportedOnItsFormField() {
        when(inbox.payloadOf(7)).thenReturn("{\"bsn\":\"" + BSN + "\"}");
        var form = completedForm();
        form.put(Field.GEBOORTEDATUM, "5 april");

        assertThatThrownBy(() -> registrations.register(7, "GM0363", form(form), "consulent1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("persoonGeboortedatum")
                        .hasEntrySatisfying("persoonGeboortedatum", message -> assertThat(message)
                                .startsWith("'5 april' is geen datum")));
        verifyNoInteractions(aanmeldingen);
    }

    @Test
    void aBrokenRuleOfTheAanmeldingIsReportedOnTheFormFieldThatHoldsIt() {
        when(inbox.payloadOf(7)).thenReturn("{\"bsn\":\"" + BSN + "\"}");
        var errors = new java.util.LinkedHashMap<String, String>();
        errors.put("achternaam", "Vul de achternaam in");
        errors.put("doelgroep", "Kies de doelgroep");
        errors.put("pipVorigeGemeente", "Het PIP van de vorige gemeente is onvolledig");
        when(aanmeldingen.register(any(), any())).thenThrow(new InvalidInputException(errors));

        assertThatThrownBy(() -> registrations.register(7, "GM0363", form(completedForm()), "consulent1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsExactly(
                        Map.entry("persoonAchternaam", "Vul de achternaam in"),
                        Map.entry("aanmeldDoelgroep", "Kies de doelgroep"),
                        Map.entry("aanmeldBesluit", "Het PIP van de vorige gemeente is onvolledig")));
    }

    @Test
    void aPersonWithACaseAlreadyIsReportedOnTheDecision() {
        when(inbox.payloadOf(7)).thenReturn("{\"bsn\":\"" + BSN + "\"}");
        when(aanmeldingen.register(any(), any())).thenThrow(new DuplicateCaseException("INB-2026-000001", true));

        assertThatThrownBy(() -> registrations.register(7, "GM0363", form(completedForm()), "consulent1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsExactly(
                        Map.entry("aanmeldBesluit", "Deze persoon heeft al een lopende zaak: INB-2026-000001")));
    }

    /** The form as the model names its fields. */
    private static DuoRegistrations.Form form(Map<Field, Object> values) {
        return new DuoRegistrations.Form() {
            @Override
            public Object value(Field field) {
                return values.get(field);
            }

            @Override
            public String nameOf(Field field) {
                return NAMES.get(field);
            }
        };
    }

    static final Map<Field, String> NAMES = Map.of(Field.DECISION, "aanmeldBesluit", Field.DOELGROEP, "aanmeldDoelgroep",
            Field.ACHTERNAAM, "persoonAchternaam", Field.GEBOORTEDATUM, "persoonGeboortedatum");

    private static Map<Field, Object> completedForm() {
        var form = new HashMap<Field, Object>();
        form.put(Field.DOELGROEP, "GEZINSMIGRANT");
        form.put(Field.VOORNAMEN, " Amal ");
        form.put(Field.ACHTERNAAM, "Haddad");
        form.put(Field.GEBOORTEDATUM, "05-04-1990");
        form.put(Field.NATIONALITEIT, "SYR");
        form.put(Field.TAAL, "ar");
        form.put(Field.TOLK_NODIG, true);
        return form;
    }
}
