package nl.inburgeringsregie.aanbieder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.shared.InvalidInputException;

/**
 * The providers (taalaanbieders and taalschakelinstellingen) and the gemeenten's contracts with them (issue 20,
 * point 1). A provider is refused where it is chosen unless DUO recognises it for the route ({@link RecognitionRule}).
 */
@Service
public class ProviderService {

    /** A provider with the contracts that hold today in the gemeenten asked for. */
    public record WithContracts(Provider provider, List<ProviderContract> contracts) {
    }

    private final ProviderRepository providers;
    private final Clock clock;

    ProviderService(ProviderRepository providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    /**
     * Refuses a provider that DUO does not recognise for the route (README R:97), with a Dutch message on the field
     * {@code instellingsnummer}.
     *
     * @throws InvalidInputException when the provider is unknown, no longer on DUO's list, or lacks the keurmerk
     */
    public void checkRecognised(String instellingsnummer, Leerroute leerroute) {
        checkRecognised("instellingsnummer", instellingsnummer, leerroute);
    }

    /** As {@link #checkRecognised(String, Leerroute)}, the message on the form's own field. */
    public void checkRecognised(String field, String instellingsnummer, Leerroute leerroute) {
        var provider = instellingsnummer == null ? null : providers.find(instellingsnummer).orElse(null);
        if (provider == null) {
            throw InvalidInputException.of(field, "Instelling " + (instellingsnummer == null ? "" : instellingsnummer + " ")
                    + "is niet bekend als erkende instelling van DUO; kies een aanbieder van de lijst.");
        }
        RecognitionRule.refusal(provider, leerroute).ifPresent(reason -> {
            throw InvalidInputException.of(field, reason);
        });
    }

    /**
     * Why the gemeente may not choose this provider for the route, in Dutch: unknown, not recognised by DUO for the
     * route (README R:97, {@link RecognitionRule}), or without a contract of the gemeente for it today (the gemeente's
     * own rule: it pays for the contracted ones only); empty when it may. The one rule where a provider is chosen: the
     * PIP's taalaanbieder and the provider of hours followed (issue 20, points 1 and 3).
     */
    public java.util.Optional<String> refusal(String gemeenteCode, String instellingsnummer, Leerroute route) {
        var provider = instellingsnummer == null ? null : providers.find(instellingsnummer).orElse(null);
        if (provider == null) {
            return java.util.Optional.of("Instelling " + (instellingsnummer == null ? "" : instellingsnummer + " ")
                    + "is niet bekend als erkende instelling van DUO; kies een taalaanbieder van de lijst.");
        }
        var recognition = RecognitionRule.refusal(provider, route);
        if (recognition.isPresent()) {
            return recognition;
        }
        boolean contracted = providers.contractsOn(LocalDate.now(clock), Set.of(gemeenteCode)).stream()
                .anyMatch(contract -> contract.providerId() == provider.id() && contract.leerroute() == route);
        return contracted ? java.util.Optional.empty()
                : java.util.Optional.of(provider.name() + " heeft geen contract met de gemeente voor de " + route.label()
                        + "; kies een taalaanbieder waarmee de gemeente een contract heeft voor deze leerroute.");
    }

    /**
     * The providers with their contracts today in {@code gemeenten}; with a route, only those contracted for it there
     * (what a form offers to choose from), otherwise all (so a coordinator can contract a new one).
     */
    public List<WithContracts> list(Set<String> gemeenten, Leerroute leerroute, boolean contractedOnly) {
        var contracts = providers.contractsOn(LocalDate.now(clock), gemeenten).stream()
                .filter(contract -> leerroute == null || contract.leerroute() == leerroute)
                .collect(Collectors.groupingBy(ProviderContract::providerId));
        return providers.all().stream()
                .filter(provider -> !contractedOnly || contracts.containsKey(provider.id()))
                .map(provider -> new WithContracts(provider, contracts.getOrDefault(provider.id(), List.of())))
                .toList();
    }

    /**
     * Sets the routes the gemeente contracts the provider for, from today: a new route starts a contract, a route left
     * out ends the open one (kept as history). Every route asked must be recognised (R:97); otherwise nothing changes.
     *
     * @throws ProviderNotFoundException when no provider has this number
     * @throws InvalidInputException with a Dutch message per route the provider is not recognised for
     */
    @Transactional
    public WithContracts setContracts(String instellingsnummer, String gemeenteCode, Collection<Leerroute> routes,
            String user) {
        var provider = providers.find(instellingsnummer).orElseThrow(() -> new ProviderNotFoundException(instellingsnummer));
        Map<String, String> errors = new LinkedHashMap<>();
        int index = 0;
        for (Leerroute route : routes) {
            int at = index++;
            RecognitionRule.refusal(provider, route).ifPresent(reason -> errors.put("leerroutes[" + at + "]", reason));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = LocalDate.now(clock);
        var wanted = routes.isEmpty() ? EnumSet.noneOf(Leerroute.class) : EnumSet.copyOf(routes);
        var current = providers.contractsOn(today, Set.of(gemeenteCode)).stream()
                .filter(contract -> contract.providerId() == provider.id()).map(ProviderContract::leerroute)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Leerroute.class)));
        for (Leerroute route : Leerroute.values()) {
            if (wanted.contains(route) && !current.contains(route)) {
                providers.startContract(provider.id(), gemeenteCode, route, today, user);
            } else if (!wanted.contains(route) && current.contains(route)) {
                providers.endContract(provider.id(), gemeenteCode, route, today, user);
            }
        }
        return list(Set.of(gemeenteCode), null, false).stream()
                .filter(item -> item.provider().id() == provider.id()).findFirst().orElseThrow();
    }
}
