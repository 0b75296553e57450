package nl.inburgeringsregie.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import nl.inburgeringsregie.InburgeringsregieApplication;
import nl.inburgeringsregie.aanbieder.ProviderSync;
import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.termijn.Clocks;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 22, point 1: two nodes on one PostgreSQL database, each with its own job executor (Camunda's clustering:
 * shared database, optimistic locking, not deployment-aware). Several hundred cases' clocks fall due at once (the
 * engine clock moved past the intake's four weeks and the PIP's ten), one node is stopped while the timers are being
 * worked off, and the other finishes: every reminder and breach timer fired exactly once per case (one reminder task,
 * one breach row, one escalation task per norm), no job is left due, failed or an incident, no DUO message is there
 * twice per case and operation, and the surviving node ran jobs after the other one went. First, both nodes start
 * the same scheduled run of ours at once, and it runs once (ShedLock).
 * <p>
 * Two application contexts in this JVM (the engine clock is static per JVM, which both share, as two servers share
 * the time), each with an engine of its own name and without the Camunda webapps (Camunda keeps engines and webapp
 * plugins in static registries, see DemoCasesTest), on a database of their own ({@value #DATABASE}, made when missing
 * and emptied first): never the suite's database. A lost node's jobs come back after their lock expires: ten seconds
 * here instead of production's minute, so the test need not wait a minute.
 */
class TwoNodeClusterTest {

    private static final Logger LOG = LoggerFactory.getLogger(TwoNodeClusterTest.class);

    static final String DATABASE = "cluster_test";
    private static final int CASES = 300;
    private static final Duration LOCK_TIME = Duration.ofSeconds(10);

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodesAndResetClock() {
        nodes.forEach(ConfigurableApplicationContext::close);
        ClockUtil.reset();
    }

    @Test
    void everyTimerFiresExactlyOnceWhenANodeIsLostMidRun() throws Exception {
        String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", System.getProperty("spring.datasource.url", ""));
        assumeTrue(url.startsWith("jdbc:postgresql:"), "Alleen PostgreSQL wordt door twee knooppunten gedeeld (de"
                + " in-memory H2 van de tests is van één JVM); .ci/run draait deze test met SPRING_DATASOURCE_URL op"
                + " PostgreSQL");
        String clusterUrl = freshDatabase(url);

        long started = System.nanoTime();
        ConfigurableApplicationContext first = start("knoop1", clusterUrl);
        ConfigurableApplicationContext second = start("knoop2", clusterUrl);
        ProcessEngine engine = first.getBean(ProcessEngine.class);
        // the survivor's connections, for counting across the loss of the first node
        JdbcClient jdbc = second.getBean(JdbcClient.class);

        theScheduledRunRunsOnceWhenBothNodesStartItAtOnce(first, second, jdbc);

        // Several hundred gezinsmigranten whose BRP registration is recorded today: each case's intake and PIP clocks
        // run (a reminder and a breach timer per norm). Both nodes' job executors work off the asynchronous steps.
        LocalDate brp = TestDates.today();
        List<String> cases = registerCases(first, engine, brp);
        waitUntil(Duration.ofSeconds(60), "the asynchronous steps after the registrations", () -> dueJobs(engine) == 0);
        LOG.info("{} zaken klaar in {} s", cases.size(), seconds(started));

        // Eleven weeks on: four timers per case are due; the clock keeps running from there (lock expiry needs time)
        Instant due = brp.plusWeeks(11).atTime(9, 0).atZone(CaseDriver.NL).toInstant();
        ClockUtil.offset(due.toEpochMilli() - System.currentTimeMillis());
        long expected = (long) cases.size() * 2;
        waitUntil(Duration.ofSeconds(60), "some breaches recorded before a node goes",
                () -> breaches(jdbc, cases) >= expected / 5);

        Instant killedAt = ClockUtil.getCurrentTime().toInstant();
        kill(first, engine);
        long atKill = breaches(jdbc, cases);
        LOG.info("knoop1 gestopt bij {} van {} overschrijdingen", atKill, expected);
        assertThat(atKill).as("the node went while there was work left").isLessThan(expected);

        ProcessEngine survivor = second.getBean(ProcessEngine.class);
        JdbcClient survivorJdbc = jdbc;
        waitUntil(Duration.ofSeconds(60), "the surviving node works off every due job",
                () -> dueJobs(survivor) == 0 && breaches(survivorJdbc, cases) == expected);

        for (String norm : List.of("BREDE_INTAKE", "PIP")) {
            assertThat(perCase(survivor, Clocks.reminderTask(norm), cases)).as("one reminder of %s per case", norm)
                    .allSatisfy((caseNumber, count) -> assertThat(count).as(caseNumber).isEqualTo(1L))
                    .hasSize(cases.size());
            assertThat(perCase(survivor, Clocks.escalationTask(norm), cases)).as("one escalation of %s per case", norm)
                    .allSatisfy((caseNumber, count) -> assertThat(count).as(caseNumber).isEqualTo(1L))
                    .hasSize(cases.size());
            assertThat(survivorJdbc.sql("""
                    SELECT COUNT(*) FROM norm_breach b JOIN integration_case c ON c.id = b.case_id
                    WHERE b.norm = :norm AND c.case_number IN (:cases) GROUP BY b.case_id""")
                    .param("norm", norm).param("cases", cases).query(Long.class).list())
                    .as("one breach of %s per case", norm).hasSize(cases.size()).containsOnly(1L);
        }
        var management = survivor.getManagementService();
        assertThat(survivor.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
        assertThat(management.createJobQuery().noRetriesLeft().count()).as("failed jobs").isZero();
        assertThat(survivorJdbc.sql("""
                SELECT o.case_id FROM outbound_message o WHERE o.target = 'DUO' AND o.case_id IS NOT NULL
                GROUP BY o.case_id, o.operation HAVING COUNT(*) > 1""").query(Long.class).list())
                .as("no DUO message twice per case and operation").isEmpty();
        List<HistoricJobLog> afterKill = survivor.getHistoryService().createHistoricJobLogQuery().successLog()
                .hostname("knoop2").list().stream()
                .filter(log -> !log.getTimestamp().toInstant().isBefore(killedAt)).toList();
        assertThat(afterKill).as("the surviving node ran jobs after the other one went").isNotEmpty();
        LOG.info("Twee knooppunten: {} zaken, {} overschrijdingen, {} jobs van knoop2 na het stoppen, {} s",
                cases.size(), expected, afterKill.size(), seconds(started));
    }

    /**
     * ShedLock on the shared database: both nodes start the daily reading of DUO's list of institutions at the same
     * moment (as their crons would); one reads it (one call to DUO on record), the other skips that run.
     */
    private static void theScheduledRunRunsOnceWhenBothNodesStartItAtOnce(ConfigurableApplicationContext first,
            ConfigurableApplicationContext second, JdbcClient jdbc) throws Exception {
        String calls = "SELECT COUNT(*) FROM outbound_message WHERE operation = 'INSTELLINGEN_OPVRAGEN'";
        long before = jdbc.sql(calls).query(Long.class).single();
        Method daily = ProviderSync.class.getDeclaredMethod("daily");
        daily.setAccessible(true);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            List<Future<Object>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(first, second)) {
                ProviderSync sync = node.getBean(ProviderSync.class);
                runs.add(both.submit(() -> {
                    start.await();
                    return daily.invoke(sync);
                }));
            }
            start.countDown();
            for (Future<Object> run : runs) {
                run.get();
            }
        } finally {
            both.shutdown();
        }
        assertThat(jdbc.sql(calls).query(Long.class).single()).as("DUO's list read once across both nodes")
                .isEqualTo(before + 1);
    }

    /**
     * As a node that is lost: its job threads stop at once (running jobs interrupted, their transactions rolled back;
     * jobs it had taken stay locked by it until their lock expires), then the rest of it goes.
     */
    private static void kill(ConfigurableApplicationContext node, ProcessEngine engine) {
        var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        ((ThreadPoolTaskExecutor) ((SpringJobExecutor) executor).getTaskExecutor()).getThreadPoolExecutor()
                .shutdownNow();
        executor.shutdown();
        node.close();
    }

    /** Registers the cases and records their BRP date, four at a time, on the first node. */
    private List<String> registerCases(ConfigurableApplicationContext node, ProcessEngine engine, LocalDate brp)
            throws Exception {
        AanmeldingService aanmeldingen = node.getBean(AanmeldingService.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> registered = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                registered.add(pool.submit(() -> {
                    var driver = CaseDriver.register(engine, aanmeldingen,
                            Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
                    driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum",
                            brp.toString());
                    return driver.caseNumber();
                }));
            }
            List<String> cases = new ArrayList<>();
            for (Future<String> future : registered) {
                cases.add(future.get());
            }
            return Collections.unmodifiableList(cases);
        } finally {
            pool.shutdown();
        }
    }

    private ConfigurableApplicationContext start(String name, String url) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(InburgeringsregieApplication.class)
                .web(WebApplicationType.SERVLET).profiles("demo", "test")
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--camunda.bpm.process-engine-name=" + name, "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.generic-properties.properties.hostname=" + name,
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.job-execution.deployment-aware=false",
                        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
                        "--camunda.bpm.job-execution.wait-time-in-millis=200",
                        "--camunda.bpm.job-execution.max-wait=1000",
                        "--inburgering.models.watch=false",
                        // the suite's cached contexts hold connections to the same server too (max_connections)
                        "--spring.datasource.hikari.maximum-pool-size=6");
        nodes.add(context);
        return context;
    }

    /** The cluster database next to the suite's one, made when missing and emptied. */
    private static String freshDatabase(String suiteUrl) throws SQLException {
        String server = suiteUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*(.*)", "$1");
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password)) {
            boolean exists;
            try (var query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, DATABASE);
                exists = query.executeQuery().next();
            }
            if (!exists) {
                admin.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
        }
        try (Connection cluster = DriverManager.getConnection(server + DATABASE, user, password)) {
            cluster.createStatement().execute("DROP SCHEMA IF EXISTS public CASCADE");
            cluster.createStatement().execute("CREATE SCHEMA public");
        }
        return server + DATABASE;
    }

    private static long dueJobs(ProcessEngine engine) {
        List<Job> due = engine.getManagementService().createJobQuery().executable().list();
        return due.size();
    }

    private static long breaches(JdbcClient jdbc, List<String> cases) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM norm_breach b JOIN integration_case c ON c.id = b.case_id
                WHERE c.case_number IN (:cases)""").param("cases", cases).query(Long.class).single();
    }

    /** Per case number, how many tasks of this key the case has (open or done). */
    private static Map<String, Long> perCase(ProcessEngine engine, String taskKey, List<String> cases) {
        var history = engine.getHistoryService();
        var tasks = history.createHistoricTaskInstanceQuery().taskDefinitionKey(taskKey).list();
        Set<String> instances = tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> caseOf = history.createHistoricProcessInstanceQuery().processInstanceIds(instances).list()
                .stream().collect(Collectors.toMap(HistoricProcessInstance::getId,
                        instance -> String.valueOf(instance.getBusinessKey())));
        Set<String> ours = Set.copyOf(cases);
        return tasks.stream().map(task -> caseOf.get(task.getProcessInstanceId())).filter(ours::contains)
                .collect(Collectors.groupingBy(key -> key, Collectors.counting()));
    }

    private static void waitUntil(Duration limit, String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s for %s", limit, what).isLessThan(end);
            Thread.sleep(250);
        }
    }

    private static long seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toSeconds();
    }
}
