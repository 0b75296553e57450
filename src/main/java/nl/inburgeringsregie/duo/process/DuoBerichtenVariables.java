package nl.inburgeringsregie.duo.process;

/** The process variables the DUO steps ({@link DuoBerichten}) set for the models' forms. */
public final class DuoBerichtenVariables {

    /**
     * DUO's exam number for the leerbaarheidstoets (Leerbaarheidstoets API, schema Examennummer), shown read-only
     * in the form "Leerbaarheidstoets plannen". It is DUO's number for the exam, not the BSN; the case keeps it
     * in {@code lbt_examennummer}.
     */
    public static final String VAR_LBT_EXAMENNUMMER = "leerbaarheidstoetsExamennummer";

    private DuoBerichtenVariables() {
    }
}
