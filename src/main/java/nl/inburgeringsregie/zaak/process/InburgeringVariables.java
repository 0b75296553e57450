package nl.inburgeringsregie.zaak.process;

/** The process variables of the model of {@link InburgeringProcess} that code reads or sets. */
public final class InburgeringVariables {

    public static final String VAR_DUO_SETTLED_DATE = "duoMeldingDatum";

    /**
     * True for someone who moved here from another gemeente (DUO's SS120/SS121): no warme overdracht, the model's
     * gateway "Warme overdracht van toepassing?" routes on it.
     */
    public static final String VAR_MOVED_IN = "verhuisdNaarGemeente";

    private InburgeringVariables() {
    }
}
