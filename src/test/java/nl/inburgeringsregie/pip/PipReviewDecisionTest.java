package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CaseMilestones;
import nl.inburgeringsregie.zaak.FollowedHoursService;
import nl.inburgeringsregie.zaak.LeerrouteAndTermService;

/**
 * The four-eyes review of a PIP knows two decisions (seed 004: the PIP is "vastgesteld" by the gemeente after
 * review): approve or send back. Anything else is refused on the decision field, before any record is read.
 */
class PipReviewDecisionTest {

    private final CaseFileService caseFile = mock(CaseFileService.class);
    private final PipRepository pips = mock(PipRepository.class);
    private final PipService service = new PipService(caseFile, mock(LeerrouteAndTermService.class),
            mock(CaseMilestones.class), pips, mock(FollowedHoursService.class), mock(LanguageProviders.class),
            Clock.systemUTC());

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"goedkeuren", "AFWIJZEN", " GOEDKEUREN"})
    void aDecisionOtherThanApproveOrSendBackIsRefusedOnItsField(String decision) {
        assertThatThrownBy(() -> service.review("INB-2026-000001", decision, "01-02-2027", null, "coordinator"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsExactly(Map.entry("pipBesluit", "Kies: goedkeuren of terugsturen")));
        verifyNoInteractions(caseFile, pips);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GOEDKEUREN", "TERUGSTUREN"})
    void aKnownDecisionGoesOnToTheCaseUnderReview(String decision) {
        try {
            service.review("INB-2026-000001", decision, "01-02-2027", "Concreter", "coordinator");
        } catch (RuntimeException expected) {
            // the mocked case file knows no case; what matters here is that the decision was accepted
        }
        verify(caseFile).caseOf("INB-2026-000001");
    }
}
