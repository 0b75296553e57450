package nl.inburgeringsregie.inburgeren.process;

/** The process variables of the model of {@link InburgerenProcess} that code reads or sets. */
public final class InburgerenVariables {

    /** Why the change was asked for, shown in the form "PIP wijzigen". */
    public static final String VAR_PIP_CHANGE_REASON = "pipWijzigingAanleiding";

    private InburgerenVariables() {
    }
}
