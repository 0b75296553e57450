package nl.inburgeringsregie.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.models.gate.ModelQualityGate;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ModelFolder;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * The analisten's API for models: only analisten, the overview, the gate, a redeploy (201 new, 200 unchanged,
 * 422 with the findings and nothing deployed), and every rule of a migration request with a Dutch message per
 * field (400), Camunda's refusal of a plan (422), an unknown migration (404) and a confirmation out of turn (409).
 */
class ModelApiTest extends ScenarioTest {

    private static final String PROCESS = BredeIntakeEnPipProcess.PROCESS_ID;

    @Autowired
    ModelDeployer deployer;
    @Autowired
    ModelCatalog catalog;
    @Autowired
    ModelQualityGate gate;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;

    @TempDir
    Path folder;

    private static final String HOORN_ANALIST = "analisthoorn";
    private int newest;

    @BeforeEach
    void aSecondVersionOfEveryModel() {
        if (identityService.createUserQuery().userId(HOORN_ANALIST).count() == 0) {
            var user = identityService.newUser(HOORN_ANALIST);
            user.setFirstName("Hanna");
            user.setLastName("Hoorn");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(HOORN_ANALIST, "analisten");
            identityService.createTenantUserMembership("GM0405", HOORN_ANALIST);
        }
        deployer.deploy(ModelFolder.copyOfProjectModels(folder).edit("forms/pip-beoordelen.form",
                json -> json.replace("\"label\": \"Besluit\"", "\"label\": \"Besluit van de coördinator\"")).files());
        deployer.deploy();
        newest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion()
                .singleResult().getVersion();
    }

    @AfterEach
    void projectModelsAreTheLatest() {
        deployer.deploy();
    }

    @Test
    void onlyAnalistenUseTheModelApi() {
        for (String path : List.of("/api/modellen", "/api/modellen/controle", "/api/modellen/migraties")) {
            assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            for (String user : List.of("consulent", "coordinator", "admin")) {
                assertThat(rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode())
                        .as(user + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(rest.withBasicAuth("consulent", "demo").postForEntity("/api/modellen/deployments", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("coordinator", "demo").postForEntity("/api/modellen/migraties",
                Map.of("proces", PROCESS, "vanVersie", 1), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theOverviewShowsEveryVersionWithItsRunningCases() {
        JsonNode overview = analist().getForObject("/api/modellen", JsonNode.class);

        JsonNode pip = find(overview.path("processen"), "proces", PROCESS);
        assertThat(pip.path("naam").asText()).isEqualTo("Brede intake en PIP (schakel 3)");
        assertThat(pip.path("versies").get(0).path("versie").asInt()).as("newest first").isEqualTo(newest);
        assertThat(pip.path("versies").size()).isGreaterThanOrEqualTo(2);
        long running = 0;
        for (JsonNode version : pip.path("versies")) {
            running += version.path("lopend").asLong();
        }
        assertThat(running).isEqualTo(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count());
        assertThat(overview.path("laatsteDeployment").asText()).isNotBlank();
        String deployed = overview.path("gedeployd").asText();
        assertThat(java.time.OffsetDateTime.parse(deployed).getOffset()).as(deployed + ": in Dutch time, not UTC")
                .isEqualTo(java.time.ZoneId.of("Europe/Amsterdam").getRules().getOffset(java.time.Instant.parse(
                        java.time.OffsetDateTime.parse(deployed).toInstant().toString())));
    }

    @Test
    void theGateAndAnUnchangedRedeploy() {
        JsonNode check = analist().getForObject("/api/modellen/controle", JsonNode.class);
        assertThat(check.path("inOrde").asBoolean()).isTrue();
        assertThat(check.path("bevindingen")).isEmpty();
        assertThat(check.path("bestanden").asInt()).isGreaterThan(40);

        ResponseEntity<JsonNode> redeploy = analist().postForEntity("/api/modellen/deployments", null, JsonNode.class);
        assertThat(redeploy.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(redeploy.getBody().path("nieuw").asBoolean()).isFalse();
        assertThat(redeploy.getBody().path("versies").path(PROCESS).asInt()).isEqualTo(newest);
    }

    @Test
    void aRedeployOfChangedModelsGives201AndOfRefusedModels422WithNothingDeployed() throws Exception {
        var models = ModelFolder.copyOfProjectModels(folder.resolve("gewijzigd")).edit("forms/pip-beoordelen.form",
                json -> json.replace("\"label\": \"Besluit\"", "\"label\": \"Uw besluit\""));
        MockMvc mvc = mvcOn(models.root());

        mvc.perform(post("/api/modellen/deployments").principal(() -> "analist"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nieuw").value(true))
                .andExpect(jsonPath("$.versies['" + PROCESS + "']").value(newest + 1));

        models.edit("processes/brede-intake-en-pip.bpmn",
                xml -> xml.replace("camunda:formRef=\"pip-opstellen\" camunda:formRefBinding=\"deployment\" ", ""));
        long versions = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count();
        mvc.perform(post("/api/modellen/deployments").principal(() -> "analist"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("Modellen afgekeurd"))
                .andExpect(jsonPath("$.bevindingen[0].bestand").value("processes/brede-intake-en-pip.bpmn"))
                .andExpect(jsonPath("$.bevindingen[0].element").value(BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN))
                .andExpect(jsonPath("$.bevindingen[0].melding").value(org.hamcrest.Matchers.startsWith(
                        "De gebruikerstaak heeft geen formulier")));
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count())
                .isEqualTo(versions);
    }

    @Test
    void aMigrationRequestNamesEveryWrongField() {
        long runsBefore = jdbc.sql("SELECT COUNT(*) FROM model_migration").query(Long.class).single();
        assertThat(fields(ask(Map.of()))).containsOnlyKeys("proces", "vanVersie")
                .containsEntry("proces", "Vul het proces in (zijn id, bijvoorbeeld brede-intake-en-pip)")
                .containsEntry("vanVersie", "Vul de versie in waarop de zaken nu lopen");
        assertThat(fields(ask(Map.of("proces", "bestaat-niet", "vanVersie", 1))))
                .containsExactly(Map.entry("proces", "Onbekend proces 'bestaat-niet'"));
        assertThat(fields(ask(Map.of("proces", PROCESS, "vanVersie", 999, "naarVersie", 998)))).containsOnly(
                Map.entry("vanVersie", "Proces '" + PROCESS + "' heeft geen versie 999"),
                Map.entry("naarVersie", "Proces '" + PROCESS + "' heeft geen versie 998"));
        assertThat(fields(ask(Map.of("proces", PROCESS, "vanVersie", newest)))).containsExactly(Map.entry("naarVersie",
                "Versie " + newest + " is al de nieuwste versie; kies een andere versie om naartoe te migreren"));
        assertThat(fields(ask(Map.of("proces", PROCESS, "vanVersie", newest - 1, "instructies",
                List.of(Map.of("van", "Task_Bestaatniet", "naar", "Task_OokNiet"), Map.of("van", BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN))))))
                .containsOnly(Map.entry("instructies[0].van", "Activiteit 'Task_Bestaatniet' bestaat niet in versie " + (newest - 1)),
                        Map.entry("instructies[0].naar", "Activiteit 'Task_OokNiet' bestaat niet in versie " + newest),
                        Map.entry("instructies[1]", "Een instructie heeft 'van' en 'naar' (ids van activiteiten)"));
        assertThat(fields(ask(Map.of("proces", PROCESS, "vanVersie", "drie"))))
                .containsKey("vanVersie");
        assertThat(fields(ask(Map.of("proces", PROCESS, "vanVersie", newest - 1, "snel", true))))
                .containsExactly(Map.entry("snel", "Onbekend veld"));
        assertThat(fields(ask(Map.of("proces", PROCESS, "vanVersie", 0, "naarVersie", -3)))).containsOnly(
                Map.entry("vanVersie", "Een versie is 1 of hoger"), Map.entry("naarVersie", "Een versie is 1 of hoger"));
        var tooMany = java.util.stream.IntStream.range(0, 201)
                .mapToObj(i -> Map.of("van", BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN, "naar", BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN)).toList();
        assertThat(fields(ask(Map.of("proces", PROCESS, "vanVersie", newest - 1, "instructies", tooMany))))
                .containsExactly(Map.entry("instructies", "Hoogstens 200 instructies; de rest koppelt zich op gelijke id"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM model_migration").query(Long.class).single()).as("nothing was stored")
                .isEqualTo(runsBefore);
    }

    @Test
    void aPathOrPageThatIsNoNumberIsRefusedInDutch() {
        assertThat(fields(analist().getForEntity("/api/modellen/migraties/abc", JsonNode.class)))
                .containsExactly(Map.entry("id", "Ongeldige waarde 'abc'; verwacht een getal"));
        long id = ask(Map.of("proces", PROCESS, "vanVersie", newest - 1)).getBody().path("id").asLong();
        assertThat(fields(analist().getForEntity("/api/modellen/migraties/" + id + "?pagina=2147483647", JsonNode.class)))
                .containsExactly(Map.entry("pagina", "De pagina is 0 tot en met 1000000"));
        assertThat(fields(analist().getForEntity("/api/modellen/migraties/" + id + "?aantal=veel", JsonNode.class)))
                .containsExactly(Map.entry("aantal", "Ongeldige waarde 'veel'; verwacht een getal"));
    }

    @Test
    void theOverviewCountsOpenIncidents() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        var instance = driver.main();
        var incident = runtimeService.createIncident("modeltest",
                driver.task(nl.inburgeringsregie.zaak.process.InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN).getExecutionId(), "proef");
        try {
            JsonNode versions = find(analist().getForObject("/api/modellen", JsonNode.class).path("processen"), "proces",
                    "inburgering").path("versies");

            assertThat(find(versions, "definitieId", instance.getProcessDefinitionId()).path("incidenten").asInt())
                    .isGreaterThanOrEqualTo(1);
        } finally {
            runtimeService.resolveIncident(incident.getId());
        }
    }

    @Test
    void anAnalistSeesAndMigratesTheCasesOfTheirOwnGemeentenOnly() {
        var hoorn = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT, "GM0405"));
        var hogeland = CaseDriver.register(engine, aanmeldingen,
                Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT, "GM1966"));
        String old = hoorn.main().getProcessDefinitionId();
        int oldVersion = repositoryService.getProcessDefinition(old).getVersion();
        deployer.deploy(ModelFolder.copyOfProjectModels(folder.resolve("nieuw")).edit("forms/brp-inschrijving.form",
                json -> json.replace("\"schemaVersion\": 16", "\"schemaVersion\": 16, \"description\": \"nieuw\"")).files());
        var hoornAnalist = rest.withBasicAuth(HOORN_ANALIST, "demo");

        long own = hoornAnalist.postForEntity("/api/modellen/migraties", Map.of("proces", "inburgering", "vanVersie",
                oldVersion), JsonNode.class).getBody().path("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> statusAs(hoornAnalist, own), "PROEF_GEREED"::equals);
        JsonNode seenByHoorn = hoornAnalist.getForObject("/api/modellen/migraties/" + own + "?aantal=1000", JsonNode.class);
        assertThat(zaaknummers(seenByHoorn)).contains(hoorn.caseNumber()).doesNotContain(hogeland.caseNumber());
        assertThat(texts(seenByHoorn.path("zaken"), "gemeente")).containsOnly("GM0405");
        assertThat(seenByHoorn.path("gemeenten").toString()).isEqualTo("[\"GM0405\"]");
        hoornAnalist.postForEntity("/api/modellen/migraties/" + own + "/bevestiging", null, JsonNode.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> statusAs(hoornAnalist, own), "GEREED"::equals);
        assertThat(hoorn.main().getProcessDefinitionId()).isNotEqualTo(old);
        assertThat(hogeland.main().getProcessDefinitionId()).as("not a case of the analist's gemeenten").isEqualTo(old);

        long all = ask(Map.of("proces", "inburgering", "vanVersie", oldVersion)).getBody().path("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> migrationStatus(all), "PROEF_GEREED"::equals);
        assertThat(zaaknummers(analist().getForObject("/api/modellen/migraties/" + all + "?aantal=1000", JsonNode.class)))
                .contains(hogeland.caseNumber());
        assertThat(zaaknummers(hoornAnalist.getForObject("/api/modellen/migraties/" + all + "?aantal=1000", JsonNode.class)))
                .doesNotContain(hogeland.caseNumber());
        ResponseEntity<JsonNode> notAll = hoornAnalist.postForEntity("/api/modellen/migraties/" + all + "/bevestiging", null,
                JsonNode.class);
        assertThat(notAll.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(notAll.getBody().path("detail").asText()).startsWith("Deze migratie geldt ook voor gemeenten waarvoor u "
                + "niet werkt (");
        ResponseEntity<JsonNode> notReplaced = hoornAnalist.postForEntity("/api/modellen/migraties",
                Map.of("proces", "inburgering", "vanVersie", oldVersion), JsonNode.class);
        assertThat(notReplaced.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notReplaced.getBody().path("detail").asText()).isEqualTo("Migratie " + all + " van inburgering versie "
                + oldVersion + " wacht op bevestiging door analist en geldt ook voor gemeenten waarvoor u niet werkt");

        assertThat(ask(Map.of("proces", "inburgering", "vanVersie", oldVersion)).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(migrationStatus(all)).as("the newer request replaced the unconfirmed one").isEqualTo("VERVANGEN");
        assertThat(confirm(all).getBody().path("detail").asText()).isEqualTo("Er is een nieuwere migratie van versie "
                + oldVersion + " aangevraagd; bevestig die");
        JsonNode hoornOverview = hoornAnalist.getForObject("/api/modellen", JsonNode.class);
        JsonNode oldVersionForHoorn = find(find(hoornOverview.path("processen"), "proces", "inburgering").path("versies"),
                "definitieId", old);
        JsonNode oldVersionForAll = find(find(analist().getForObject("/api/modellen", JsonNode.class).path("processen"),
                "proces", "inburgering").path("versies"), "definitieId", old);
        assertThat(oldVersionForHoorn.path("lopend").asLong()).as("counts of their own gemeenten")
                .isLessThan(oldVersionForAll.path("lopend").asLong());
    }

    @Test
    void anInterruptedMigrationIsConfirmedAgainAndAFailingOneIsBrokenOff() {
        long interrupted = ask(Map.of("proces", PROCESS, "vanVersie", newest - 1)).getBody().path("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> migrationStatus(interrupted), "PROEF_GEREED"::equals);
        jdbc.sql("UPDATE model_migration SET status = 'MIGRATIE_BEZIG', heartbeat_at = ? WHERE id = ?")
                .params(java.time.OffsetDateTime.now().minusHours(1), interrupted).update();

        JsonNode report = analist().getForObject("/api/modellen/migraties/" + interrupted, JsonNode.class);
        assertThat(report.path("status").asText()).isEqualTo("ONDERBROKEN");
        assertThat(report.path("toelichting").asText()).endsWith("; bevestig opnieuw om de overige zaken te migreren");
        assertThat(confirm(interrupted).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> migrationStatus(interrupted), "GEREED"::equals);

        deployer.deploy(ModelFolder.copyOfProjectModels(folder.resolve("weg")).edit("forms/pip-beoordelen.form",
                json -> json.replace("\"label\": \"Besluit\"", "\"label\": \"Besluit (weg)\"")).files());
        var target = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult();
        long broken = ask(Map.of("proces", PROCESS, "vanVersie", newest)).getBody().path("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> migrationStatus(broken), "PROEF_GEREED"::equals);
        repositoryService.deleteDeployment(target.getDeploymentId(), true);
        confirm(broken);
        await().atMost(Duration.ofSeconds(30)).until(() -> migrationStatus(broken), "AFGEBROKEN"::equals);

        JsonNode brokenReport = analist().getForObject("/api/modellen/migraties/" + broken, JsonNode.class);
        assertThat(brokenReport.path("toelichting").asText()).startsWith("De migratie stopte: ");
        assertThat(confirm(broken).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }


    @Test
    void aPlanCamundaRefusesIs422WithTheReason() {
        ResponseEntity<JsonNode> refused = ask(Map.of("proces", PROCESS, "vanVersie", newest - 1, "instructies",
                List.of(Map.of("van", BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN, "naar", BredeIntakeEnPipProcess.TIMER_START_HERINNERING_PIP))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().path("title").asText()).isEqualTo("Migratieplan ongeldig");
        assertThat(refused.getBody().path("redenen").get(0).asText()).isEqualTo("Koppeling van 'PIP opstellen' naar "
                + "'TimerStart_Herinnering_PIP': de activiteiten zijn van een ander soort; koppel aan een activiteit van "
                + "hetzelfde soort");
    }

    @Test
    void aMigrationIsConfirmedOnceAfterItsDryRun() {
        ResponseEntity<JsonNode> asked = ask(Map.of("proces", PROCESS, "vanVersie", newest - 1));
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long id = asked.getBody().path("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> migrationStatus(id), "PROEF_GEREED"::equals);

        assertThat(confirm(id).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> migrationStatus(id), "GEREED"::equals);
        ResponseEntity<JsonNode> again = confirm(id);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("detail").asText()).isEqualTo("Deze migratie is al uitgevoerd; vraag een nieuwe "
                + "aan voor de zaken die nog op versie " + (newest - 1) + " staan");
        assertThat(analist().getForEntity("/api/modellen/migraties", JsonNode.class).getBody())
                .anyMatch(run -> run.path("id").asLong() == id && run.path("status").asText().equals("GEREED"));
        assertThat(confirm(987_654).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(analist().getForEntity("/api/modellen/migraties/987654", JsonNode.class).getBody().path("detail")
                .asText()).isEqualTo("Migratie 987654 bestaat niet");
        assertThat(fields(analist().getForEntity("/api/modellen/migraties/" + id + "?pagina=-1&aantal=5000&uitkomst=MISSCHIEN",
                JsonNode.class))).containsOnlyKeys("pagina", "aantal", "uitkomst");
    }

    private MockMvc mvcOn(Path directory) {
        var controller = new ModelController(catalog, new ModelDeployer(repositoryService, gate, directory.toString()), gate);
        return MockMvcBuilders.standaloneSetup(controller).setControllerAdvice(new ModelApiProblems())
                .setCustomArgumentResolvers(new org.springframework.web.method.support.HandlerMethodArgumentResolver() {
                    @Override
                    public boolean supportsParameter(org.springframework.core.MethodParameter parameter) {
                        return parameter.getParameterType().equals(nl.inburgeringsregie.shared.ApiUser.class);
                    }

                    @Override
                    public Object resolveArgument(org.springframework.core.MethodParameter parameter,
                            org.springframework.web.method.support.ModelAndViewContainer container,
                            org.springframework.web.context.request.NativeWebRequest request,
                            org.springframework.web.bind.support.WebDataBinderFactory binders) {
                        return new nl.inburgeringsregie.shared.ApiUser("analist", java.util.Set.of("analisten"),
                                java.util.Set.of());
                    }
                }).build();
    }

    private static String statusAs(TestRestTemplate as, long id) {
        return as.getForObject("/api/modellen/migraties/" + id, JsonNode.class).path("status").asText();
    }

    private String migrationStatus(long id) {
        return analist().getForObject("/api/modellen/migraties/" + id, JsonNode.class).path("status").asText();
    }

    private ResponseEntity<JsonNode> confirm(long id) {
        return analist().postForEntity("/api/modellen/migraties/" + id + "/bevestiging", null, JsonNode.class);
    }

    private ResponseEntity<JsonNode> ask(Map<String, Object> request) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return analist().exchange("/api/modellen/migraties", HttpMethod.POST, new HttpEntity<>(request, headers),
                JsonNode.class);
    }

    private static Map<String, String> fields(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        answer.getBody().path("velden").fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText()));
        return fields;
    }

    private TestRestTemplate analist() {
        return rest.withBasicAuth("analist", "demo");
    }

    private static List<String> zaaknummers(JsonNode report) {
        return texts(report.path("zaken"), "zaaknummer");
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> texts = new java.util.ArrayList<>();
        list.forEach(item -> texts.add(item.path(field).asText()));
        return texts;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new AssertionError(value + " not found");
    }
}
