package nl.inburgeringsregie.pip;

import java.util.List;
import java.util.Optional;

/**
 * The taalaanbieders a PIP may name (issue 20, point 1): the providers a gemeente has a contract with that DUO recognises
 * (README R:97). A port: the slice {@code aanbieder} knows providers and contracts and implements it, because
 * {@code aanbieder} already depends on {@code pip} ({@link Leerroute}) and {@code pip} may not depend back (no cycles).
 */
public interface LanguageProviders {

    /** One option of the form's choice: DUO's instellingsnummer and the provider in words with its routes. */
    record Choice(String instellingsnummer, String label) {
    }

    /**
     * The providers the gemeente contracts today for at least one route DUO recognises them for; the label names the
     * provider and those routes ("Taalschool De Brug (demo), Enkhuizen – B1-route, Z-route"), as the form offers them
     * before the route is chosen.
     */
    List<Choice> choices(String gemeenteCode);

    /**
     * Why this provider may not be the taalaanbieder of a PIP with this route in this gemeente, in Dutch: unknown, not
     * recognised by DUO for the route (R:97), or without a contract with the gemeente for the route; empty when it may.
     */
    Optional<String> refusal(String gemeenteCode, String instellingsnummer, Leerroute route);

    /** The provider's name in words, when known. */
    Optional<String> name(String instellingsnummer);
}
