package nl.inburgeringsregie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.aanmelding.Requester;
import nl.inburgeringsregie.afronding.process.AfrondenEnNazorgProcess;
import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.duo.process.DuoNotificatieProcess;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Drives one case through the real engine as its users would: registers it, completes tasks as a
 * named user of a group in the case's gemeente, moves the engine clock and fires what became due.
 */
public class CaseDriver {

    public static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final ProcessEngine engine;
    private final String caseNumber;
    private final String gemeente;
    /** The language and KNM hours of the brede intake the intake talk gives, when set. */
    private Long intakeHours;

    private CaseDriver(ProcessEngine engine, String caseNumber, String gemeente) {
        this.engine = engine;
        this.caseNumber = caseNumber;
        this.gemeente = gemeente;
    }

    public static CaseDriver register(ProcessEngine engine, AanmeldingService aanmeldingen, AanmeldingRequest request) {
        String caseNumber = aanmeldingen.register(request, new Requester("test", Set.of(request.gemeente()), true));
        TestProviders.ensure(engine, request.gemeente());
        return new CaseDriver(engine, caseNumber, request.gemeente());
    }

    /** Drives a case that was registered otherwise (from DUO's notification, for one). */
    public static CaseDriver of(ProcessEngine engine, String caseNumber, String gemeente) {
        TestProviders.ensure(engine, gemeente);
        return new CaseDriver(engine, caseNumber, gemeente);
    }

    public String caseNumber() {
        return caseNumber;
    }

    public ProcessInstance main() {
        return instance(InburgeringProcess.PROCESS_ID);
    }

    /** The running instance of a process of this case (main or called). */
    public ProcessInstance instance(String processKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(processKey).singleResult();
    }

    public Task task(String taskDefinitionKey) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskDefinitionKey).list();
        assertThat(tasks).as("open task %s of %s", taskDefinitionKey, caseNumber).hasSize(1);
        return tasks.get(0);
    }

    public boolean hasTask(String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskDefinitionKey).count() > 0;
    }

    /** Completes the task as the user, member of the group, working for the case's gemeente. */
    public void complete(String taskDefinitionKey, String user, String group, Map<String, Object> variables) {
        Task task = task(taskDefinitionKey);
        as(user, group, () -> engine.getTaskService().complete(task.getId(), variables));
        runAanbodWithdrawals(engine);
    }

    /**
     * The asynchronous steps "Inburgeringsaanbod bij DUO intrekken" where the offer ends (DUO's decisions, a move away),
     * run at once as the job executor would, so that tests of what follows need not know them.
     */
    public static void runAanbodWithdrawals(ProcessEngine engine) {
        for (String activity : List.of("ServiceTask_AanbodIntrekkenNagekomen", "ServiceTask_AanbodIntrekkenBeeindigd",
                "ServiceTask_AanbodIntrekkenVerhuisd")) {
            for (Job job : engine.getManagementService().createJobQuery().activityId(activity).withRetriesLeft().list()) {
                engine.getManagementService().executeJob(job.getId());
            }
        }
    }

    public void as(String user, String group, Runnable work) {
        engine.getIdentityService().setAuthentication(user, List.of(group), List.of(gemeente));
        try {
            work.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    public void consulent(String taskDefinitionKey, Object... variables) {
        complete(taskDefinitionKey, "consulent", "consulenten", vars(variables));
    }

    public void coordinator(String taskDefinitionKey, Object... variables) {
        complete(taskDefinitionKey, "coordinator", "coordinatoren", vars(variables));
    }

    public void correlate(String message, Object... variables) {
        engine.getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey(caseNumber)
                .setVariables(vars(variables)).correlate();
        runAanbodWithdrawals(engine);
    }

    /** Runs the asynchronous steps (not timers) that wait for the job executor. */
    public void runAsyncSteps() {
        for (int round = 0; round < 10; round++) {
            var timers = timerIds();
            List<Job> jobs = jobs().stream().filter(job -> !timers.contains(job.getId())).toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    /**
     * Runs the processing of stored DUO notifications (model {@code duo-notificatie}) as the job executor
     * would; a notification processed again after a coordinator linked a case is run too.
     */
    public static void processDuoNotifications(ProcessEngine engine) {
        for (int round = 0; round < 3; round++) {
            for (Job job : engine.getManagementService().createJobQuery()
                    .processDefinitionKey(nl.inburgeringsregie.duo.process.DuoNotificatieProcess.PROCESS_ID)
                    .withRetriesLeft().list()) {
                engine.getManagementService().executeJob(job.getId());
            }
            runAanbodWithdrawals(engine);
        }
    }

    /** The timer job waiting at a timer event of this case. */
    public Job timer(String activityId) {
        List<Job> timers = jobsAt(activityId);
        assertThat(timers).as("timer %s of %s", activityId, caseNumber).hasSize(1);
        return timers.get(0);
    }

    public boolean hasTimer(String activityId) {
        return !jobsAt(activityId).isEmpty();
    }

    /** Moves the engine clock to the moment and fires every timer of this case that is due by then. */
    public void travelTo(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
        for (int round = 0; round < 10; round++) {
            List<Job> due = jobs().stream().filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    public void travelTo(LocalDate day, int hour) {
        travelTo(day.atTime(hour, 0).atZone(NL).toInstant());
    }

    public static void resetClock() {
        ClockUtil.reset();
    }

    private List<Job> jobsAt(String activityId) {
        var management = engine.getManagementService();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
                .stream()
                .flatMap(instance -> management.createJobDefinitionQuery()
                        .processDefinitionId(instance.getProcessDefinitionId()).activityIdIn(activityId).list().stream()
                        .flatMap(definition -> management.createJobQuery().processInstanceId(instance.getId())
                                .jobDefinitionId(definition.getId()).list().stream()))
                .toList();
    }

    private List<String> instanceIds() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
                .stream().map(ProcessInstance::getId).toList();
    }

    private List<Job> jobs() {
        var ids = instanceIds();
        // only active jobs, as the job executor acquires them: a suspended case's timers do not fire
        return ids.isEmpty() ? List.of()
                : engine.getManagementService().createJobQuery().processInstanceIds(Set.copyOf(ids)).active().list();
    }

    private Set<String> timerIds() {
        var ids = instanceIds();
        return ids.isEmpty() ? Set.of() : engine.getManagementService().createJobQuery()
                .processInstanceIds(Set.copyOf(ids)).timers().list().stream().map(Job::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    public static Map<String, Object> vars(Object... keyValues) {
        var variables = new HashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], keyValues[i + 1]);
        }
        return variables;
    }

    /** What the brede intake finds that the leerroute advice weighs (seed 004 §4.3). */
    public record Intake(String toetsUitslag, String geletterdheid, long jarenScholing, String studiewens) {

        /** Schooled and literate, the test says B1 is attainable. */
        public static final Intake B1_HAALBAAR = new Intake("B1-route haalbaar", "GEALFABETISEERD", 10, "nee");
    }

    /**
     * Schakel 3 by the shortest path: one intake talk, the leerbaarheidstoets where it applies (result by
     * DUO's message), the PIP with the route given drafted by the consulent and approved today. A Wi2013 case
     * (ondertussengroep, asielmigrant coupled before 2022) gives no route ({@code null}): its PIP has none.
     */
    public void completeBredeIntakeEnPip(String route) {
        completeBredeIntakeEnPip(Intake.B1_HAALBAAR, route);
    }

    /** Schakel 3 with the intake's findings given; the PIP follows the route given (with a reason if it deviates). */
    public void completeBredeIntakeEnPip(Intake intake, String route) {
        draftPip(intake, route);
        coordinator(BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening",
                today().toString());
        runAsyncSteps();
    }

    /**
     * Schakel 3 up to the coordinator's review: the intake, the leerbaarheidstoets where it applies, and the PIP drafted
     * by the consulent on the route given ({@code null} for a Wi2013 case); "PIP beoordelen" is then open.
     */
    public void draftPip(Intake intake, String route) {
        holdBredeIntake(intake);
        if (hasTask(BredeIntakeEnPipProcess.TASK_TOETS_PLANNEN)) {
            planLeerbaarheidstoets();
            correlate(BredeIntakeEnPipProcess.MESSAGE_UITSLAG_LEERBAARHEIDSTOETS, "leerbaarheidstoetsUitslag", intake.toetsUitslag());
        }
        if (route == null) {
            // a Wi2013 case: a PIP for begeleiding and participation without a Wi2021 leerroute (DOMAIN.md)
            complete(BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN, "consulent", "consulenten", vars("pvtAanbieder",
                    "Vluchtelingenwerk", "begeleidingAfspraken", "Maandelijks gesprek", "participatieAfspraken",
                    "Vrijwilligerswerk", "duurMaanden", 36L));
            return;
        }
        Map<String, Object> pip = vars("leerroute", route, "afwijkingReden", "Afweging van de consulent",
                "taalaanbieder", TestProviders.PROVIDER, "alfabetisering", switch (intake.geletterdheid()) {
                    case "ANALFABEET" -> "A";
                    case "ANDERS_GEALFABETISEERD" -> "AA";
                    default -> "NVT";
                }, "magOpleidingAfmaken", false,
                "pvtAanbieder", "Vluchtelingenwerk", "begeleidingAfspraken", "Maandelijks gesprek",
                "participatieAfspraken", "Vrijwilligerswerk", "duurMaanden", 36L);
        // the Inburgeringsaanbod of an asielmigrant (read only for one): from today, the PIP's dagtekening
        pip.putAll(TestProviders.offer(today()));
        if (!"ONDERWIJSROUTE".equals(route)) {
            pip.put("mapAanbieder", "Werkplein");
        }
        if ("B1_ROUTE".equals(route)) {
            pip.put("niveau", "B1");
        }
        complete(BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN, "consulent", "consulenten", pip);
    }

    /** The brede intake planned and held today with the intake's findings. */
    public void holdBredeIntake(Intake intake) {
        String today = today().toString();
        consulent(BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN, "intakeGesprekDatum", today, "intakeGesprekLocatie", "Gemeentehuis",
                "intakeTolk", "nee");
        complete(BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_VOEREN, "consulent", "consulenten", vars("intakeVerschenen", "ja",
                "intakeGehoudenOp", today, "tolkGebruikt", "nee", "opleiding", "Middelbare school", "jarenScholing",
                intake.jarenScholing(), "werkervaring", "Winkel", "gezondheid", "Goed", "traumaSignalen", "nee",
                "gezin", "Gehuwd", "financien", "Geen schulden", "geletterdheid", intake.geletterdheid(),
                "motivatieEnDoelen", "Werk vinden", "studiewens", intake.studiewens(), "beperkingZichtOfGehoor", "nee",
                "vervolggesprekNodig", "nee", "urenBredeIntake", intakeHours));
        runAsyncSteps();
    }

    /** The intake talk will give this many hours of language and KNM during the brede intake (form urenBredeIntake). */
    public void withIntakeHours(long hours) {
        intakeHours = hours;
    }

    /**
     * "Uren registreren" (the Z-route's task or the one beside the B1- and onderwijsroute): the hours of one provider's
     * month as the form sends them (month mm-jjjj); the report to DUO runs.
     */
    public void recordMonthHours(String task, String instellingsnummer, String month, long language, Long participation) {
        var fields = vars("urenAanbieder", instellingsnummer, "urenMaand", month, "urenTaalKnm", language);
        if (participation != null) {
            fields.put("urenParticipatie", participation);
        }
        complete(task, "consulent", "consulenten", fields);
        runAsyncSteps();
    }

    /** The leerbaarheidstoets planned today; the result then comes from DUO or the consulent. */
    public void planLeerbaarheidstoets() {
        consulent(BredeIntakeEnPipProcess.TASK_TOETS_PLANNEN, "toetsDatum", today().toString(), "toetsLocatie", "Gemeentehuis",
                "toetsBegeleider", "J. de Boer (gecertificeerd)");
    }

    /** A progress talk held today; the PIP change and the culpable breach answered as given. */
    public void holdProgressTalk(String pipChange, String culpable, Long languageHours) {
        holdProgressTalk(today(), pipChange, culpable, languageHours);
    }

    /** A progress talk held on {@code heldOn} and entered today; the answers as given. */
    public void holdProgressTalk(LocalDate heldOn, String pipChange, String culpable, Long languageHours) {
        var fields = vars("voortgangsgesprekDatum", heldOn.toString(), "voortgangTaal", "Gaat goed",
                "voortgangParticipatie", "Vrijwilligerswerk", "werkContact", "ja", "voortgangAfspraken", "Examens plannen",
                "pipWijzigingNodig", pipChange, "verplichtingenVerwijtbaarNietNagekomen", culpable);
        if (languageHours != null) {
            fields.put("urenTaalKnm", languageHours);
        }
        complete(InburgerenProcess.TASK_VOORTGANGSGESPREK_VOEREN, "consulent", "consulenten", fields);
    }

    /** An exam result entered by the consulent, dated today; niveau is empty for KNM. */
    public void recordExam(String part, String niveau, String result) {
        var fields = vars("examenOnderdeel", part, "examenDatum", today().toString(), "examenResultaat", result);
        if (niveau != null) {
            fields.put("examenNiveau", niveau);
        }
        complete(InburgerenProcess.TASK_EXAMENUITSLAG_VASTLEGGEN, "consulent", "consulenten", fields);
    }

    /** The four language parts at the niveau given, then KNM: the B1-route's exams all passed. */
    public void passExams(String niveau) {
        for (String part : List.of("LE", "LU", "SC", "SP")) {
            recordExam(part, niveau, "Geslaagd");
        }
        recordExam("KNM", null, "Geslaagd");
    }

    /**
     * The Z-route's hours as running totals reported today, as the form of an older model version sends them (before
     * issue 20: no provider or month); the report to DUO runs. The current form: {@link #recordMonthHours}.
     */
    public void recordHours(long language, long participation) {
        consulent(InburgerenProcess.TASK_UREN_REGISTREREN, "urenPeildatum", today().toString(), "urenTaalKnm", language,
                "urenParticipatie", participation);
        runAsyncSteps();
    }

    /** The MAP's eindgesprek held today, in time. */
    public void holdMapTalk() {
        consulent(InburgerenProcess.TASK_EINDGESPREK_MAP, "mapEindgesprekDatum", today().toString(), "mapVerwijtbaarTeLaat", "nee");
        runAsyncSteps();
    }

    /** The participatieverklaring signed today after the hours given. */
    public void signPvt(long hours) {
        consulent(InburgerenProcess.TASK_PVT_VASTLEGGEN, "pvtUren", hours, "pvtOndertekendOp", today().toString(),
                "pvtVerwijtbaarTeLaat", "nee");
        runAsyncSteps();
    }

    /** A decision of DUO about the obligation (SS103…SS111), dated today, as the notification delivers it. */
    public void duoDecision(String message, String event) {
        correlate(message, "duoGebeurtenis", event, "duoBesluitDatum", today().toString());
    }

    /** Schakel 5: the completion talk with its outflow. */
    public void completeInburgering(String outflow, String note) {
        consulent(AfrondenEnNazorgProcess.TASK_INBURGERING_AFRONDEN, "uitstroom", outflow, "uitstroomToelichting", note);
    }

    /** Today by the engine's clock (which tests move). */
    public static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), NL);
    }

    /** Schakel 2 by the shortest path (handover by phone), ending with the BRP date and bijstand as given. */
    public void completeWarmeOverdracht(LocalDate brpDate, boolean bijstand) {
        LocalDate today = LocalDate.now(NL);
        consulent(WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN, "driegesprekMogelijk", "nee", "redenGeenDriegesprek", "Elders opgevangen");
        consulent(WarmeOverdrachtProcess.TASK_OVERDRACHT_OP_AFSTAND, "overdrachtWijze", "telefonisch", "overdrachtDatum",
                today.minusDays(20).toString());
        consulent(WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN, "woningcorporatie", "Intermaris", "woningAdres", "Dorpsstraat 1",
                "woningPostcode", "1621 AB", "woningToegewezenOp", today.minusDays(20).toString());
        consulent(WarmeOverdrachtProcess.TASK_VERHUIZING_VASTLEGGEN, "verhuisdatum", brpDate.minusDays(1).toString());
        consulent(WarmeOverdrachtProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", brpDate.toString());
        consulent(WarmeOverdrachtProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN, "begeleidingAanbieder", "Vluchtelingenwerk",
                "begeleidingVerwezenOp", brpDate.toString());
        if (bijstand) {
            consulent(WarmeOverdrachtProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN, "bijstandAangevraagd", "ja", "bijstandAanvraagdatum",
                    brpDate.toString());
        } else {
            consulent(WarmeOverdrachtProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN, "bijstandAangevraagd", "nee", "redenGeenBijstand", "Werkt");
        }
    }
}
