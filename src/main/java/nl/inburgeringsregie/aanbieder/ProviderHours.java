package nl.inburgeringsregie.aanbieder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.inburgeringsregie.inburgeren.HoursProviders;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.zaak.CertifiedProviders;

/**
 * The providers' side of the hours followed (issue 20, point 3): where hours may be recorded ({@link HoursProviders}) and
 * whose hours count for scaling B1 → A2 ({@link CertifiedProviders}: DOMAIN.md, "600 hours of language teaching at a
 * Blik op Werk certified provider", i.e. {@link RecognitionRule} for the B1-route: on DUO's list with the Blik op Werk
 * keurmerk, judged now; a taalschakelinstelling with only the TST recognition does not count).
 */
@Component
class ProviderHours implements HoursProviders, CertifiedProviders {

    private final ProviderRepository providers;
    private final ProviderService service;

    ProviderHours(ProviderRepository providers, ProviderService service) {
        this.providers = providers;
        this.service = service;
    }

    @Override
    public Optional<String> refusal(String instellingsnummer, String gemeenteCode, Leerroute route) {
        return service.refusal(gemeenteCode, instellingsnummer, route);
    }

    @Override
    public List<Map<String, String>> choices(String gemeenteCode, Leerroute route) {
        return contracted(gemeenteCode, route).stream()
                .filter(provider -> RecognitionRule.refusal(provider, route).isEmpty())
                .map(provider -> Map.of("label", provider.name() + " (" + provider.instellingsnummer() + ")",
                        "value", provider.instellingsnummer()))
                .toList();
    }

    @Override
    public boolean certified(String instellingsnummer) {
        return providers.find(instellingsnummer)
                .map(provider -> RecognitionRule.refusal(provider, Leerroute.B1_ROUTE).isEmpty()).orElse(false);
    }

    private List<Provider> contracted(String gemeenteCode, Leerroute route) {
        return service.list(Set.of(gemeenteCode), route, true).stream().map(ProviderService.WithContracts::provider)
                .toList();
    }
}
