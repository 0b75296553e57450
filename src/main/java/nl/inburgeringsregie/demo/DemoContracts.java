package nl.inburgeringsregie.demo;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.aanbieder.ProviderService;
import nl.inburgeringsregie.aanbieder.ProviderSync;
import nl.inburgeringsregie.gemeente.Gemeente;
import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.StartupOrder;

/**
 * The demo gemeenten's contracts with the simulated DUO's demo institutions ({@code SimulatedInstellingen}), so that
 * the PIP forms offer taalaanbieders at once (issue 20, point 1). After DUO's list is read at the start
 * ({@code ProviderSync}, {@code DEMO_DATA + 1}) and before the demo cases draft their PIPs ({@code DEMO_CASES}). A
 * gemeente that has any contract already is left as its coordinator left it.
 */
@Component
@Profile("demo")
class DemoContracts {

    private static final Logger LOG = LoggerFactory.getLogger(DemoContracts.class);

    /** Per demo institution the routes contracted; each one DUO recognises it for (R:97). */
    private static final List<Contract> CONTRACTS = List.of(
            new Contract("DEMO000001", List.of(Leerroute.B1_ROUTE, Leerroute.Z_ROUTE)),
            new Contract("DEMO000002", List.of(Leerroute.B1_ROUTE)),
            new Contract("DEMO000003", List.of(Leerroute.B1_ROUTE, Leerroute.Z_ROUTE)),
            new Contract("DEMO000004", List.of(Leerroute.B1_ROUTE, Leerroute.ONDERWIJSROUTE, Leerroute.Z_ROUTE)),
            new Contract("DEMO000005", List.of(Leerroute.ONDERWIJSROUTE)));

    private record Contract(String instellingsnummer, List<Leerroute> routes) {
    }

    private final ProviderService providers;
    private final ProviderSync sync;
    private final GemeenteService gemeenten;

    DemoContracts(ProviderService providers, ProviderSync sync, GemeenteService gemeenten) {
        this.providers = providers;
        this.sync = sync;
        this.gemeenten = gemeenten;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.DEMO_DATA + 2)
    void contractDemoProviders() {
        var all = gemeenten.findAll();
        if (providers.list(Set.of(), null, false).isEmpty()) {
            // DUO's list was not read at the start (inburgering.aanbieders.bij-start off): read it once now
            all.stream().map(Gemeente::code).sorted().filter(code -> gemeenten.oinOf(code).isPresent()).findFirst()
                    .ifPresent(code -> {
                        try {
                            sync.synchronise(code);
                        } catch (RuntimeException e) {
                            LOG.warn("Lijst van erkende instellingen niet gelezen voor de demo: {}", e.getMessage());
                        }
                    });
        }
        for (Gemeente gemeente : all) {
            if (!providers.list(Set.of(gemeente.code()), null, true).isEmpty()) {
                continue;
            }
            for (Contract contract : CONTRACTS) {
                try {
                    providers.setContracts(contract.instellingsnummer(), gemeente.code(), contract.routes(), "demo");
                } catch (RuntimeException notThere) {
                    // DUO's list was not read (simulator off) or no longer names it: the demo goes on without
                    LOG.warn("Democontract {} voor {} niet vastgelegd: {}", contract.instellingsnummer(), gemeente.code(),
                            notThere instanceof InvalidInputException ? notThere.getMessage() : notThere.toString());
                }
            }
        }
    }
}
