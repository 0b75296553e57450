package nl.inburgeringsregie.aanbieder;

import java.time.LocalDate;

import nl.inburgeringsregie.pip.Leerroute;

/** A gemeente's contract with a provider for a route, from validFrom until validTo (exclusive; null: open). */
public record ProviderContract(long providerId, String gemeenteCode, Leerroute leerroute, LocalDate validFrom,
        LocalDate validTo) {
}
