package nl.inburgeringsregie.aanmelding;

import java.util.Set;

/**
 * Who sends an aanmelding, for which gemeenten (tenants) they may act, and whether they are COA's
 * coupling (a system account) rather than the gemeente's own staff.
 */
public record Requester(String userId, Set<String> gemeenten, boolean coaCoupling) {

    public boolean mayActFor(String gemeenteCode) {
        return gemeenten.contains(gemeenteCode);
    }
}
