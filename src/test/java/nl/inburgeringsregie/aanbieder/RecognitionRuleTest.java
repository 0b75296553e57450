package nl.inburgeringsregie.aanbieder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.inburgeringsregie.pip.Leerroute;

/**
 * DUO's rule for the opleidingsinstelling (duo-m2m/README.md, R:97): "moet bekend zijn bij DUO als een door Blik op
 * Werk (BoW) gekeurmerkte instelling of een erkende Taalschakelinstelling (TST) als de persoon de onderwijsroute volgt".
 */
class RecognitionRuleTest {

    static Provider provider(boolean bow, boolean tst, boolean listed) {
        return new Provider(1, "DEMO000099", "Taalschool Test", "Hoorn", bow ? "123" : null, null, bow, tst, listed,
                null, "DUO", null);
    }

    @ParameterizedTest
    @EnumSource(Leerroute.class)
    void theBlikOpWerkKeurmerkCountsForEveryRoute(Leerroute route) {
        assertThat(RecognitionRule.refusal(provider(true, false, true), route)).isEmpty();
    }

    @Test
    void aTaalschakelinstellingCountsOnlyForTheOnderwijsroute() {
        var tstOnly = provider(false, true, true);

        assertThat(RecognitionRule.refusal(tstOnly, Leerroute.ONDERWIJSROUTE)).isEmpty();
        assertThat(RecognitionRule.refusal(tstOnly, Leerroute.B1_ROUTE)).hasValue(
                "Taalschool Test is niet erkend door Blik op Werk; voor de B1-route moet de aanbieder het keurmerk van"
                        + " Blik op Werk hebben.");
        assertThat(RecognitionRule.refusal(tstOnly, Leerroute.Z_ROUTE)).get().asString()
                .startsWith("Taalschool Test is niet erkend door Blik op Werk").contains("Z-route");
    }

    @ParameterizedTest
    @EnumSource(Leerroute.class)
    void withoutAnyKeurmerkEveryRouteIsRefused(Leerroute route) {
        assertThat(RecognitionRule.refusal(provider(false, false, true), route)).get().asString()
                .startsWith("Taalschool Test is niet erkend door Blik op Werk");
    }

    @ParameterizedTest
    @EnumSource(Leerroute.class)
    void aProviderDuoNoLongerListsIsRefusedEvenWithItsKeurmerk(Leerroute route) {
        assertThat(RecognitionRule.refusal(provider(true, true, false), route)).get().asString()
                .contains("staat niet (meer) op de lijst van erkende instellingen van DUO");
    }
}
