package nl.inburgeringsregie.inburgeren.process;

/** Element ids and messages of {@code processes/inburgeren-en-participeren.bpmn} (schakel 4) and schakel 5. */
public final class InburgerenProcess {

    public static final String PROCESS_ID = "inburgeren-en-participeren";
    public static final String PROGRESS_SCOPE = "SubProcess_Voortgangsgesprek";
    public static final String HOLD_PROGRESS_TALK = "Task_VoortgangsgesprekVoeren";
    public static final String SEND_WARNING = "Task_WaarschuwingPip";
    public static final String PROPOSE_FINE = "Task_BoetevoorstelPip";
    public static final String DECIDE_FINE = "Task_BoetevoorstelPipBeoordelen";
    /** From a progress talk: asks for a change of the PIP, which the event subprocess below carries out. */
    public static final String REQUEST_PIP_CHANGE = "ServiceTask_PipWijzigingAanvragen";
    /** Non-interrupting: a change of the PIP at any moment, started by {@link #MESSAGE_PIP_CHANGE}. */
    public static final String PIP_CHANGE_SCOPE = "EventSubProcess_PipWijzigen";
    public static final String MESSAGE_PIP_CHANGE = "PipWijzigingGevraagd";
    /** Why the change was asked for, shown in the form "PIP wijzigen". */
    public static final String VAR_PIP_CHANGE_REASON = "pipWijzigingAanleiding";
    public static final String PIP_CHANGED = "EndEvent_PipGewijzigd";
    public static final String CHANGE_PIP = "Task_PipWijzigen";
    public static final String REVIEW_CHANGED_PIP = "Task_GewijzigdPipBeoordelen";
    public static final String DELIVER_CHANGED_PIP = "ServiceTask_GewijzigdPipAanleveren";
    public static final String ROUTE_SCOPE = "SubProcess_Leerroute";
    public static final String ROUTE_CHANGED = "Boundary_LeerrouteGewijzigd";
    public static final String RECORD_EXAM = "Task_ExamenuitslagVastleggen";
    public static final String EXAMS_PASSED = "EndEvent_ExamensBehaald";
    public static final String START_TAALSCHAKEL = "Task_TaalschakeltrajectStarten";
    public static final String END_TAALSCHAKEL = "Task_TaalschakeltrajectAfronden";
    public static final String RECORD_HOURS = "Task_UrenRegistreren";
    public static final String REPORT_HOURS = "ServiceTask_UrenMelden";
    public static final String Z_ROUTE_TALK = "Task_EindgesprekZroute";
    public static final String REPORT_Z_ROUTE = "ServiceTask_ZrouteMelden";
    public static final String Z_ROUTE_DONE = "EndEvent_ZrouteAfgerond";
    public static final String MAP_TALK = "Task_EindgesprekMap";
    public static final String REPORT_MAP = "ServiceTask_MapMelden";
    public static final String NO_MAP = "EndEvent_GeenMap";
    public static final String RECORD_PVT = "Task_PvtVastleggen";
    public static final String REPORT_PVT = "ServiceTask_PvtMelden";
    public static final String NO_PVT = "EndEvent_GeenPvt";
    public static final String NO_ROUTE = "EndEvent_GeenLeerroute";
    /** DUO's exam result (SS199) with examenOnderdeel, examenNiveau, examenDatum, examenResultaat. */
    public static final String MESSAGE_EXAM_RESULT = "DuoExamenuitslag";

    /** Schakel 5: {@code processes/afronden-en-nazorg.bpmn}. */
    public static final String AFRONDEN_PROCESS_ID = "afronden-en-nazorg";
    public static final String COMPLETE = "Task_InburgeringAfronden";
    public static final String AFTERCARE_WAIT = "TimerCatch_EindeNazorgNadert";
    public static final String END_AFTERCARE = "Task_NazorgAfronden";
    public static final String NO_AFTERCARE = "EndEvent_GeenNazorg";

    private InburgerenProcess() {
    }
}
