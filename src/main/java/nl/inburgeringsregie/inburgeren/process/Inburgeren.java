package nl.inburgeringsregie.inburgeren.process;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.inburgeren.ExamService;
import nl.inburgeringsregie.inburgeren.HoursService;
import nl.inburgeringsregie.inburgeren.ModuleService;
import nl.inburgeringsregie.inburgeren.MonthlyHoursService;
import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;

/**
 * The bean schakel 4's tasks and gateways call ({@code ${inburgeren...}}): progress talks, exam results
 * (entered or DUO's SS199), hours, MAP, PVT, the Z-route eindgesprek and the taalschakeltraject. What the
 * forms submit is checked and stored in the case file; a broken rule keeps the task open.
 */
@ProcessBean("inburgeren")
public class Inburgeren {

    private final ExamService exams;
    private final HoursService hours;
    private final ModuleService modules;
    private final MonthlyHoursService monthlyHours;
    private final IdentityService identityService;

    Inburgeren(ExamService exams, HoursService hours, ModuleService modules, MonthlyHoursService monthlyHours,
            IdentityService identityService) {
        this.exams = exams;
        this.hours = hours;
        this.monthlyHours = monthlyHours;
        this.modules = modules;
        this.identityService = identityService;
    }

    /**
     * On leaving "Voortgangsgesprek voeren" (after {@code zaakdossier.verslag} stored the report): the hours
     * followed, when the consulent gave them, dated by the talk.
     */
    public CaseStep voortgangsuren() {
        return execution -> {
            if (execution.getVariable("urenTaalKnm") != null) {
                FormErrors.check(() -> hours.record(execution.getProcessBusinessKey(),
                        FormErrors.text(execution, "voortgangsgesprekDatum"),
                        FormErrors.number(execution, "urenTaalKnm"), FormErrors.number(execution, "urenParticipatie"),
                        user()), "voortgangsgesprekDatum");
            }
        };
    }

    /** On leaving "Examenuitslag vastleggen": a result the consulent entered from the exam certificate. */
    public CaseStep examenuitslag() {
        return execution -> FormErrors.check(() -> exams.record(execution.getProcessBusinessKey(),
                FormErrors.text(execution, "examenOnderdeel"), FormErrors.text(execution, "examenNiveau"),
                FormErrors.text(execution, "examenDatum"), FormErrors.text(execution, "examenResultaat"),
                "CONSULENT", user()));
    }

    /** DUO's SS199 (message {@code DuoExamenuitslag}): the result as DUO reports it. */
    public void examenuitslagDuo(DelegateExecution execution) {
        exams.record(execution.getProcessBusinessKey(), FormErrors.text(execution, "examenOnderdeel"),
                FormErrors.text(execution, "examenNiveau"), FormErrors.text(execution, "examenDatum"),
                FormErrors.text(execution, "examenResultaat"), "DUO", null);
    }

    /** Whether every exam part is passed at the level the PIP in force requires. */
    public boolean examensBehaald(DelegateExecution execution) {
        return exams.allPassed(execution.getProcessBusinessKey());
    }

    /** The parts still open, for the exam form ("LE, SP"). */
    public String openOnderdelen(DelegateExecution execution) {
        return String.join(", ", exams.partsToPass(execution.getProcessBusinessKey()).stream()
                .map(part -> part.label() + " (" + part.name() + ")").toList());
    }

    /**
     * On leaving "Uren registreren" (every route): the hours of one provider's month (issue 20, point 3). A form of an
     * older model version sends the running totals of the Z-route instead ({@code urenPeildatum}).
     */
    public CaseStep uren() {
        return execution -> {
            if (execution.getVariable("urenPeildatum") != null) {
                FormErrors.check(() -> hours.record(execution.getProcessBusinessKey(),
                        FormErrors.text(execution, "urenPeildatum"), FormErrors.number(execution, "urenTaalKnm"),
                        FormErrors.number(execution, "urenParticipatie"), user()));
                return;
            }
            FormErrors.check(() -> monthlyHours.record(execution.getProcessBusinessKey(),
                    FormErrors.text(execution, "urenAanbieder"), FormErrors.text(execution, "urenMaand"),
                    FormErrors.number(execution, "urenTaalKnm"), FormErrors.number(execution, "urenParticipatie"),
                    user()));
        };
    }

    /**
     * The providers to choose from in "Uren registreren" (the form's select, {@code valuesKey: aanbieders}): those the
     * gemeente contracts for the case's route and DUO recognises, as JSON so Tasklist reads it.
     */
    public Object aanbieders(DelegateExecution execution) {
        return org.camunda.spin.Spin.JSON(monthlyHours.choices(execution.getProcessBusinessKey()));
    }

    /** On leaving "Intakegesprek voeren": the language and KNM hours followed during the brede intake, when given. */
    public CaseStep bredeIntakeUren() {
        return execution -> {
            if (execution.getVariable("urenBredeIntake") != null) {
                FormErrors.check(() -> monthlyHours.recordIntake(execution.getProcessBusinessKey(),
                        FormErrors.number(execution, "urenBredeIntake"), user()));
            }
        };
    }

    public boolean zrouteUrenBehaald(DelegateExecution execution) {
        return hours.zRouteHoursReached(execution.getProcessBusinessKey());
    }

    /**
     * On leaving "Eindgesprek MAP vastleggen". A MAP held after the term carries the indication (DUO's PUT replaces
     * the resource, README line 118): the one given in the form, else the one recorded when the term passed.
     */
    public CaseStep map() {
        return execution -> {
            if (execution.getVariable(InburgerenVariables.VAR_MAP_CULPABLY_LATE) == null
                    && execution.getVariable(InburgerenVariables.VAR_MAP_CULPABLE) != null) {
                execution.setVariable(InburgerenVariables.VAR_MAP_CULPABLY_LATE,
                        execution.getVariable(InburgerenVariables.VAR_MAP_CULPABLE));
            }
            FormErrors.check(() -> modules.recordMap(execution.getProcessBusinessKey(),
                    FormErrors.text(execution, "mapEindgesprekDatum"),
                    FormErrors.text(execution, InburgerenVariables.VAR_MAP_CULPABLY_LATE), duoGegevensuitwisseling(execution),
                    user()));
        };
    }

    /**
     * Whether to ask, now the term has passed, if missing the MAP is culpable: MAP applies under the PIP in force, its
     * eindgesprek is not recorded, and the case is in DUO's exchange, whom the answer is for (DOMAIN.md: "the
     * municipality tells DUO whether a late MAP is culpable"; a Wi2013 case has neither MAP nor exchange).
     */
    public boolean mapVerwijtbaarheidTeVragen(DelegateExecution execution) {
        return mapVanToepassing(execution) && duoGegevensuitwisseling(execution)
                && !modules.mapRecorded(execution.getProcessBusinessKey());
    }

    /** On leaving "Verwijtbaarheid MAP vastleggen": checked against DUO's rule and recorded. */
    public CaseStep mapVerwijtbaarheid() {
        return execution -> FormErrors.check(() -> modules.recordMapCulpability(execution.getProcessBusinessKey(),
                FormErrors.text(execution, InburgerenVariables.VAR_MAP_CULPABLE), user()));
    }

    public CaseStep pvt() {
        return execution -> FormErrors.check(() -> modules.recordPvt(execution.getProcessBusinessKey(),
                FormErrors.number(execution, "pvtUren"), FormErrors.text(execution, "pvtOndertekendOp"),
                FormErrors.text(execution, "pvtVerwijtbaarTeLaat"), duoGegevensuitwisseling(execution), user()));
    }

    /**
     * On leaving "Eindgesprek Z-route voeren": MAP and PVT must be recorded first where they apply (the
     * report itself is stored by {@code zaakdossier.verslag}).
     */
    public CaseStep zrouteEindgesprek() {
        return execution -> FormErrors.check(() -> modules.recordZRouteEnd(execution.getProcessBusinessKey(),
                FormErrors.text(execution, "zrouteEindgesprekDatum"),
                FormErrors.text(execution, "zrouteVerslagAanbieder"), mapVanToepassing(execution),
                pvtGeldt(execution), user()));
    }

    public CaseStep taalschakelStart() {
        return execution -> FormErrors.check(() -> modules.recordTaalschakelStart(execution.getProcessBusinessKey(),
                FormErrors.text(execution, "taalschakelStartdatum"),
                FormErrors.text(execution, "taalschakelOnderwijsinstelling"), user()));
    }

    public CaseStep taalschakelAfronding() {
        return execution -> FormErrors.check(() -> modules.recordTaalschakelEnd(execution.getProcessBusinessKey(),
                FormErrors.text(execution, "taalschakelEinddatum"),
                FormErrors.text(execution, "taalschakelUitstroom"), FormErrors.text(execution, "taalschakelOpleiding"),
                user()));
    }

    /** MAP applies on the B1- and Z-route for the target groups that get MAP/KNM (DMN onderdelen-per-doelgroep). */
    public boolean mapVanToepassing(DelegateExecution execution) {
        return !"NEE".equals(onderdeel(execution, "mapKnm")) && !"ONDERWIJSROUTE".equals(execution.getVariable("leerroute"));
    }

    /**
     * Whether to ask for the MAP when schakel 4 starts or the route restarts after a PIP change: MAP applies under
     * the PIP in force, is not recorded yet and no MAP task is open. DOMAIN.md: "MAP applies to the B1-route and the
     * Z-route, not the onderwijsroute [...] Both follow the PIP in force, so a route change can add or remove them."
     */
    public boolean mapTeVragen(DelegateExecution execution) {
        return mapVanToepassing(execution) && !mapAlGevraagd(execution);
    }

    private boolean mapAlGevraagd(DelegateExecution execution) {
        long open = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(InburgerenProcess.TASK_EINDGESPREK_MAP).count();
        return open > 0 || modules.mapRecorded(execution.getProcessBusinessKey());
    }

    /**
     * Whether to ask for the PVT (gateway "PVT van toepassing?"): it applies and is not done yet. Done is also a PVT
     * DUO already registered for someone who moved here (SS120/SS121, read at registration by duo.DuoPriorResults):
     * DOMAIN.md, "what DUO already holds (MAP, PVT, hours, exams) is read, not asked again".
     */
    public boolean pvtVanToepassing(DelegateExecution execution) {
        return pvtGeldt(execution) && !modules.pvtRecorded(execution.getProcessBusinessKey());
    }

    /** PVT applies unless the target group has none or (ondertussengroep) did it before this case. */
    private static boolean pvtGeldt(DelegateExecution execution) {
        String pvt = onderdeel(execution, "pvt");
        return !"NEE".equals(pvt) && !("INDIEN_NIET_EERDER".equals(pvt) && "ja".equals(execution.getVariable("eerderPvt")));
    }

    /** Whether the case exchanges data with DUO (DMN output; not for the Wi2013 groups). */
    private static boolean duoGegevensuitwisseling(DelegateExecution execution) {
        return "true".equals(onderdeel(execution, "duoGegevensuitwisseling"));
    }

    private static String onderdeel(DelegateExecution execution, String name) {
        Object onderdelen = execution.getVariable("onderdelen");
        if (onderdelen instanceof Map<?, ?> map) {
            Object value = map.get(name);
            return value == null ? null : value.toString();
        }
        return null;
    }

    private String user() {
        return FormErrors.currentUser(identityService);
    }
}
