package nl.inburgeringsregie.warmeoverdracht.process;

/** Element ids of {@code processes/warme-overdracht.bpmn} (schakel 2). */
public final class WarmeOverdrachtProcess {

    public static final String PROCESS_ID = "warme-overdracht";
    public static final String PLAN_TALK = "Task_DriegesprekPlannen";
    public static final String HOLD_TALK = "Task_DriegesprekVoeren";
    public static final String REMOTE_HANDOVER = "Task_OverdrachtOpAfstand";
    public static final String ALLOCATE_HOUSING = "Task_WoningToewijzen";
    public static final String RECORD_MOVE = "Task_VerhuizingVastleggen";
    public static final String RECORD_BRP = "Task_BrpInschrijvingVastleggen";
    public static final String START_SOCIAL_GUIDANCE = "Task_MaatschappelijkeBegeleidingStarten";
    public static final String RECORD_BIJSTAND = "Task_BijstandsaanvraagVastleggen";
    public static final String END = "EndEvent_WarmeOverdrachtAfgerond";

    private WarmeOverdrachtProcess() {
    }
}
