package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.support.IntegrationTest;

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
        BenchmarkCases.load(jdbc, "B-", '8', CASES,
                i -> new BenchmarkCases.Placement(WESTFRIESLAND.get(i % 7), "consulent" + (i % 25)));
    }
}
