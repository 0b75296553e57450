package nl.inburgeringsregie.zaak.process;

/** The process variables of the model of {@link InburgeringProcess} that code reads or sets. */
public final class InburgeringVariables {

    public static final String VAR_DUO_SETTLED_DATE = "duoMeldingDatum";

    private InburgeringVariables() {
    }
}
