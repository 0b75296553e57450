package nl.inburgeringsregie.demo.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.afronding.process.AfrondenEnNazorgProcess;
import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.inburgeren.process.InburgerenProcess;
import nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Moves a demo case through the models by the engine's API, as its users would through their forms (the
 * test support's CaseDriver does the same): each task completed as a named demo user of the case's gemeente,
 * with the task's own form fields, so every listener and rule of the models runs. Dates lie in the past where
 * the rules allow, so the demo shows clocks met, running and breached on its first start.
 */
@Component
@Profile("demo")
public class DemoCaseSteps {

    /** How often a step is tried while the job executor works on the same case (200 ms apart). */
    private static final int ATTEMPTS = 25;

    private final ProcessEngine engine;

    DemoCaseSteps(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The people who work the case: its gemeente's consulent and coordinator (security.DemoUsers). */
    public record Team(String gemeente, String consulent, String coordinator) {
    }

    /** Schakel 2 by the phone (no driegesprek), housed and registered in the BRP on the dates given, no bijstand. */
    public void completeWarmeOverdracht(String caseNumber, Team team, LocalDate housedOn, LocalDate brpDate) {
        consulent(caseNumber, team, WarmeOverdrachtProcess.TASK_DRIEGESPREK_PLANNEN, "driegesprekMogelijk", "nee",
                "redenGeenDriegesprek", "Elders opgevangen");
        consulent(caseNumber, team, WarmeOverdrachtProcess.TASK_OVERDRACHT_OP_AFSTAND, "overdrachtWijze", "telefonisch",
                "overdrachtDatum", housedOn.toString());
        consulent(caseNumber, team, WarmeOverdrachtProcess.TASK_WONING_TOEWIJZEN, "woningcorporatie", "Intermaris",
                "woningAdres", "Dorpsstraat 1", "woningPostcode", "1621 AB", "woningToegewezenOp", housedOn.toString());
        consulent(caseNumber, team, WarmeOverdrachtProcess.TASK_VERHUIZING_VASTLEGGEN, "verhuisdatum",
                brpDate.minusDays(1).toString());
        consulent(caseNumber, team, WarmeOverdrachtProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum",
                brpDate.toString());
        consulent(caseNumber, team, WarmeOverdrachtProcess.TASK_MAATSCHAPPELIJKE_BEGELEIDING_STARTEN,
                "begeleidingAanbieder", "Vluchtelingenwerk", "begeleidingVerwezenOp", brpDate.toString());
        consulent(caseNumber, team, WarmeOverdrachtProcess.TASK_BIJSTANDSAANVRAAG_VASTLEGGEN, "bijstandAangevraagd", "nee",
                "redenGeenBijstand", "Werkt");
        runDueJobs(caseNumber);
    }

    /** The brede intake planned and held on the day given: schooled and literate, no follow-up talk. */
    public void holdBredeIntake(String caseNumber, Team team, LocalDate heldOn) {
        consulent(caseNumber, team, BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN, "intakeGesprekDatum",
                heldOn.toString(), "intakeGesprekLocatie", "Gemeentehuis", "intakeTolk", "nee");
        consulent(caseNumber, team, BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_VOEREN, "intakeVerschenen", "ja",
                "intakeGehoudenOp", heldOn.toString(), "tolkGebruikt", "nee", "opleiding", "Middelbare school",
                "jarenScholing", 10L, "werkervaring", "Winkel", "gezondheid", "Goed", "traumaSignalen", "nee", "gezin",
                "Gehuwd", "financien", "Geen schulden", "geletterdheid", "GEALFABETISEERD", "motivatieEnDoelen",
                "Werk vinden", "studiewens", "nee", "beperkingZichtOfGehoor", "nee", "vervolggesprekNodig", "nee");
        runDueJobs(caseNumber);
        if (hasTask(caseNumber, BredeIntakeEnPipProcess.TASK_TOETS_PLANNEN)) {
            consulent(caseNumber, team, BredeIntakeEnPipProcess.TASK_TOETS_PLANNEN, "toetsDatum", heldOn.toString(),
                    "toetsLocatie", "Gemeentehuis", "toetsBegeleider", "J. de Boer (gecertificeerd)");
            engine.getRuntimeService()
                    .createMessageCorrelation(BredeIntakeEnPipProcess.MESSAGE_UITSLAG_LEERBAARHEIDSTOETS)
                    .processInstanceBusinessKey(caseNumber)
                    .setVariable("leerbaarheidstoetsUitslag", "B1-route haalbaar").correlate();
        }
    }

    /**
     * The demo cases' taalaanbieder: "Taalcentrum West-Friesland (demo)", DUO's instellingsnummer in the simulator's
     * list ({@code SimulatedInstellingen}), contracted for the B1-route by every demo gemeente ({@code demo.DemoContracts}).
     */
    public static final String DEMO_PROVIDER = "DEMO000001";

    /** The PIP of the B1-route drafted by the consulent and approved by the coordinator with the dagtekening given. */
    public void approvePip(String caseNumber, Team team, LocalDate dagtekening) {
        consulent(caseNumber, team, BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN, "leerroute", "B1_ROUTE", "niveau", "B1",
                "afwijkingReden", "Afweging van de consulent", "taalaanbieder", DEMO_PROVIDER, "alfabetisering", "NVT",
                "magOpleidingAfmaken", false, "mapAanbieder", "Werkplein", "pvtAanbieder", "Vluchtelingenwerk",
                "begeleidingAfspraken", "Maandelijks gesprek", "participatieAfspraken", "Vrijwilligerswerk",
                "duurMaanden", 36L, "aanbodDatum", dagtekening.toString(), "aanbodStartdatum",
                dagtekening.plusDays(14).toString(), "aanbodEinddatum", dagtekening.plusYears(1).toString());
        complete(caseNumber, team.coordinator(), "coordinatoren", team.gemeente(),
                BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN, "pipBesluit", "GOEDKEUREN", "pipDagtekening",
                dagtekening.toString());
        runDueJobs(caseNumber);
    }

    /** A progress talk of schakel 4 held on the day given: going well, no PIP change, nothing culpable. */
    public void holdProgressTalk(String caseNumber, Team team, LocalDate heldOn) {
        consulent(caseNumber, team, InburgerenProcess.TASK_VOORTGANGSGESPREK_VOEREN, "voortgangsgesprekDatum",
                heldOn.toString(), "voortgangTaal", "Gaat goed", "voortgangParticipatie", "Vrijwilligerswerk",
                "werkContact", "ja", "voortgangAfspraken", "Examens plannen", "pipWijzigingNodig", "nee",
                "verplichtingenVerwijtbaarNietNagekomen", "nee");
        runDueJobs(caseNumber);
    }

    /** DUO's decision that the obligation is met (SS106), then the completion talk: after-care begins. */
    public void completeWithAfterCare(String caseNumber, Team team, LocalDate duoDecidedOn) {
        engine.getRuntimeService().createMessageCorrelation(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN)
                .processInstanceBusinessKey(caseNumber)
                .setVariables(vars("duoGebeurtenis", "SS106", "duoBesluitDatum", duoDecidedOn.toString())).correlate();
        // the asynchronous step that withdraws the Inburgeringsaanbod at DUO comes before schakel 5
        runDueJobs(caseNumber);
        consulent(caseNumber, team, AfrondenEnNazorgProcess.TASK_INBURGERING_AFRONDEN, "uitstroom", "BETAALD_WERK",
                "uitstroomToelichting", "Werkt in de zorg");
        runDueJobs(caseNumber);
    }

    /**
     * Runs what is due now of the case: its asynchronous steps and the timers whose time has come (a clock whose
     * due day lies in the past is breached, and its escalation task created), as the job executor would. A job the
     * job executor took meanwhile is left to it.
     */
    public void runDueJobs(String caseNumber) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = dueJobs(caseNumber);
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    engine.getManagementService().executeJob(job.getId());
                } catch (ProcessEngineException takenOrFailed) {
                    // the job executor ran it first, or it failed and waits for its retry like any other job
                }
            }
        }
    }

    public boolean hasTask(String caseNumber, String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskDefinitionKey).count() > 0;
    }

    private List<Job> dueJobs(String caseNumber) {
        var ids = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
                .stream().map(ProcessInstance::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return engine.getManagementService().createJobQuery().processInstanceIds(Set.copyOf(ids)).active()
                .withRetriesLeft().list().stream()
                .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
                .toList();
    }

    private void consulent(String caseNumber, Team team, String taskDefinitionKey, Object... variables) {
        complete(caseNumber, team.consulent(), "consulenten", team.gemeente(), taskDefinitionKey, variables);
    }

    /**
     * Completes the one open task as the user. The job executor runs alongside (it starts before the application is
     * ready): a task its asynchronous step is still creating is waited for a moment, and a completion that met its
     * concurrent change is tried again.
     */
    private void complete(String caseNumber, String user, String group, String gemeente, String taskDefinitionKey,
            Object... variables) {
        for (int attempt = 1; ; attempt++) {
            List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                    .taskDefinitionKey(taskDefinitionKey).list();
            if (tasks.size() != 1) {
                if (attempt >= ATTEMPTS) {
                    throw new IllegalStateException("Demozaak " + caseNumber + ": verwacht één open taak "
                            + taskDefinitionKey + ", gevonden " + tasks.size());
                }
                runDueJobs(caseNumber);
                pause();
                continue;
            }
            engine.getIdentityService().setAuthentication(user, List.of(group), List.of(gemeente));
            try {
                engine.getTaskService().complete(tasks.get(0).getId(), vars(variables));
                return;
            } catch (OptimisticLockingException concurrentChange) {
                if (attempt >= ATTEMPTS) {
                    throw concurrentChange;
                }
                pause();
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demozaken onderbroken", e);
        }
    }

    private static Map<String, Object> vars(Object... keyValues) {
        var variables = new HashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], keyValues[i + 1]);
        }
        return variables;
    }
}
