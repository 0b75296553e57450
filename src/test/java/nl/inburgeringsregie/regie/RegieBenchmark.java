package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestDates;

/**
 * Benchmark, not a test of speed: 10,000 open cases with two open norms each in the seven gemeenten of
 * Westfriesland, then the dashboard's calls over HTTP as the coordinator, each timed over many runs
 * after a warm-up. Prints median and 95th percentile and writes them to target/benchmark/regie.txt.
 * Run with {@code ./mvnw -B verify -Pbenchmark} (README); the normal build skips it (tag "benchmark").
 */
@Tag("benchmark")
@IntegrationTest
class RegieBenchmark {

    private static final int CASES = 10_000;
    private static final List<String> WESTFRIESLAND = List.of("GM0498", "GM0388", "GM0405", "GM1598", "GM0420",
            "GM0431", "GM0532");
    private static final String[] NORMS = {"BREDE_INTAKE", "PIP", "VOORTGANGSGESPREK", "INBURGERINGSTERMIJN"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @Test
    void dashboardOnTenThousandOpenCases() throws Exception {
        load();
        var results = new ArrayList<String>();
        results.add(measure("/api/regie/termijnen?grootte=50"));
        results.add(measure("/api/regie/termijnen?stand=TE_LAAT&sorteer=consulent&grootte=50"));
        results.add(measure("/api/regie/termijnen?norm=PIP&gemeente=GM0405&grootte=50&pagina=3"));
        results.add(measure("/api/regie/kpis"));
        results.add(measure("/api/regie/termijnen.csv"));
        var total = json.readTree(rest.withBasicAuth("coordinator", "demo").getForObject("/api/regie/termijnen?grootte=1",
                String.class)).get("totaal").asLong();
        assertThat(total).as("the open norms of the 10,000 cases are all in the list").isGreaterThanOrEqualTo(2L * CASES);
        String report = "Regie benchmark, " + CASES + " open cases, " + total + " open norms, database "
                + jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName() + "\n"
                + String.join("\n", results) + "\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "regie.txt"), report);
    }

    private String measure(String path) {
        var client = rest.withBasicAuth("coordinator", "demo");
        for (int i = 0; i < 20; i++) {
            assertThat(client.getForEntity(path, String.class).getStatusCode().value()).isEqualTo(200);
        }
        int runs = 50;
        long[] millis = new long[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            var answer = client.getForEntity(path, String.class);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            bytes = answer.getBody().length();
        }
        java.util.Arrays.sort(millis);
        return String.format("%-70s median %4d ms, p95 %4d ms, max %4d ms (%d bytes)", path, millis[runs / 2],
                millis[(int) (runs * 0.95)], millis[runs - 1], bytes);
    }

    private void load() {
        LocalDate today = TestDates.today();
        var persons = new ArrayList<Object[]>();
        for (int i = 0; i < CASES; i++) {
            persons.add(new Object[] {String.format("8%08d", i), "Benchmark", "Persoon " + i});
        }
        jdbc.batchUpdate("""
                INSERT INTO person (bsn, given_names, surname, birth_date, nationality, language, interpreter_needed, education)
                VALUES (?, ?, ?, DATE '1990-01-01', 'SYR', 'Arabisch', FALSE, 'MBO')""", persons);
        List<Map<String, Object>> ids = jdbc.queryForList("SELECT id, bsn FROM person WHERE bsn LIKE '8%' ORDER BY bsn");
        var cases = new ArrayList<Object[]>();
        String[] routes = {"B1_ROUTE", "ONDERWIJSROUTE", "Z_ROUTE", null};
        String[] groups = {"ASIELMIGRANT", "GEZINSMIGRANT", "OVERIGE_MIGRANT", "ONDERTUSSENGROEP"};
        for (int i = 0; i < ids.size(); i++) {
            cases.add(new Object[] {"B-" + i, ((Number) ids.get(i).get("id")).longValue(), WESTFRIESLAND.get(i % 7),
                    groups[i % 4], OffsetDateTime.now(), "consulent" + (i % 25), routes[i % 4]});
        }
        jdbc.batchUpdate("""
                INSERT INTO integration_case (case_number, person_id, gemeente_code, doelgroep, phase, opened_at, consulent,
                                              leerroute)
                VALUES (?, ?, ?, ?, 'INBURGEREN', ?, ?, ?)""", cases);
        List<Map<String, Object>> caseIds = jdbc.queryForList("SELECT id FROM integration_case WHERE case_number LIKE 'B-%'");
        var deadlines = new ArrayList<Object[]>();
        for (int i = 0; i < caseIds.size(); i++) {
            long id = ((Number) caseIds.get(i).get("id")).longValue();
            for (int n = 0; n < 2; n++) {
                LocalDate due = today.plusDays((i * 7L + n * 31L) % 200 - 60);
                deadlines.add(new Object[] {id, NORMS[(i + n) % 4], Date.valueOf(due.minusWeeks(10)), Date.valueOf(due),
                        Date.valueOf(due.minusWeeks(1)), OffsetDateTime.now()});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO case_deadline (case_id, norm, round, starts_on, due_on, remind_on, status, opened_at)
                VALUES (?, ?, 1, ?, ?, ?, 'OPEN', ?)""", deadlines);
    }
}
