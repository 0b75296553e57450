package nl.inburgeringsregie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Scraping {@code /actuator/prometheus} as the demo's monitoring account, and reading one value of the scrape. */
public final class Scrapes {

    /** The demo's monitoring account's token (application-demo.yaml keeps its SHA-256). */
    public static final String TOKEN = "demo-prometheus";

    private Scrapes() {
    }

    public static String scrape(TestRestTemplate rest) {
        var answer = withToken(rest, "/actuator/prometheus", TOKEN);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    public static ResponseEntity<String> withToken(TestRestTemplate rest, String path, String token) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** The value of the metric with exactly these labels ({@code a="x",b="y"}); 0 when the scrape has no such line. */
    public static double value(String scrape, String metric, String labels) {
        var line = Pattern.compile("^" + Pattern.quote(metric + "{" + labels + "}") + " (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
