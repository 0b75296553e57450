package nl.inburgeringsregie.aanbieder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.inburgeringsregie.pip.LanguageProviders;
import nl.inburgeringsregie.pip.Leerroute;

/**
 * {@link LanguageProviders} for the PIP forms: a provider is offered when the gemeente contracts it today for a route
 * DUO recognises it for ({@link RecognitionRule}, README R:97), and refused on submit when it is unknown, not recognised
 * for the chosen route, or not contracted for it (issue 20, point 1: "an unrecognised provider is refused where it is
 * chosen"; a provider without a contract is the gemeente's own rule: it pays for the contracted ones only).
 */
@Component
class PipLanguageProviders implements LanguageProviders {

    private final ProviderRepository providers;
    private final ProviderService service;
    private final Clock clock;

    PipLanguageProviders(ProviderRepository providers, ProviderService service, Clock clock) {
        this.providers = providers;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public List<Choice> choices(String gemeenteCode) {
        var routes = contractedRoutes(gemeenteCode);
        return providers.all().stream().map(provider -> {
            var recognised = routes.getOrDefault(provider.id(), Set.of()).stream()
                    .filter(route -> RecognitionRule.refusal(provider, route).isEmpty()).sorted().toList();
            return recognised.isEmpty() ? null : new Choice(provider.instellingsnummer(), label(provider, recognised));
        }).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<String> refusal(String gemeenteCode, String instellingsnummer, Leerroute route) {
        return service.refusal(gemeenteCode, instellingsnummer, route);
    }

    @Override
    public Optional<String> name(String instellingsnummer) {
        return instellingsnummer == null ? Optional.empty() : providers.find(instellingsnummer).map(Provider::name);
    }

    private java.util.Map<Long, Set<Leerroute>> contractedRoutes(String gemeenteCode) {
        return providers.contractsOn(LocalDate.now(clock), Set.of(gemeenteCode)).stream()
                .collect(Collectors.groupingBy(ProviderContract::providerId, Collectors.mapping(
                        ProviderContract::leerroute, Collectors.toCollection(() -> EnumSet.noneOf(Leerroute.class)))));
    }

    private static String label(Provider provider, List<Leerroute> routes) {
        return provider.name() + (provider.place() == null ? "" : ", " + provider.place()) + " – "
                + routes.stream().map(Leerroute::label).collect(Collectors.joining(", "));
    }
}
