package nl.inburgeringsregie.models;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_BEOORDELEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN;
import static nl.inburgeringsregie.termijn.Clocks.breachTimer;
import static nl.inburgeringsregie.termijn.Clocks.reminderTask;
import static nl.inburgeringsregie.termijn.Clocks.reminderTimer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.support.TestProviders;
import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.models.migration.MigrationReport;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ModelChanges;
import nl.inburgeringsregie.support.ModelFolder;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;

/**
 * The analist's whole change while cases run (docs/analist.md, "Een stap toevoegen terwijl zaken wachten"): a
 * step is added to the PIP subprocess and deployed, the dry run reports which cases can move and where they
 * wait, and the confirmed migration moves them to the new version with their variables and clocks — a clock's
 * reminder that already fired does not fire again — so they then take the new step with its new form.
 */
class ModelMigrationTest extends ScenarioTest {

    private static final String PROCESS = BredeIntakeEnPipProcess.PROCESS_ID;

    @Autowired
    ModelDeployer deployer;

    @TempDir
    Path folder;

    private CaseDriver drafting;
    private CaseDriver reminded;
    private CaseDriver planning;

    @BeforeEach
    void threeCasesWaitInSchakel3() {
        drafting = caseAtPipDraft();
        reminded = caseAtPipDraft();
        engine.getManagementService().executeJob(reminded.timer(reminderTimer("PIP")).getId());
        planning = register();
        assertThat(reminded.hasTask(reminderTask("PIP"))).isTrue();
        assertThat(planning.hasTask(TASK_INTAKEGESPREK_PLANNEN)).isTrue();
    }

    @AfterEach
    void projectModelsAreTheLatestAgain() {
        deployer.deploy();
    }

    @Test
    void aStepAddedToThePipSubprocessReachesTheCasesWaitingInIt() {
        String oldDefinition = schakel3(drafting).getProcessDefinitionId();
        int oldVersion = engine.getRepositoryService().getProcessDefinition(oldDefinition).getVersion();
        Map<String, Map<String, Object>> variablesBefore = variables();
        Map<String, Map<String, Date>> timersBefore = Map.of(drafting.caseNumber(), timers(drafting),
                reminded.caseNumber(), timers(reminded), planning.caseNumber(), timers(planning));
        String reminderTaskId = reminded.task(reminderTask("PIP")).getId();
        long onOldVersion = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(oldDefinition).count();

        var deployment = deployer.deploy(ModelChanges.addDiscussionStepToThePip(ModelFolder.copyOfProjectModels(folder)).files());

        int newVersion = deployment.versies().get(PROCESS);
        assertThat(deployment.nieuw()).isTrue();
        assertThat(newVersion).isGreaterThan(oldVersion);
        assertThat(schakel3(drafting).getProcessDefinitionId()).as("running cases keep their version").isEqualTo(oldDefinition);
        assertThatThrownBy(() -> drafting.as("analist", "analisten", () -> engine.getRuntimeService()
                .newMigration(engine.getRuntimeService().createMigrationPlan(oldDefinition, engine.getRepositoryService()
                        .createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult().getId())
                        .mapEqualActivities().build())
                .processInstanceIds(schakel3(drafting).getId()).execute()))
                .as("not around the dry run and the repairs through Camunda's own API")
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);

        ResponseEntity<MigrationReport> asked = rest.withBasicAuth("analist", "demo").postForEntity(
                "/api/modellen/migraties", Map.of("proces", PROCESS, "vanVersie", oldVersion), MigrationReport.class);

        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(asked.getHeaders().getLocation()).hasToString("/api/modellen/migraties/" + asked.getBody().id());
        MigrationReport plan = asked.getBody();
        assertThat(plan.van().versie()).isEqualTo(oldVersion);
        assertThat(plan.naar().versie()).as("the newest version by default").isEqualTo(newVersion);
        assertThat(plan.nieuwInVersie()).extracting(MigrationReport.Activiteit::id, MigrationReport.Activiteit::naam)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ModelChanges.NEW_STEP, ModelChanges.NEW_STEP_NAME));
        assertThat(plan.nietGekoppeld()).as("every activity of the old version has its counterpart").isEmpty();
        assertThat(plan.koppelingen()).contains(new MigrationReport.Koppeling(TASK_PIP_OPSTELLEN, "PIP opstellen", TASK_PIP_OPSTELLEN,
                ModelChanges.RENAMED_DRAFT, false));
        assertThat(plan.wachtend()).filteredOn(waiting -> waiting.activiteit().equals(TASK_PIP_OPSTELLEN)).singleElement()
                .satisfies(waiting -> {
                    assertThat(waiting.zaken()).isGreaterThanOrEqualTo(2);
                    assertThat(waiting.gekoppeld()).isTrue();
                });

        MigrationReport dryRun = awaitStatus(plan.id(), "PROEF_GEREED");

        assertThat(dryRun.proef().zaken()).as("every case on the old version").isEqualTo(onOldVersion);
        assertThat(dryRun.proef().gelukt()).isEqualTo(onOldVersion);
        assertThat(dryRun.migratie().zaken()).isZero();
        assertThat(zaak(dryRun, drafting).wachtOp()).containsExactly("PIP opstellen");
        assertThat(zaak(dryRun, reminded).wachtOp()).containsExactlyInAnyOrder("PIP opstellen", "Herinnering: termijn PIP verloopt");
        assertThat(zaak(dryRun, planning).wachtOp()).containsExactly("Intakegesprek plannen");
        assertThat(List.of(zaak(dryRun, drafting), zaak(dryRun, reminded), zaak(dryRun, planning)))
                .allSatisfy(zaak -> assertThat(zaak.proef()).isEqualTo("KAN"));
        assertThat(schakel3(drafting).getProcessDefinitionId()).as("a dry run changes nothing").isEqualTo(oldDefinition);
        assertThat(variables()).isEqualTo(variablesBefore);
        assertThat(timers(reminded)).isEqualTo(timersBefore.get(reminded.caseNumber()));

        var confirmed = rest.withBasicAuth("analist", "demo").postForEntity(
                "/api/modellen/migraties/" + plan.id() + "/bevestiging", null, MigrationReport.class);
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        MigrationReport migrated = awaitStatus(plan.id(), "GEREED");

        assertThat(migrated.migratie().gelukt()).isEqualTo(onOldVersion);
        assertThat(migrated.migratie().nietGelukt()).isZero();
        assertThat(migrated.bevestigdDoor()).isEqualTo("analist");
        String newDefinition = plan.naar().definitieId();
        for (CaseDriver aCase : List.of(drafting, reminded, planning)) {
            assertThat(zaak(migrated, aCase).migratie()).isEqualTo("GEMIGREERD");
            assertThat(schakel3(aCase).getProcessDefinitionId()).isEqualTo(newDefinition);
            assertThat(timers(aCase)).as("the clocks of %s keep their dates", aCase.caseNumber())
                    .isEqualTo(timersBefore.get(aCase.caseNumber()));
        }
        assertThat(variables()).as("no variable lost or changed").isEqualTo(variablesBefore);
        assertThat(reminded.hasTimer(reminderTimer("PIP"))).as("the reminder that fired is not set again").isFalse();
        assertThat(reminded.hasTimer(breachTimer("PIP"))).isTrue();
        assertThat(reminded.task(reminderTask("PIP")).getId()).as("the open reminder stays").isEqualTo(reminderTaskId);
        assertThat(drafting.task(TASK_PIP_OPSTELLEN).getName()).as("the open task has its new name")
                .isEqualTo(ModelChanges.RENAMED_DRAFT);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(oldDefinition).count())
                .isZero();

        drafting.complete(TASK_PIP_OPSTELLEN, "consulent", "consulenten", pipDraft());
        var discussion = drafting.task(ModelChanges.NEW_STEP);
        assertThat(discussion.getAssignee()).as("the case's consulent").isEqualTo("consulent");
        assertThat(formOf(discussion.getId())).as("the new step shows the new form").contains("\"id\": \"pip-bespreken\"");
        drafting.consulent(ModelChanges.NEW_STEP, "pipBesprokenOp", TestDates.today().toString(), "pipReactieInburgeraar",
                "Akkoord");
        assertThat(drafting.hasTask(TASK_PIP_BEOORDELEN)).isTrue();
    }

    @Test
    void aCaseWaitingAtARenamedActivityMovesOnlyWithAnInstruction() {
        String oldDefinition = schakel3(planning).getProcessDefinitionId();
        int oldVersion = engine.getRepositoryService().getProcessDefinition(oldDefinition).getVersion();
        deployer.deploy(ModelChanges.renameIntakePlanning(ModelFolder.copyOfProjectModels(folder)).files());

        var withoutInstruction = ask(Map.of("proces", PROCESS, "vanVersie", oldVersion));

        assertThat(withoutInstruction.nietGekoppeld()).extracting(MigrationReport.Activiteit::id).containsExactly(TASK_INTAKEGESPREK_PLANNEN);
        assertThat(withoutInstruction.nieuwInVersie()).extracting(MigrationReport.Activiteit::id)
                .containsExactly("Task_IntakePlannen");
        assertThat(withoutInstruction.wachtend()).filteredOn(waiting -> waiting.activiteit().equals(TASK_INTAKEGESPREK_PLANNEN))
                .singleElement().satisfies(waiting -> assertThat(waiting.gekoppeld()).isFalse());
        MigrationReport dryRun = awaitStatus(withoutInstruction.id(), "PROEF_GEREED");
        var refused = zaak(dryRun, planning);
        assertThat(refused.proef()).isEqualTo("KAN_NIET");
        assertThat(refused.proefMelding()).isEqualTo("Wacht op 'Intakegesprek plannen': de nieuwe versie heeft geen "
                + "gekoppelde activiteit; laat de activiteit staan of koppel haar met een instructie");
        assertThat(zaak(dryRun, drafting).proef()).isEqualTo("KAN");
        assertThat(dryRun.proef().nietGelukt()).isGreaterThanOrEqualTo(1);
        var onlyRefused = get(withoutInstruction.id(), "?uitkomst=KAN_NIET").getBody();
        assertThat(onlyRefused.zaken()).extracting(MigrationReport.Zaak::zaaknummer).contains(planning.caseNumber())
                .doesNotContain(drafting.caseNumber());
        rest.withBasicAuth("analist", "demo").postForEntity("/api/modellen/migraties/" + withoutInstruction.id()
                + "/bevestiging", null, MigrationReport.class);
        MigrationReport partly = awaitStatus(withoutInstruction.id(), "GEREED");
        assertThat(zaak(partly, planning).migratie()).isEqualTo("MISLUKT");
        assertThat(zaak(partly, planning).migratieMelding()).isEqualTo(refused.proefMelding());
        assertThat(zaak(partly, drafting).migratie()).as("one case that cannot move holds up no other").isEqualTo("GEMIGREERD");
        assertThat(partly.toelichting()).isEqualTo("Gereed; zaken die niet konden, staan nog op versie " + oldVersion
                + " (uitkomst MISLUKT)");
        assertThat(schakel3(planning).getProcessDefinitionId()).isEqualTo(oldDefinition);
        assertThat(schakel3(drafting).getProcessDefinitionId()).isNotEqualTo(oldDefinition);

        var withInstruction = ask(Map.of("proces", PROCESS, "vanVersie", oldVersion, "instructies",
                List.of(Map.of("van", TASK_INTAKEGESPREK_PLANNEN, "naar", "Task_IntakePlannen"))));
        assertThat(withInstruction.nietGekoppeld()).isEmpty();
        assertThat(zaak(awaitStatus(withInstruction.id(), "PROEF_GEREED"), planning).proef()).isEqualTo("KAN");
        rest.withBasicAuth("analist", "demo").postForEntity("/api/modellen/migraties/" + withInstruction.id()
                + "/bevestiging", null, MigrationReport.class);
        assertThat(zaak(awaitStatus(withInstruction.id(), "GEREED"), planning).migratie()).isEqualTo("GEMIGREERD");

        assertThat(planning.hasTask("Task_IntakePlannen")).isTrue();
        planning.consulent("Task_IntakePlannen", "intakeGesprekDatum", TestDates.today().toString(),
                "intakeGesprekLocatie", "Gemeentehuis", "intakeTolk", "nee");
        assertThat(planning.hasTask(BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_VOEREN)).isTrue();
    }

    @Test
    void withEventTriggersUpdatedTheClocksAreComputedAgainFromTheCaseFile() {
        int oldVersion = engine.getRepositoryService().getProcessDefinition(schakel3(drafting).getProcessDefinitionId())
                .getVersion();
        Map<String, Date> timersBefore = timers(planning);
        deployer.deploy(ModelChanges.addDiscussionStepToThePip(ModelFolder.copyOfProjectModels(folder)).files());

        MigrationReport plan = ask(Map.of("proces", PROCESS, "vanVersie", oldVersion, "gebeurtenissenBijwerken", true));

        assertThat(plan.gebeurtenissenBijwerken()).isTrue();
        assertThat(plan.koppelingen()).filteredOn(coupling -> coupling.van().startsWith("TimerStart_"))
                .isNotEmpty().allMatch(MigrationReport.Koppeling::gebeurtenisBijwerken);
        assertThat(plan.koppelingen()).filteredOn(coupling -> coupling.van().equals(TASK_PIP_OPSTELLEN))
                .noneMatch(MigrationReport.Koppeling::gebeurtenisBijwerken);
        awaitStatus(plan.id(), "PROEF_GEREED");
        rest.withBasicAuth("analist", "demo").postForEntity("/api/modellen/migraties/" + plan.id() + "/bevestiging", null,
                MigrationReport.class);
        assertThat(zaak(awaitStatus(plan.id(), "GEREED"), planning).migratie()).isEqualTo("GEMIGREERD");

        assertThat(timers(planning)).as("the dates come from the case's deadlines, so they stay").isEqualTo(timersBefore);
        assertThat(reminded.hasTimer(reminderTimer("PIP"))).as("a fired reminder is still not set again").isFalse();
    }

    private MigrationReport ask(Map<String, Object> request) {
        var answer = rest.withBasicAuth("analist", "demo").postForEntity("/api/modellen/migraties", request,
                MigrationReport.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return answer.getBody();
    }

    private MigrationReport awaitStatus(long id, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> get(id, "").getBody().status(), status::equals);
        return get(id, "?aantal=1000").getBody();
    }

    private ResponseEntity<MigrationReport> get(long id, String query) {
        return rest.withBasicAuth("analist", "demo").getForEntity("/api/modellen/migraties/" + id + query,
                MigrationReport.class);
    }

    private static MigrationReport.Zaak zaak(MigrationReport report, CaseDriver aCase) {
        return report.zaken().stream().filter(zaak -> aCase.caseNumber().equals(zaak.zaaknummer())).findFirst()
                .orElseThrow(() -> new AssertionError(aCase.caseNumber() + " is not in the report"));
    }

    private CaseDriver register() {
        CaseDriver aCase = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        aCase.completeWarmeOverdracht(BRP, false);
        return aCase;
    }

    private CaseDriver caseAtPipDraft() {
        CaseDriver aCase = register();
        aCase.holdBredeIntake(CaseDriver.Intake.B1_HAALBAAR);
        aCase.planLeerbaarheidstoets();
        aCase.correlate(BredeIntakeEnPipProcess.MESSAGE_UITSLAG_LEERBAARHEIDSTOETS, "leerbaarheidstoetsUitslag", "B1-route haalbaar");
        assertThat(aCase.hasTask(TASK_PIP_OPSTELLEN)).isTrue();
        return aCase;
    }

    private ProcessInstance schakel3(CaseDriver aCase) {
        return aCase.instance(PROCESS);
    }

    /** Every variable of the three cases' schakel 3, in every scope: variable instance → name and value. */
    private Map<String, Map<String, Object>> variables() {
        Map<String, Map<String, Object>> variables = new TreeMap<>();
        for (CaseDriver aCase : List.of(drafting, reminded, planning)) {
            Map<String, Object> values = new TreeMap<>();
            engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(schakel3(aCase).getId()).list()
                    // a Json variable (the PIP forms' taalaanbieders) compares by its text: Spin's nodes have no equals
                    .forEach(variable -> values.put(variable.getId() + " " + variable.getName(),
                            variable.getValue() instanceof org.camunda.spin.json.SpinJsonNode node ? node.toString()
                                    : variable.getValue()));
            variables.put(aCase.caseNumber(), values);
        }
        return variables;
    }

    /** The timers of a case's schakel 3: job id → due date. */
    private Map<String, Date> timers(CaseDriver aCase) {
        Map<String, Date> timers = new TreeMap<>();
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(schakel3(aCase).getId()).timers()
                .list()) {
            timers.put(job.getId(), job.getDuedate());
        }
        return timers;
    }

    private String formOf(String taskId) {
        try (var form = engine.getFormService().getDeployedTaskForm(taskId)) {
            return new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> pipDraft() {
        return CaseDriver.vars("leerroute", "B1_ROUTE", "niveau", "B1", "taalaanbieder", TestProviders.PROVIDER, "alfabetisering",
                "NVT", "magOpleidingAfmaken", false, "pvtAanbieder", "Vluchtelingenwerk", "mapAanbieder", "Werkplein",
                "begeleidingAfspraken", "Maandelijks gesprek", "participatieAfspraken", "Vrijwilligerswerk",
                "duurMaanden", 36L, "aanbodDatum", CaseDriver.today().toString(),
                "aanbodStartdatum", CaseDriver.today().plusDays(14).toString(),
                "aanbodEinddatum", CaseDriver.today().plusYears(1).toString());
    }
}
