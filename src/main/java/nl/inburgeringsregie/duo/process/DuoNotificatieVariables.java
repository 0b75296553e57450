package nl.inburgeringsregie.duo.process;

/** The process variables of the model of {@link DuoNotificatieProcess} that code reads or sets. */
public final class DuoNotificatieVariables {

    public static final String VAR_NOTIFICATION_ID = "notificatieId";
    public static final String VAR_EVENT = "gebeurtenisId";
    public static final String VAR_EVENT_DESCRIPTION = "gebeurtenisOmschrijving";
    /** VERWERKT, SIGNAAL, NIEUWE_ZAAK or ONBEKEND: the gateway after processing routes on it. */
    public static final String VAR_OUTCOME = "afhandeling";
    /** Why a consulent or coordinator must look at it, shown in the form. */
    public static final String VAR_OUTCOME_TEXT = "afhandelingToelichting";
    /** The case a coordinator links the notification to. */
    public static final String VAR_LINKED_CASE = "gekoppeldeZaak";

    private DuoNotificatieVariables() {
    }
}
