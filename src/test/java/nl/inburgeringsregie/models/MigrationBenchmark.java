package nl.inburgeringsregie.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.ModelChanges;
import nl.inburgeringsregie.support.ModelFolder;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Benchmark, not a test of speed: 1,000 cases waiting in schakel 3 (intake planning, with two clocks each),
 * the PIP step of docs/analist.md deployed, then the dry run and the migration through the API as the analist
 * (batches of 100, an outcome per case, with the timer clean-up and task names). Beside it, as a baseline in the same run, the bare engine migrating the same cases to
 * a third version in one call per 100 cases. Writes target/benchmark/migratie.txt. Run with
 * {@code ./mvnw -B verify -Pbenchmark -Dtest=MigrationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@IntegrationTest
class MigrationBenchmark {

    private static final int CASES = 1_000;
    private static final String PROCESS = BredeIntakeEnPipProcess.PROCESS_ID;

    @Autowired
    ProcessEngine engine;
    @Autowired
    AanmeldingService aanmeldingen;
    @Autowired
    ModelDeployer deployer;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @AfterEach
    void projectModelsAreTheLatestAgain() {
        deployer.deploy();
    }

    @Test
    void migrateAThousandWaitingCases() throws Exception {
        long startCreating = System.nanoTime();
        String definition = null;
        for (int i = 0; i < CASES; i++) {
            var aCase = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
            aCase.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", TestDates.today().minusDays(2).toString());
            definition = aCase.instance(PROCESS).getProcessDefinitionId();
        }
        double creating = seconds(startCreating);
        int version = engine.getRepositoryService().getProcessDefinition(definition).getVersion();
        long waiting = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definition).count();
        assertThat(waiting).isGreaterThanOrEqualTo(CASES);
        var models = ModelChanges.addDiscussionStepToThePip(ModelFolder.copyOfProjectModels(folder.resolve("v2")));
        deployer.deploy(models.files());

        var analist = rest.withBasicAuth("analist", "demo");
        long startDryRun = System.nanoTime();
        JsonNode asked = analist.postForObject("/api/modellen/migraties", Map.of("proces", PROCESS, "vanVersie", version),
                JsonNode.class);
        long id = asked.path("id").asLong();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(() -> status(id), "PROEF_GEREED"::equals);
        double dryRun = seconds(startDryRun);
        long startMigration = System.nanoTime();
        analist.postForObject("/api/modellen/migraties/" + id + "/bevestiging", null, JsonNode.class);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(() -> status(id), "GEREED"::equals);
        double migration = seconds(startMigration);
        JsonNode report = analist.getForObject("/api/modellen/migraties/" + id + "?aantal=1", JsonNode.class);
        assertThat(report.path("migratie").path("gelukt").asLong()).isEqualTo(waiting);

        String migrated = report.path("naar").path("definitieId").asText();
        deployer.deploy(ModelFolder.copyOfProjectModels(folder.resolve("v3")).files());
        String third = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult().getId();
        var plan = engine.getRuntimeService().createMigrationPlan(migrated, third).mapEqualActivities().build();
        List<String> ids = new ArrayList<>(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionId(migrated).list().stream().map(ProcessInstance::getId).toList());
        long startBare = System.nanoTime();
        for (int from = 0; from < ids.size(); from += 100) {
            engine.getRuntimeService().newMigration(plan).processInstanceIds(ids.subList(from, Math.min(ids.size(), from + 100)))
                    .execute();
        }
        double bare = seconds(startBare);

        String database;
        try (var connection = jdbc.getDataSource().getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }
        String result = String.format(Locale.ROOT, """
                Migratie-benchmark, database %s, %d zaken van %s versie %d (wachtend op "Intakegesprek plannen", twee klokken)
                  zaken aanmaken (aanmelding + BRP-inschrijving): %.1f s (%.0f zaken/s)
                  proefmigratie, porties van 100, teruggedraaid:   %.1f s (%.0f zaken/s)
                  migratie, porties van 100 (uitkomst per zaak):   %.1f s (%.0f zaken/s)
                  kale engine, 100 zaken per aanroep (basislijn):  %.1f s (%.0f zaken/s)
                  verhouding migratie / basislijn:                 %.1f
                """, database, waiting, PROCESS,
                version, creating, CASES / creating, dryRun, waiting / dryRun, migration, waiting / migration, bare,
                ids.size() / bare, migration / bare);
        System.out.println(result);
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "migratie.txt"), result);
    }

    private String status(long id) {
        return rest.withBasicAuth("analist", "demo").getForObject("/api/modellen/migraties/" + id, JsonNode.class)
                .path("status").asText();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
