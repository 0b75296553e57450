package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.platform.camunda.ProcessVariables;
import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.support.IntegrationTest;

/**
 * Benchmark of the consulent's day and the coordinator's handover (issue 19, "Speed": PostgreSQL, 10,000 open cases, 50
 * consulenten; Mijn zaken and the case page p95 ≤ 300 ms, a bulk reassignment of 500 cases ≤ 5 s). Not a test of speed:
 * it prints the figures and writes them to target/benchmark/consulent.txt; it does check that the work was done and
 * the lists count what was loaded.
 * <p>
 * The data: 10,000 open cases in the seven gemeenten of Westfriesland (by SQL, {@link BenchmarkCases}), one aanmelding
 * message each; 50 consulenten in Camunda's identity service (group consulenten, member of the seven gemeenten'
 * tenants, as {@code DemoUsers} makes them: the RIT serves all seven; our choice, the issue names no split). One
 * consulent who leaves has 500 cases (a whole caseload as {@code CaseReassignment.MAX_CASES} allows), the other 49
 * about 194 each. Every case has a running process instance in the engine (business key the case number, tenant its
 * gemeente) of a small model deployed only here: two parallel user tasks for the group consulenten, assigned to the
 * case's consulent by the application's own parse listener ({@code CaseConsulentAssignment}), as the real models'
 * consulent tasks are. In every fourth case the first task is done (history for the case page's timeline); of the
 * leaving consulent's cases every 25th is held (a temporary exemption suspends its instances) and in every 10th a
 * coordinator gave one task to another consulent (it must stay there).
 * <p>
 * Run with {@code ./mvnw -B verify -Pbenchmark -Dtest=ConsulentBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (README), on PostgreSQL with {@code -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:5432/<own db>
 * -Dspring.datasource.username=postgres}.
 */
@Tag("benchmark")
@IntegrationTest
class ConsulentBenchmark {

    private static final int CASES = 10_000;
    private static final int CONSULENTEN = 50;
    private static final int LEAVING_CASES = 500;
    private static final String PREFIX = "K-";
    private static final List<String> WESTFRIESLAND = List.of("GM0498", "GM0388", "GM0405", "GM1598", "GM0420",
            "GM0431", "GM0532");
    private static final String PROCESS = "benchmarkConsulentTaken";
    private static final String LEAVING = consulent(0);
    private static final String TAKING = consulent(1);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void consulentAndHandoverOnTenThousandOpenCases() throws Exception {
        var results = new ArrayList<String>();
        long loadStart = System.nanoTime();
        createConsulenten();
        BenchmarkCases.load(jdbc, PREFIX, '7', CASES, ConsulentBenchmark::placement);
        jdbc.update("""
                INSERT INTO inbound_message (source, kind, payload, received_at, received_by, case_id)
                SELECT 'COA', 'AANMELDING', '{}', opened_at, 'coa', id FROM integration_case WHERE case_number LIKE ?""",
                PREFIX + "%");
        startProcesses();
        // statistics as a database in use has them (autovacuum): right after a bulk load PostgreSQL's planner still
        // thinks the tables empty and sorted the team's caseload in ~5 s (bitmap scans of every open deadline per case)
        jdbc.execute("ANALYZE");
        results.add(String.format("Loading: %d cases, %d consulenten, %d open engine tasks in %d s", CASES, CONSULENTEN,
                engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).count(),
                (System.nanoTime() - loadStart) / 1_000_000_000));

        results.add(casePage());
        results.addAll(mijnZaken());
        results.add(bulkHandover());

        String report = "Consulent benchmark, " + CASES + " open cases, " + CONSULENTEN + " consulenten, database "
                + jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName() + "\n"
                + String.join("\n", results) + "\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "consulent.txt"), report);
    }

    /** The case page as the coordinator opens it, each call another case: warm-up, then 300 measured. */
    private String casePage() {
        var client = rest.withBasicAuth("coordinator", "demo");
        var numbers = IntStream.range(0, 330).mapToObj(n -> BenchmarkCases.caseNumber(PREFIX, (n * 30 + 7) % CASES))
                .toList();
        long[] millis = new long[300];
        int bytes = 0;
        for (int n = 0; n < numbers.size(); n++) {
            long start = System.nanoTime();
            var answer = client.getForEntity("/api/regie/zaken/" + numbers.get(n), String.class);
            long took = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            if (n >= 30) {
                millis[n - 30] = took;
                bytes = Math.max(bytes, answer.getBody().length());
            }
        }
        return figures("GET /api/regie/zaken/{zaaknummer} (coordinator, 300 different cases)", millis, bytes);
    }

    /**
     * Mijn zaken of a consulent with about 194 cases (issue 19, point 1): the default page (her own cases, 100 a
     * page, by the next clock), the team's (all 10,000 of Westfriesland), sorted by name backwards on page 2, and the
     * team's in one gemeente and phase sorted by consulent; then the case page as she opens her own cases.
     */
    private List<String> mijnZaken() throws Exception {
        String consulent = consulent(7);
        var client = rest.withBasicAuth(consulent, "demo");
        JsonNode own = json.readTree(client.getForObject("/api/regie/mijn-zaken?grootte=1", String.class));
        assertThat(own.get("wiens").asText()).isEqualTo("Mijn zaken");
        assertThat(own.get("totaal").asLong()).as("her own open cases").isEqualTo(casesPer(7));
        JsonNode team = json.readTree(client.getForObject("/api/regie/mijn-zaken?team=ja&grootte=1", String.class));
        assertThat(team.get("totaal").asLong()).as("the team's open cases").isGreaterThanOrEqualTo(CASES);
        var lines = new ArrayList<String>();
        for (String path : List.of("/api/regie/mijn-zaken", "/api/regie/mijn-zaken?team=ja&grootte=50",
                "/api/regie/mijn-zaken?sorteer=naam&richting=af&pagina=2&grootte=50",
                "/api/regie/mijn-zaken?team=ja&gemeente=GM0405&fase=INBURGEREN&sorteer=consulent&grootte=50")) {
            lines.add(measure(consulent, path));
        }
        var numbers = casesOf(consulent);
        long[] millis = new long[numbers.size() - 20];
        int bytes = 0;
        for (int n = 0; n < numbers.size(); n++) {
            long start = System.nanoTime();
            var answer = client.getForEntity("/api/regie/zaken/" + numbers.get(n), String.class);
            long took = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            if (n >= 20) {
                millis[n - 20] = took;
                bytes = Math.max(bytes, answer.getBody().length());
            }
        }
        lines.add(figures("GET /api/regie/zaken/{zaaknummer} (" + consulent + ", " + millis.length
                + " of her cases)", millis, bytes));
        return lines;
    }

    private String measure(String user, String path) {
        var client = rest.withBasicAuth(user, "demo");
        for (int i = 0; i < 20; i++) {
            var answer = client.getForEntity(path, String.class);
            assertThat(answer.getStatusCode().value()).as(path + ": " + answer.getBody()).isEqualTo(200);
        }
        long[] millis = new long[50];
        int bytes = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            var answer = client.getForEntity(path, String.class);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            bytes = answer.getBody().length();
        }
        return figures(path + " (" + user + ")", millis, bytes);
    }

    /**
     * The leaving consulent's 500 cases to another one in one POST, timed once after a small warm-up handover of 20
     * other cases; then every case, its handover record and its consulent tasks are checked.
     */
    private String bulkHandover() throws Exception {
        var warmUp = IntStream.range(0, 20).mapToObj(n -> casesOf(consulent(2)).get(n)).toList();
        assertThat(handOver(warmUp, consulent(3)).getStatusCode().value()).isEqualTo(200);

        List<String> numbers = casesOf(LEAVING);
        assertThat(numbers).hasSize(LEAVING_CASES);
        var before = consulentTasks(numbers);
        long expectedMoves = before.stream().filter(task -> task.getAssignee() == null || LEAVING.equals(task.getAssignee()))
                .count();
        var keptElsewhere = before.stream().filter(task -> "consulent2".equals(task.getAssignee())).map(Task::getId)
                .toList();
        assertThat(keptElsewhere).as("tasks a coordinator gave to someone else").isNotEmpty();

        long start = System.nanoTime();
        var answer = handOver(numbers, TAKING);
        long took = (System.nanoTime() - start) / 1_000_000;

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode moved = json.readTree(answer.getBody()).get("overgedragen");
        assertThat(moved.size()).isEqualTo(LEAVING_CASES);
        long reported = 0;
        for (JsonNode tasks : moved) {
            reported += tasks.asLong();
        }
        assertThat(reported).as("tasks moved, as the answer counts them").isEqualTo(expectedMoves);
        assertThat(casesOf(LEAVING)).as("the leaving consulent has no case left").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM integration_case WHERE case_number LIKE ? AND consulent = ?",
                Integer.class, PREFIX + "%", TAKING)).as("the taking consulent's own cases and the 500")
                .isEqualTo(LEAVING_CASES + casesPer(1));
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM case_reassignment r JOIN integration_case c ON c.id = r.case_id
                WHERE c.case_number LIKE ? AND r.from_consulent = ? AND r.to_consulent = ?""", Integer.class,
                PREFIX + "%", LEAVING, TAKING)).isEqualTo(LEAVING_CASES);
        var after = consulentTasks(numbers);
        assertThat(after).hasSameSizeAs(before);
        for (Task task : after) {
            assertThat(task.getAssignee()).as(task.getId())
                    .isEqualTo(keptElsewhere.contains(task.getId()) ? "consulent2" : TAKING);
        }
        assertThat(after.stream().filter(Task::isSuspended).count()).as("held cases stay held")
                .isEqualTo(before.stream().filter(Task::isSuspended).count()).isPositive();
        return String.format("%-70s %5d ms (%d tasks moved)", "POST /api/regie/zaken/overdragen, 500 cases", took,
                reported);
    }

    private org.springframework.http.ResponseEntity<String> handOver(List<String> numbers, String to) throws Exception {
        var body = Map.of("zaaknummers", numbers, "consulent", to, "reden", "Consulent vertrekt (benchmark)");
        return nl.inburgeringsregie.support.RegiePage.send(rest.withBasicAuth("coordinator", "demo"), json,
                HttpMethod.POST, "/api/regie/zaken/overdragen", body);
    }

    private List<String> casesOf(String consulent) {
        return jdbc.queryForList("SELECT case_number FROM integration_case WHERE case_number LIKE ? AND consulent = ? "
                + "ORDER BY id", String.class, PREFIX + "%", consulent);
    }

    private List<Task> consulentTasks(List<String> numbers) {
        var tasks = new ArrayList<Task>();
        for (int from = 0; from < numbers.size(); from += 100) {
            tasks.addAll(engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKeyIn(numbers.subList(from, Math.min(numbers.size(), from + 100))
                            .toArray(String[]::new))
                    .taskCandidateGroup(Groups.CONSULENTEN).includeAssignedTasks().list());
        }
        return tasks;
    }

    private static String figures(String what, long[] millis, int bytes) {
        Arrays.sort(millis);
        return String.format("%-70s median %4d ms, p95 %4d ms, max %4d ms (%d bytes)", what, millis[millis.length / 2],
                millis[(int) (millis.length * 0.95)], millis[millis.length - 1], bytes);
    }

    /** Case i: gemeente i mod 7; the first 500 the leaving consulent's, the others over the other 49. */
    private static BenchmarkCases.Placement placement(int i) {
        return new BenchmarkCases.Placement(WESTFRIESLAND.get(i % 7),
                i < LEAVING_CASES ? LEAVING : consulent(1 + i % (CONSULENTEN - 1)));
    }

    private static int casesPer(int consulent) {
        return (int) IntStream.range(LEAVING_CASES, CASES).filter(i -> 1 + i % (CONSULENTEN - 1) == consulent).count();
    }

    private static String consulent(int n) {
        return String.format("benchconsulent%02d", n);
    }

    private void createConsulenten() {
        var identity = engine.getIdentityService();
        for (int n = 0; n < CONSULENTEN; n++) {
            String id = consulent(n);
            var user = identity.newUser(id);
            user.setFirstName("Consulent");
            user.setLastName("Benchmark " + n);
            user.setEmail(id + "@inburgeringsregie.example");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, Groups.CONSULENTEN);
            for (String gemeente : WESTFRIESLAND) {
                identity.createTenantUserMembership(gemeente, id);
            }
        }
    }

    /**
     * Deploys the benchmark's model and starts an instance per case, 500 per transaction, as the application would
     * (business key the case number, the gemeente as tenant through its variable); then completes the first task of
     * every fourth case, holds every 25th of the leaving consulent's cases and gives a task of every 10th to someone
     * else.
     */
    private void startProcesses() {
        engine.getRepositoryService().createDeployment().name("benchmark").addModelInstance(PROCESS + ".bpmn", model())
                .deploy();
        var runtime = engine.getRuntimeService();
        inChunks(CASES, i -> {
            var variables = new HashMap<String, Object>();
            variables.put(ProcessVariables.ZAAKNUMMER, BenchmarkCases.caseNumber(PREFIX, i));
            variables.put(ProcessVariables.GEMEENTE, placement(i).gemeente());
            runtime.startProcessInstanceByKey(PROCESS, BenchmarkCases.caseNumber(PREFIX, i), variables);
        });
        var taskService = engine.getTaskService();
        inChunks(CASES, i -> {
            String number = BenchmarkCases.caseNumber(PREFIX, i);
            if (i % 4 == 3) {
                taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number)
                        .taskDefinitionKey("eerste").singleResult().getId());
            }
            if (i < LEAVING_CASES && i % 10 == 5) {
                taskService.setAssignee(taskService.createTaskQuery().processInstanceBusinessKey(number)
                        .taskDefinitionKey("tweede").singleResult().getId(), "consulent2");
            }
        });
        // as CaseInstances holds a case (it looks for the main process inburgering only): the instance suspended
        for (int i = 0; i < LEAVING_CASES; i += 25) {
            runtime.updateProcessInstanceSuspensionState().byProcessInstanceIds(runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(BenchmarkCases.caseNumber(PREFIX, i)).singleResult().getId()).suspend();
        }
    }

    private void inChunks(int count, Consumer<Integer> work) {
        for (int from = 0; from < count; from += 500) {
            int first = from;
            transactions.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(count, first + 500); i++) {
                    work.accept(i);
                }
            });
        }
    }

    /** Two parallel consulent tasks, as a case's casework often has (e.g. plan a meeting while registering). */
    private static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(PROCESS).name("Benchmark consulenttaken").camundaHistoryTimeToLive(1)
                .startEvent().parallelGateway("splitsen")
                .userTask("eerste").name("Eerste taak (benchmark)").camundaCandidateGroups(Groups.CONSULENTEN)
                .parallelGateway("samenvoegen")
                .endEvent()
                .moveToNode("splitsen")
                .userTask("tweede").name("Tweede taak (benchmark)").camundaCandidateGroups(Groups.CONSULENTEN)
                .connectTo("samenvoegen")
                .done();
    }
}
