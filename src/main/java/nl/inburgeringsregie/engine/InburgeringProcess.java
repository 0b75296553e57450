package nl.inburgeringsregie.engine;

/** Element ids of {@code processes/inburgering.bpmn}, the main process. */
public final class InburgeringProcess {

    public static final String PROCESS_ID = "inburgering";
    public static final String START = "StartEvent_AanmeldingOntvangen";
    public static final String DECIDE_PARTS = "Task_OnderdelenBepalen";
    public static final String GATEWAY_WARME_OVERDRACHT = "Gateway_WarmeOverdrachtVanToepassing";
    public static final String CALL_WARME_OVERDRACHT = "CallActivity_WarmeOverdracht";
    /** For target groups without warme overdracht: the BRP date is recorded in the main process. */
    public static final String RECORD_BRP = "Task_BrpInschrijvingVastleggen";
    public static final String CALL_BREDE_INTAKE_EN_PIP = "CallActivity_BredeIntakeEnPip";
    public static final String END_PIP_ISSUED = "EndEvent_PipVastgesteld";
    public static final String END_NO_BREDE_INTAKE = "EndEvent_GeenBredeIntake";
    public static final String CALL_FINANCIEEL_ONTZORGEN = "CallActivity_FinancieelOntzorgen";
    public static final String END_NO_ONTZORGEN = "EndEvent_GeenOntzorgen";
    public static final String END_ONTZORGEN = "EndEvent_OntzorgenAfgerond";
    public static final String DECISION_PARTS = "onderdelen-per-doelgroep";
    /** DUO's notice SS139 (the person lives in the gemeente); may move the PIP deadline. */
    public static final String MESSAGE_DUO_SETTLED = "DuoMeldingGevestigd";
    public static final String VAR_DUO_SETTLED_DATE = "duoMeldingDatum";

    private InburgeringProcess() {
    }
}
