package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.ProcessMemory;

/**
 * Benchmark, not a test of speed: open cases (10,000 unless {@code -Dregie.benchmark.cases} says otherwise) with two
 * open norms each in the seven gemeenten of Westfriesland, then the dashboard's calls over HTTP as the coordinator and
 * Mijn zaken as the team, each timed over many runs after a warm-up. On PostgreSQL the tables are vacuumed and analysed
 * after the bulk load, as autovacuum would do in a real database (issue 22, point 4). Per call it prints median and 95th
 * percentile of the whole answer, the time to its first byte (what a streamed CSV shows early), and the bytes the
 * application allocated for it (all threads; a CSV held in memory shows as copies of its size), and writes them to
 * target/benchmark/regie.txt. Run with {@code ./mvnw -B verify -Pbenchmark} (README); the normal build skips it
 * (tag "benchmark").
 */
@Tag("benchmark")
@IntegrationTest
class RegieBenchmark {

    private static final int CASES = Integer.getInteger("regie.benchmark.cases", 10_000);
    private static final List<String> WESTFRIESLAND = List.of("GM0498", "GM0388", "GM0405", "GM1598", "GM0420",
            "GM0431", "GM0532");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void dashboardOnManyOpenCases() throws Exception {
        long loadStart = System.nanoTime();
        load();
        String database = jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName();
        if (database.equals("PostgreSQL")) {
            // autovacuum visits a table after many inserts too (PostgreSQL 13 and later): statistics for the planner,
            // and the visibility map an index-only scan needs
            jdbc.execute("VACUUM ANALYZE");
        }
        long loadSeconds = (System.nanoTime() - loadStart) / 1_000_000_000;
        var results = new ArrayList<String>();
        results.add(measure("/api/regie/termijnen?grootte=50", 50));
        results.add(measure("/api/regie/termijnen?stand=TE_LAAT&sorteer=consulent&grootte=50", 50));
        results.add(measure("/api/regie/termijnen?norm=PIP&gemeente=GM0405&grootte=50&pagina=3", 50));
        results.add(measure("/api/regie/mijn-zaken?team=ja&grootte=50", 50));
        results.add(measure("/api/regie/mijn-zaken?consulent=consulent3&stand=TE_LAAT&grootte=50", 50));
        results.add(measure("/api/regie/kpis", 30));
        results.add(measure("/api/regie/termijnen.csv", 10));
        var total = json.readTree(get("/api/regie/termijnen?grootte=1")).get("totaal").asLong();
        assertThat(total).as("the open norms of the cases are all in the list").isGreaterThanOrEqualTo(2L * CASES);
        String report = "Regie benchmark, " + CASES + " open cases, " + total + " open norms, database " + database
                + " (loaded and analysed in " + loadSeconds + " s)\n" + String.join("\n", results) + "\n"
                + ProcessMemory.report() + "\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "regie.txt"), report);
    }

    /** After a warm-up, {@code runs} timed calls: whole answer, first byte, and the bytes allocated per call. */
    private String measure(String path, int runs) throws Exception {
        for (int i = 0; i < Math.max(3, runs / 3); i++) {
            call(path);
        }
        long[] whole = new long[runs];
        long[] first = new long[runs];
        long[] firstRow = new long[runs];
        long[] allocated = new long[runs];
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long before = allocatedBytes();
            long[] timed = call(path);
            allocated[i] = allocatedBytes() - before;
            first[i] = timed[0];
            whole[i] = timed[1];
            bytes = timed[2];
            firstRow[i] = timed[3];
        }
        Arrays.sort(whole);
        Arrays.sort(first);
        Arrays.sort(firstRow);
        Arrays.sort(allocated);
        return String.format("%-66s median %5d ms, p95 %5d ms, first byte median %5d ms, first line median %5d ms,"
                + " allocated median %6.1f MB (%d bytes)", path, whole[runs / 2], whole[(int) (runs * 0.95)],
                first[runs / 2], firstRow[runs / 2], allocated[runs / 2] / 1e6, bytes);
    }

    /**
     * One call as the coordinator: milliseconds to the first byte of the body, to its end, its length, and milliseconds
     * to the end of its first line of data (a CSV: the second line, after the column names; JSON: the whole answer).
     */
    private long[] call(String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> answer = http.send(request(path), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        long firstByte;
        long firstLine = 0;
        int lineEnds = 0;
        long length = 0;
        try (InputStream body = answer.body()) {
            byte[] buffer = new byte[64 * 1024];
            int read = body.read(buffer);
            firstByte = System.nanoTime();
            while (read >= 0) {
                for (int i = 0; i < read && firstLine == 0; i++) {
                    if (buffer[i] == '\n' && ++lineEnds == 2) {
                        firstLine = System.nanoTime();
                    }
                }
                length += read;
                read = body.read(buffer);
            }
        }
        long end = System.nanoTime();
        return new long[] {(firstByte - start) / 1_000_000, (end - start) / 1_000_000, length,
                ((firstLine == 0 ? end : firstLine) - start) / 1_000_000};
    }

    private String get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("coordinator:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    /** The bytes all live threads have allocated so far (the request's Tomcat thread among them). */
    private long allocatedBytes() {
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(b -> b > 0).sum();
    }

    private void load() {
        BenchmarkCases.load(jdbc, "B-", '8', CASES,
                i -> new BenchmarkCases.Placement(WESTFRIESLAND.get(i % 7), "consulent" + (i % 25)));
    }
}
