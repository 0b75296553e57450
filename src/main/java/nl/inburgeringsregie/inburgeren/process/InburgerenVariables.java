package nl.inburgeringsregie.inburgeren.process;

/** The process variables of the model of {@link InburgerenProcess} that code reads or sets. */
public final class InburgerenVariables {

    /** Why the change was asked for, shown in the form "PIP wijzigen". */
    public static final String VAR_PIP_CHANGE_REASON = "pipWijzigingAanleiding";
    /**
     * The form "Verwijtbaarheid MAP vastleggen" (the term passed without the eindgesprek MAP): ja or nee. The DUO step
     * {@code duo.mapVerwijtbaarheidMelden} reads it (duo.process.DuoBerichten, the same name).
     */
    public static final String VAR_MAP_CULPABLE = "mapVerwijtbaar";
    /** The form "Eindgesprek MAP vastleggen": whether a MAP held after the term is culpably late (ja or nee). */
    public static final String VAR_MAP_CULPABLY_LATE = "mapVerwijtbaarTeLaat";

    private InburgerenVariables() {
    }
}
