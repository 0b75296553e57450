package nl.inburgeringsregie.duo.process;

/** Element ids and variables of {@code processes/duo-notificatie.bpmn}. */
public final class DuoNotificatieProcess {

    public static final String PROCESS_ID = "duo-notificatie";
    public static final String PROCESS = "ServiceTask_NotificatieVerwerken";
    public static final String JUDGE_SIGNAL = "Task_SignaalBeoordelen";
    public static final String INVESTIGATE = "Task_NotificatieUitzoeken";
    public static final String REGISTER_PERSON = "Task_InburgeraarAanmelden";
    public static final String RECORD_WITHOUT_CASE = "ServiceTask_AfhandelingVastleggen";
    public static final String END_PROCESSED = "EndEvent_Verwerkt";
    public static final String END_SIGNAL_JUDGED = "EndEvent_SignaalBeoordeeld";
    public static final String END_WITHOUT_CASE = "EndEvent_AfgehandeldZonderZaak";

    public static final String VAR_NOTIFICATION_ID = "notificatieId";
    public static final String VAR_EVENT = "gebeurtenisId";
    public static final String VAR_EVENT_DESCRIPTION = "gebeurtenisOmschrijving";
    /** VERWERKT, SIGNAAL, NIEUWE_ZAAK or ONBEKEND: the gateway after processing routes on it. */
    public static final String VAR_OUTCOME = "afhandeling";
    /** Why a consulent or coordinator must look at it, shown in the form. */
    public static final String VAR_OUTCOME_TEXT = "afhandelingToelichting";
    /** The case a coordinator links the notification to. */
    public static final String VAR_LINKED_CASE = "gekoppeldeZaak";

    private DuoNotificatieProcess() {
    }
}
