package nl.inburgeringsregie.inburgeren;

/** The parts of the inburgeringsexamen with DUO's codes (Examen API, ExamenonderdeelWI2021Inburgering). */
public enum ExamPart {
    LE("Lezen", true),
    LU("Luisteren", true),
    SC("Schrijven", true),
    SP("Spreken", true),
    KNM("Kennis van de Nederlandse Maatschappij", false);

    private final String label;
    private final boolean language;

    ExamPart(String label, boolean language) {
        this.label = label;
        this.language = language;
    }

    public String label() {
        return label;
    }

    /** A language part has a level (A2, B1, B2); KNM has none. */
    public boolean isLanguage() {
        return language;
    }
}
