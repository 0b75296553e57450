package nl.inburgeringsregie.inburgeren;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.inburgeringsregie.pip.Leerroute;

/**
 * Port: the providers hours may be recorded at (issue 20, point 3: "chosen from the providers the gemeente contracts for
 * the case's route"). The aanbieder slice answers it (DUO's list, README R:97, and the gemeente's contracts); inburgeren
 * does not import aanbieder, which already reaches inburgeren through duo.
 */
public interface HoursProviders {

    /**
     * Why the gemeente may not record hours at this provider for the route, in Dutch: unknown, not recognised by DUO for
     * the route, or not contracted by the gemeente for it; empty when it may.
     */
    Optional<String> refusal(String instellingsnummer, String gemeenteCode, Leerroute route);

    /** The providers to choose from, as a form's options ({@code label}, {@code value}). */
    List<Map<String, String>> choices(String gemeenteCode, Leerroute route);
}
