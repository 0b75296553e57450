package nl.inburgeringsregie.archief;

/** The archiefnominatie of a selectielijst result (ZGW Zaken API: {@code vernietigen}, {@code blijvend_bewaren}). */
public enum Nomination {
    VERNIETIGEN("vernietigen"),
    BLIJVEND_BEWAREN("blijvend bewaren");

    private final String label;

    Nomination(String label) {
        this.label = label;
    }

    /** The Dutch words users see. */
    public String label() {
        return label;
    }
}
