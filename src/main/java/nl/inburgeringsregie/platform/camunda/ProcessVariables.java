package nl.inburgeringsregie.platform.camunda;

/** Names of the process variables the application sets when a case starts. */
public final class ProcessVariables {

    public static final String ZAAKNUMMER = "zaaknummer";
    /** CBS code of the gemeente; also decides the tenant of the process instance. */
    public static final String GEMEENTE = "gemeente";
    public static final String GEMEENTE_NAAM = "gemeenteNaam";
    public static final String DOELGROEP = "doelgroep";
    public static final String NAAM = "naam";
    public static final String AZC = "azc";
    public static final String KOPPELDATUM = "koppeldatum";
    public static final String TAAL = "taal";
    public static final String TOLK_NODIG = "tolkNodig";
    public static final String NAREIZIGER = "nareiziger";
    public static final String PIP_OVERGENOMEN = "pipOvergenomen";

    private ProcessVariables() {
    }
}
