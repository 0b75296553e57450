package nl.inburgeringsregie.aanbieder;

import java.util.Optional;

import nl.inburgeringsregie.pip.Leerroute;

/**
 * Whether a provider may serve a leerroute. DUO's rule for the Inburgeringsaanbod (duo-m2m/README.md, R:97): "De
 * Opleidingsinstelling moet bekend zijn bij DUO als een door Blik op Werk (BoW) gekeurmerkte instelling of een erkende
 * Taalschakelinstelling (TST) als de persoon de onderwijsroute volgt." Read as: the Blik op Werk keurmerk always
 * counts; the TST recognition counts only for the onderwijsroute. So the B1-route and the Z-route need the BoW
 * keurmerk, the onderwijsroute BoW or TST. "Bekend bij DUO" also means on DUO's current list: a provider DUO no longer
 * lists is refused for every route.
 */
final class RecognitionRule {

    private RecognitionRule() {
    }

    /** Why the provider may not serve the route, in Dutch; empty when it may. */
    static Optional<String> refusal(Provider provider, Leerroute route) {
        if (!provider.listedByDuo()) {
            return Optional.of(provider.name() + " staat niet (meer) op de lijst van erkende instellingen van DUO en"
                    + " kan daarom niet gekozen worden.");
        }
        if (provider.bowKeurmerk()) {
            return Optional.empty();
        }
        if (route == Leerroute.ONDERWIJSROUTE) {
            return provider.tstKeurmerk() ? Optional.empty()
                    : Optional.of(provider.name() + " is niet erkend door Blik op Werk en is geen erkende"
                            + " taalschakelinstelling (TST); voor de onderwijsroute is een van beide nodig.");
        }
        return Optional.of(provider.name() + " is niet erkend door Blik op Werk; voor de " + route.label()
                + " moet de aanbieder het keurmerk van Blik op Werk hebben.");
    }
}
