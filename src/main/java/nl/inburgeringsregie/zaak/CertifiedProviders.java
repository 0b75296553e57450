package nl.inburgeringsregie.zaak;

/**
 * Port: whether hours followed at a provider count for scaling the B1-route to A2 on parts. DOMAIN.md: "after at least
 * 600 hours of language teaching at a Blik op Werk certified provider"; the message of {@code pip.PipRules} says "bij een
 * gecertificeerde aanbieder". The provider's recognition is the aanbieder slice's (DUO's list, README R:97); the adapter
 * lives in {@code inburgeren}, so neither {@code zaak} nor {@code pip} imports {@code aanbieder}.
 */
public interface CertifiedProviders {

    /** Whether DUO now recognises the provider with the Blik op Werk keurmerk (what the B1-route needs). */
    boolean certified(String instellingsnummer);
}
