package nl.inburgeringsregie.pip;

/** The three learning routes, with DUO's code for each (PIP API, field {@code leerroute}). */
public enum Leerroute {
    B1_ROUTE("B1-route", "B"),
    ONDERWIJSROUTE("Onderwijsroute", "O"),
    Z_ROUTE("Z-route", "Z");

    private final String label;
    private final String duoCode;

    Leerroute(String label, String duoCode) {
        this.label = label;
        this.duoCode = duoCode;
    }

    public String label() {
        return label;
    }

    public String duoCode() {
        return duoCode;
    }

    /** The route for DUO's code (B, O or Z). */
    public static Leerroute ofDuoCode(String duoCode) {
        for (Leerroute route : values()) {
            if (route.duoCode.equals(duoCode)) {
                return route;
            }
        }
        throw new IllegalArgumentException("Unknown DUO route code " + duoCode);
    }
}
