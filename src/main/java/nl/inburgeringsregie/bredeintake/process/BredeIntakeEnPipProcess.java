package nl.inburgeringsregie.bredeintake.process;

/** Element ids of {@code processes/brede-intake-en-pip.bpmn} (schakel 3), for code and tests. */
public final class BredeIntakeEnPipProcess {

    public static final String PROCESS_ID = "brede-intake-en-pip";
    public static final String PIP_SCOPE = "SubProcess_PipTermijn";
    public static final String INTAKE_SCOPE = "SubProcess_BredeIntake";
    public static final String PLAN_INTAKE = "Task_IntakegesprekPlannen";
    public static final String HOLD_INTAKE = "Task_IntakegesprekVoeren";
    public static final String SEND_WARNING = "Task_WaarschuwingVersturen";
    public static final String PROPOSE_FINE = "Task_BoetevoorstelOpstellen";
    public static final String DECIDE_FINE = "Task_BoetevoorstelBeoordelen";
    public static final String INTAKE_DONE = "EndEvent_BredeIntakeAfgerond";
    public static final String TEST_SCOPE = "SubProcess_Leerbaarheidstoets";
    public static final String REGISTER_TEST = "ServiceTask_ToetsAanmelden";
    public static final String PLAN_TEST = "Task_ToetsPlannen";
    public static final String RECORD_TEST_RESULT = "Task_ToetsUitslag";
    public static final String TEST_SKIPPED = "ServiceTask_ToetsVrijstelling";
    /** DUO's result of the leerbaarheidstoets (SS131), with variable {@code leerbaarheidstoetsUitslag}. */
    public static final String MESSAGE_TEST_RESULT = "UitslagLeerbaarheidstoets";
    public static final String ROUTE_ADVICE = "BusinessRuleTask_LeerrouteAdvies";
    public static final String DRAFT_PIP = "Task_PipOpstellen";
    public static final String REVIEW_PIP = "Task_PipBeoordelen";
    public static final String PIP_APPROVED = "EndEvent_PipVastgesteld";
    public static final String DELIVER_PIP = "ServiceTask_PipAanleveren";
    public static final String END = "EndEvent_Schakel3Afgerond";

    /** The clock pattern's elements for a norm, e.g. {@code reminderTask("PIP")}. */
    public static String reminderTimer(String norm) {
        return "TimerStart_Herinnering_" + norm;
    }

    public static String reminderTask(String norm) {
        return "Task_Herinnering_" + norm;
    }

    public static String breachTimer(String norm) {
        return "TimerStart_Verlopen_" + norm;
    }

    public static String escalationTask(String norm) {
        return "Task_Escalatie_" + norm;
    }

    private BredeIntakeEnPipProcess() {
    }
}
