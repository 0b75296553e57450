package nl.inburgeringsregie.engine;

/** Element ids of {@code processes/inburgering.bpmn}, the main process. */
public final class InburgeringProcess {

    public static final String PROCESS_ID = "inburgering";
    public static final String START = "StartEvent_AanmeldingOntvangen";
    public static final String DECIDE_PARTS = "Task_OnderdelenBepalen";
    public static final String GATEWAY_WARME_OVERDRACHT = "Gateway_WarmeOverdrachtVanToepassing";
    public static final String CALL_WARME_OVERDRACHT = "CallActivity_WarmeOverdracht";
    public static final String END_READY_FOR_BREDE_INTAKE = "EndEvent_GereedVoorBredeIntake";
    public static final String DECISION_PARTS = "onderdelen-per-doelgroep";

    private InburgeringProcess() {
    }
}
