package nl.inburgeringsregie.ontzorgen.process;

/** Element ids of {@code processes/financieel-ontzorgen.bpmn}, for code and tests. */
public final class FinancieelOntzorgenProcess {

    public static final String PROCESS_ID = "financieel-ontzorgen";
    public static final String START_ONTZORGEN = "Task_OntzorgenStarten";
    public static final String NOT_ONTZORGD = "EndEvent_NietOntzorgd";
    public static final String SCOPE = "SubProcess_Ontzorgen";
    public static final String MONTHLY_TIMER = "TimerStart_VasteLasten";
    public static final String REGISTER_COSTS = "Task_VasteLastenRegistreren";
    /** Waits, open for the consulent, until the closing date; completing it reports the end of bijstand. */
    public static final String REPORT_BIJSTAND_ENDED = "Task_EindeBijstandMelden";
    public static final String CLOSING_TIMER = "BoundaryEvent_AfrondingOntzorgen";
    /** Bijstand ended early, with variable {@code bijstandEinddatum}. */
    public static final String MESSAGE_BIJSTAND_ENDED = "BijstandBeeindigd";
    public static final String BIJSTAND_ENDED = "BoundaryEvent_BijstandBeeindigd";
    public static final String CLOSE = "Task_OntzorgenAfronden";
    public static final String CLOSED = "EndEvent_OntzorgenAfgerond";
    public static final String END = "EndEvent_Ontzorgd";

    private FinancieelOntzorgenProcess() {
    }
}
