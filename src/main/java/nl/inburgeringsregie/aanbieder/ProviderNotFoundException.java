package nl.inburgeringsregie.aanbieder;

/** No provider with this instellingsnummer is known (not on DUO's list, never added). */
class ProviderNotFoundException extends RuntimeException {

    ProviderNotFoundException(String instellingsnummer) {
        super("Er is geen aanbieder met instellingsnummer " + instellingsnummer + " bekend.");
    }
}
