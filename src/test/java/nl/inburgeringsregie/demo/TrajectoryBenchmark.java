package nl.inburgeringsregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;

import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.platform.camunda.BareModels;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.CaseDriver.Intake;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Benchmark, not a test of speed (issue 22, point 2): persona 2's path (gezinsmigrant, B1-route, completion; as
 * {@code PersonaScenarioTest}) for N cases ({@code -Dtraject.benchmark.cases}, 20) by clock travel, and in the same run a
 * generated bare model ({@link BareModels}) with the counts the real cases' history shows (activity instances, user
 * tasks, timers, asynchronous steps, variable updates), once without and once with that many variables. Then the
 * aanmelding over HTTP as the COA coupling against a bare process start over {@code /engine-rest}. After a warm-up each
 * is measured in rounds ({@code -Dtraject.benchmark.rounds}, 3), interleaved so that the machine's load falls on all
 * alike; the median round counts. The application runs as in production, in a context of its own without
 * process-test-coverage (whose listener reads the process definition, with an authorization check, at every step of
 * an authenticated user, and so costs the real path more than the bare one). Prints and writes target/benchmark/traject.txt. Run with
 * {@code ./mvnw -B verify -Pbenchmark -Dtest=TrajectoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (README).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class TrajectoryBenchmark {

    private static final LocalDate TODAY = TestDates.today();
    private static final LocalDate BRP = TODAY.minusDays(2);

    private static final Logger LOG = LoggerFactory.getLogger(TrajectoryBenchmark.class);
    private static final int CASES = Integer.getInteger("traject.benchmark.cases", 20);
    private static final int ROUNDS = Integer.getInteger("traject.benchmark.rounds", 3);
    private static final int AANMELDINGEN = Integer.getInteger("traject.benchmark.aanmeldingen", 100);
    private static final String BARE = "benchmarkKaalTraject";
    private static final String BARE_START = "benchmarkKaleStart";

    @Autowired
    ProcessEngine engine;
    @Autowired
    AanmeldingService aanmeldingen;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private int bareCases;

    @Test
    void trajectoryAndAanmeldingAgainstTheBareEngine() throws Exception {
        // the real path once, for its counts from the history of one case
        Counts real = counts(runReal(1).get(0));
        var bare = new BareModels.Counts(real.userTasks, real.timersFired, real.timersCreated - real.timersFired,
                real.asyncSteps, Math.max(0, real.activityInstances - real.userTasks - real.timersFired
                        - real.asyncSteps - 2), real.variableUpdates);
        BareModels.deploy(engine, BARE, BareModels.trajectory(BARE, bare));
        BareModels.deploy(engine, BARE_START, BareModels.start(BARE_START));
        String oneBare = runBare(1, bare, true);
        var history = engine.getHistoryService();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(oneBare).count())
                .as("the bare model runs as many steps as the trajectory").isEqualTo(real.activityInstances);
        assertThat(history.createHistoricDetailQuery().variableUpdates().processInstanceId(oneBare).count())
                .as("and writes as many variable updates").isEqualTo(real.variableUpdates);
        // warm-up: a whole round of each, unmeasured (the real path has far more code for the JIT to compile)
        LOG.info("Benchmark: opwarmen");
        runReal(CASES);
        runBare(CASES, bare, false);
        runBare(CASES, bare, true);

        var realMs = new ArrayList<Double>();
        var bareMs = new ArrayList<Double>();
        var bareVarMs = new ArrayList<Double>();
        for (int round = 1; round <= ROUNDS; round++) {
            LOG.info("Benchmark ronde {}: traject echt", round);
            realMs.add(msPerItem(CASES, n -> runReal(n)));
            LOG.info("Benchmark ronde {}: kaal model", round);
            bareMs.add(msPerItem(CASES, n -> runBare(n, bare, false)));
            LOG.info("Benchmark ronde {}: kaal model met variabelen", round);
            bareVarMs.add(msPerItem(CASES, n -> runBare(n, bare, true)));
        }
        LOG.info("Benchmark: rondes traject klaar");
        Counts measured = counts(runReal(1).get(0));
        assertThat(measured.activityInstances).as("the trajectory runs the same steps each time")
                .isEqualTo(real.activityInstances);

        // aanmelding against a bare start over REST
        repeat(AANMELDINGEN, this::aanmelden);
        repeat(AANMELDINGEN, this::bareStart);
        var aanmeldingMs = new ArrayList<Double>();
        var startMs = new ArrayList<Double>();
        for (int round = 1; round <= ROUNDS; round++) {
            LOG.info("Benchmark ronde {}: aanmelding", round);
            aanmeldingMs.add(msPerItem(AANMELDINGEN, n -> repeat(n, this::aanmelden)));
            LOG.info("Benchmark ronde {}: kale start", round);
            startMs.add(msPerItem(AANMELDINGEN, n -> repeat(n, this::bareStart)));
        }
        LOG.info("Benchmark: rondes aanmelding klaar");

        String database;
        try (var connection = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).getDataSource().getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }
        double realMedian = median(realMs);
        double bareMedian = median(bareMs);
        double bareVarMedian = median(bareVarMs);
        double aanmeldingMedian = median(aanmeldingMs);
        double startMedian = median(startMs);
        String report = String.format(Locale.ROOT, """
                Traject-benchmark, database %s, %d zaken per ronde, %d rondes (mediaan), %d aanmeldingen per ronde
                  persona 2 per zaak: %d activity instances (%s), %d user tasks, %d timers aangemaakt (%d afgegaan),
                    %d asynchrone stappen, %d variabele-updates in de historie, %d procesinstanties
                  kaal model: %d stappen (%d user tasks, %d timers afgegaan + %d niet, %d asynchroon, %d synchroon),
                    0 of %d variabelen
                  traject, echt:                  %7.1f ms/zaak  %6.2f zaken/s  rondes %s
                  kaal model zonder variabelen:   %7.1f ms/zaak  %6.2f zaken/s  rondes %s
                  kaal model met variabelen:      %7.1f ms/zaak  %6.2f zaken/s  rondes %s
                  verhouding echt / kaal:                %5.2f   (per ronde %s)
                  verhouding echt / kaal met variabelen: %5.2f   (doel <= 1,5; per ronde %s)
                  aanmelding (POST /api/aanmeldingen, COA): %6.1f ms  rondes %s
                  kale start (POST /engine-rest/.../start): %6.1f ms  rondes %s
                  verhouding aanmelding / kale start:    %5.2f   (doel <= 2; per ronde %s)
                """, database, CASES, ROUNDS, AANMELDINGEN, real.activityInstances, real.byType, real.userTasks,
                real.timersCreated, real.timersFired, real.asyncSteps, real.variableUpdates, real.instances,
                bare.steps(), bare.userTasks(), bare.timersFired(), bare.timersUnfired(), bare.asyncSteps(),
                bare.syncSteps(), bare.variables(),
                realMedian, 1000 / realMedian, rounds(realMs), bareMedian, 1000 / bareMedian, rounds(bareMs),
                bareVarMedian, 1000 / bareVarMedian, rounds(bareVarMs), median(ratios(realMs, bareMs)),
                rounds(ratios(realMs, bareMs)), median(ratios(realMs, bareVarMs)), rounds(ratios(realMs, bareVarMs)),
                aanmeldingMedian, rounds(aanmeldingMs), startMedian, rounds(startMs),
                median(ratios(aanmeldingMs, startMs)), rounds(ratios(aanmeldingMs, startMs)));
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "traject.txt"), report);
    }

    /** Persona 2 (PersonaScenarioTest) for {@code n} cases, one after the other, each from today; their case numbers. */
    private List<String> runReal(int n) {
        var caseNumbers = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            CaseDriver.resetClock();
            CaseDriver james = CaseDriver.register(engine, aanmeldingen,
                    Aanmeldingen.withIdentity(DemoPersonas.personas(TODAY).get(2), TestBsn.next(), null));
            james.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", BRP.toString());
            james.completeBredeIntakeEnPip(new Intake("B1-route haalbaar", "GEALFABETISEERD", 18, "nee"), "B1_ROUTE");
            james.travelTo(TODAY.plusMonths(4), 9);
            james.passExams("B1");
            james.holdMapTalk();
            james.signPvt(12);
            james.travelTo(TODAY.plusMonths(6).minusDays(10), 9);
            james.holdProgressTalk("nee", "nee", null);
            james.travelTo(TODAY.plusMonths(7), 9);
            james.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_NAGEKOMEN, "SS106");
            james.completeInburgering("BETAALD_WERK", "Werkt als ingenieur");
            assertThat(james.main()).as("the case is completed").isNull();
            caseNumbers.add(james.caseNumber());
        }
        CaseDriver.resetClock();
        return caseNumbers;
    }

    /** {@code n} instances of the bare model to their end; the id of the last. */
    private String runBare(int n, BareModels.Counts counts, boolean withVariables) {
        String last = null;
        for (int i = 0; i < n; i++) {
            last = BareModels.runTrajectory(engine, BARE, "KAAL-" + bareCases++, counts, withVariables);
        }
        return last;
    }

    private void aanmelden() {
        var body = Aanmeldingen.json(TestBsn.next());
        String answer = post("/api/aanmeldingen", "Bearer demo-coa", body, 201);
        assertThat(answer).contains("zaaknummer");
    }

    private void bareStart() {
        post("/engine-rest/process-definition/key/" + BARE_START + "/start", "Basic " + Base64.getEncoder()
                .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)), Map.of("businessKey",
                        "KAAL-START-" + bareCases++), 200);
    }

    private String post(String path, String authorization, Object body, int status) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
            var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(status);
            return answer.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void repeat(int n, Runnable work) {
        for (int i = 0; i < n; i++) {
            work.run();
        }
    }

    private static double msPerItem(int n, IntConsumer work) {
        long start = System.nanoTime();
        work.accept(n);
        return (System.nanoTime() - start) / 1e6 / n;
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Per round, the first figure over the second (measured one after the other, under the same load). */
    private static List<Double> ratios(List<Double> over, List<Double> under) {
        var ratios = new ArrayList<Double>();
        for (int i = 0; i < over.size(); i++) {
            ratios.add(over.get(i) / under.get(i));
        }
        return ratios;
    }

    private static String rounds(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v)).toList().toString();
    }

    /** What the engine's history holds of one case: all its process instances (main and called). */
    private record Counts(int instances, int activityInstances, Map<String, Integer> byType, int userTasks,
            int timersCreated, int timersFired, int asyncSteps, int variableUpdates) {
    }

    private Counts counts(String caseNumber) {
        var history = engine.getHistoryService();
        Set<String> ids = new HashSet<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).list()) {
            ids.add(instance.getId());
            history.createHistoricProcessInstanceQuery().rootProcessInstanceId(instance.getRootProcessInstanceId())
                    .list().forEach(called -> ids.add(called.getId()));
        }
        var byType = new TreeMap<String, Integer>();
        int activities = 0;
        int userTasks = 0;
        int timersCreated = 0;
        int timersFired = 0;
        int async = 0;
        int variables = 0;
        for (String id : ids) {
            for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(id)
                    .list()) {
                byType.merge(activity.getActivityType(), 1, Integer::sum);
                activities++;
            }
            userTasks += (int) history.createHistoricTaskInstanceQuery().processInstanceId(id).count();
            for (HistoricJobLog log : history.createHistoricJobLogQuery().processInstanceId(id).creationLog().list()) {
                if (log.getJobDefinitionType().startsWith("timer")) {
                    timersCreated++;
                } else {
                    async++;
                }
            }
            for (HistoricJobLog log : history.createHistoricJobLogQuery().processInstanceId(id).successLog().list()) {
                if (log.getJobDefinitionType().startsWith("timer")) {
                    timersFired++;
                }
            }
            variables += (int) history.createHistoricDetailQuery().variableUpdates().processInstanceId(id).count();
        }
        return new Counts(ids.size(), activities, byType, userTasks, timersCreated, timersFired, async, variables);
    }
}
