package nl.inburgeringsregie.gemeente;

/** A gemeente served by this installation. Its CBS code (e.g. GM0405) is also its tenant id. */
public record Gemeente(String code, String name) {
}
