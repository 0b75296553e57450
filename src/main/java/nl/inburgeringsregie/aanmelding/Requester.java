package nl.inburgeringsregie.aanmelding;

import java.util.Set;

/** Who sends an aanmelding, and for which gemeenten (tenants) they may act. */
public record Requester(String userId, Set<String> gemeenten) {

    public boolean mayActFor(String gemeenteCode) {
        return gemeenten.contains(gemeenteCode);
    }
}
