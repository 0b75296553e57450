package nl.inburgeringsregie.zaak.process;

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
    /** Ondertussengroep: what was done before this case (brede intake, PVT, maatschappelijke begeleiding). */
    public static final String RECORD_PRIOR_PARTS = "Task_EerderGevolgdeOnderdelen";
    public static final String CALL_INBURGEREN = "CallActivity_InburgerenEnParticiperen";
    public static final String CALL_AFRONDEN = "CallActivity_AfrondenEnNazorg";
    public static final String HAND_OVER = "Task_ZaakOverdragen";
    public static final String END_COMPLETED = "EndEvent_ZaakAfgerond";
    public static final String END_CLOSED = "EndEvent_ZaakGesloten";
    public static final String END_HANDED_OVER = "EndEvent_ZaakOverdragen";
    public static final String CALL_FINANCIEEL_ONTZORGEN = "CallActivity_FinancieelOntzorgen";
    public static final String END_NO_ONTZORGEN = "EndEvent_GeenOntzorgen";
    public static final String END_ONTZORGEN = "EndEvent_OntzorgenAfgerond";
    public static final String DECISION_PARTS = "onderdelen-per-doelgroep";
    /** DUO's notice SS139 (the person lives in the gemeente); may move the PIP deadline. */
    public static final String MESSAGE_DUO_SETTLED = "DuoMeldingGevestigd";
    public static final String VAR_DUO_SETTLED_DATE = "duoMeldingDatum";
    /** DUO: obligation met (SS106–SS108), with duoGebeurtenis and duoBesluitDatum. */
    public static final String MESSAGE_OBLIGATION_MET = "DuoInburgeringsplichtNagekomen";
    /** DUO: obligation ended otherwise (SS109–SS111), with duoGebeurtenis and duoBesluitDatum. */
    public static final String MESSAGE_OBLIGATION_ENDED = "DuoInburgeringsplichtBeeindigd";
    /** DUO: term extended (SS103/SS104), with duoGebeurtenis and termijnEinddatum. */
    public static final String MESSAGE_TERM_EXTENDED = "DuoTermijnVerlengd";
    /** The person moves to another gemeente (BRP), with verhuisdatum. */
    public static final String MESSAGE_MOVED_AWAY = "VerhuisdNaarAndereGemeente";

    private InburgeringProcess() {
    }
}
