package nl.inburgeringsregie.handhaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.IntegrationCase;

/**
 * The gemeente's bestuurlijke boete is the Wet inburgering 2021's (art. 34 brede intake and PIP, art. 35 PIP
 * obligations). DOMAIN.md: "Wi2013 cases (ondertussengroep, asielmigrant coupled before 2022) have no Wi2021
 * leerroute, term or bestuurlijke boete".
 */
class FineOnlyUnderWi2021Test {

    private static final String CASE = "INB-2026-000001";

    private final CaseFileService caseFile = mock(CaseFileService.class);
    private final SanctionRepository sanctions = mock(SanctionRepository.class);
    private final SanctionService service = new SanctionService(caseFile, sanctions, Clock.systemUTC());

    @ParameterizedTest
    @EnumSource(value = Doelgroep.class, names = {"ONDERTUSSENGROEP", "ASIELMIGRANT_OVERGANG"})
    void aWi2013CaseIsNeverOfferedAFineAndAProposalIsRefused(Doelgroep doelgroep) {
        given(doelgroep);

        assertThat(service.fineMayApply(CASE)).isFalse();
        assertThatThrownBy(() -> service.proposeFine(CASE, SanctionGround.PIP_NIET_NAKOMEN, 100, "Motivering", "consulent"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("boeteBedrag").extractingByKey("boeteBedrag").asString()
                        .contains("Wet inburgering 2013", "artikel 34 en 35"));
        verifyNoInteractions(sanctions);
    }

    @ParameterizedTest
    @EnumSource(value = Doelgroep.class, names = {"ASIELMIGRANT", "GEZINSMIGRANT", "OVERIGE_MIGRANT"})
    void aWi2021CaseMayBeFinedAfterAWarning(Doelgroep doelgroep) {
        given(doelgroep);

        assertThat(service.fineMayApply(CASE)).isTrue();
    }

    private void given(Doelgroep doelgroep) {
        when(caseFile.caseOf(CASE)).thenReturn(new IntegrationCase(1L, CASE, 2L, "GM0405", doelgroep, null, null, null,
                null, null, null, "consulent", null, null, null, null, false));
    }
}
