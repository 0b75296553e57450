package nl.inburgeringsregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.security.DemoUsers;
import nl.inburgeringsregie.shared.StartupOrder;
import nl.inburgeringsregie.shared.StartupReport;

/**
 * Issue 19, point 8: on the first start of the demo every /regie list has something to show in Westfriesland and
 * in Het Hogeland, Het Hogeland's escalations reach its own coordinator, a restart adds nothing, and the
 * application says "gestart" only once the models and the demo data are in place. A context of its own with the
 * demo cases (the shared test context leaves them out: inburgering.demo.cases-in-phases in application-test.yaml),
 * on a fresh database of its own, with an engine of its own name and without the Camunda webapps: Camunda keeps
 * engines and webapp plugins in static registries, which the shared test context must keep finding (see
 * ProdProfileTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.process-engine-name=democases", "camunda.bpm.webapp.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:democases;DB_CLOSE_DELAY=-1",
        "inburgering.demo.cases-in-phases=true"})
@DirtiesContext
@ActiveProfiles({"demo", "test"})
class DemoCasesTest {

    private static final String HET_HOGELAND = "GM1966";

    @Autowired
    DemoCases demoCases;
    @Autowired
    DemoPersonas personas;
    @Autowired
    StartupReport startup;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApplicationContext context;

    @Test
    void everyRegieListShowsSomethingForBothRegionsOnTheFirstStart() throws Exception {
        assertThat(demoCases.stuck()).as("every demo case reached its phase").isEmpty();
        for (String[] coordinator : List.of(new String[] {"coordinator", "GM0498"},
                new String[] {"coordinatorhogeland", HET_HOGELAND})) {
            String user = coordinator[0];
            JsonNode deadlines = get(user, "/api/regie/termijnen?grootte=500");
            assertThat(deadlines.get("regels")).as("deadline overview of %s", user).isNotEmpty();
            assertThat(deadlines.get("teLaat").asLong()).as("a late norm for %s", user).isPositive();

            JsonNode kpis = get(user, "/api/regie/kpis");
            assertThat(kpis).as("KPIs of %s", user).isNotEmpty();
            assertThat(StreamSupport.stream(kpis.spliterator(), false)
                    .flatMap(gemeente -> StreamSupport.stream(gemeente.get("kpis").spliterator(), false))
                    .anyMatch(kpi -> kpi.get("noemer").asLong() > 0)).as("a KPI with cases for %s", user).isTrue();

            for (JsonNode row : deadlines.get("regels")) {
                JsonNode page = get(user, "/api/regie/zaken/" + row.get("zaaknummer").asText());
                assertThat(page.get("tijdlijn")).as("case page %s", row.get("zaaknummer")).isNotEmpty();
                assertThat(page.get("klokken")).as("clocks of %s", row.get("zaaknummer")).isNotEmpty();
            }
            assertThat(deadlines.get("regels")).extracting(row -> row.get("gemeente").asText())
                    .contains(coordinator[1]);
        }
        assertThat(phases()).as("the cases spread over the phases").hasSizeGreaterThanOrEqualTo(4);
        assertThat(count("norm_breach WHERE days_late IS NOT NULL")).as("a norm met late").isPositive();
    }

    @Test
    void aSecondStartAddsNothing() {
        long cases = count("integration_case");
        long tasks = taskService.createTaskQuery().count();

        personas.registerPersonas();
        demoCases.createDemoCases();

        assertThat(count("integration_case")).isEqualTo(cases);
        assertThat(taskService.createTaskQuery().count()).isEqualTo(tasks);
    }

    @Test
    void hetHogelandsCoordinatorSeesHetHogelandsEscalationAndNotWestfrieslands() {
        assertThat(escalationsSeenBy("coordinatorhogeland")).isNotEmpty()
                .allSatisfy(task -> assertThat(task.getTenantId()).isEqualTo(HET_HOGELAND));
        assertThat(escalationsSeenBy("coordinator")).isNotEmpty()
                .allSatisfy(task -> assertThat(DemoUsers.WESTFRIESLAND).contains(task.getTenantId()));
    }

    /** Every start-up step comes before the "gestart" line, which was given when the test runs. */
    @Test
    void theApplicationSaysGestartOnlyAfterTheModelsAndTheDemoData() {
        var before = new ArrayList<String>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = AopUtils.getTargetClass(context.getBean(name));
            if (!type.getName().startsWith("nl.inburgeringsregie.")) {
                continue;
            }
            for (var method : type.getDeclaredMethods()) {
                var listener = AnnotatedElementUtils.findMergedAnnotation(method, EventListener.class);
                boolean onReady = listener != null && (List.of(listener.classes()).contains(ApplicationReadyEvent.class)
                        || List.of(method.getParameterTypes()).contains(ApplicationReadyEvent.class));
                if (onReady && type != StartupReport.class) {
                    Order order = method.getAnnotation(Order.class);
                    assertThat(order).as("%s.%s has an order", type.getSimpleName(), method.getName()).isNotNull();
                    assertThat(order.value()).as("%s.%s", type.getSimpleName(), method.getName())
                            .isLessThan(StartupOrder.READY);
                    before.add(type.getSimpleName());
                }
            }
        }
        assertThat(before).contains("ModelDeployer", "DemoUsers", "DemoPersonas", "DemoCases");
        assertThat(startup.ready()).isTrue();
        assertThat(count("integration_case")).isGreaterThanOrEqualTo(7 + DemoCases.cases(java.time.LocalDate.now()).size());
    }

    private List<Task> escalationsSeenBy(String user) {
        List<String> tenants = identityService.createTenantQuery().userMember(user).list().stream().map(Tenant::getId)
                .toList();
        identityService.setAuthentication(user, List.of("coordinatoren"), tenants);
        try {
            return taskService.createTaskQuery().taskCandidateGroup("coordinatoren").list().stream()
                    .filter(task -> task.getTaskDefinitionKey().startsWith("Task_Escalatie")).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Set<String> phases() {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT phase FROM integration_case").query(String.class).list());
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private JsonNode get(String user, String path) throws Exception {
        var answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }
}
