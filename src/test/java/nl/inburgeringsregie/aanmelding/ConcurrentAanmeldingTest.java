package nl.inburgeringsregie.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.TestBsn;

/**
 * Many aanmeldingen of the same person at the same moment: one case (201), every other request finds it
 * (409 with its case number) — through the open-case check, never through the unique index on the BSN,
 * whose refusal would put the BSN in PostgreSQL's log (that refusal answers "Gelijktijdige aanmelding").
 */
@IntegrationTest
class ConcurrentAanmeldingTest {

    private static final int REQUESTS = 8;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void theSameBsnAtOnceGivesOneCaseAndOtherwiseTheExistingCase() throws Exception {
        String bsn = TestBsn.next();
        Map<String, Object> body = Aanmeldingen.json(bsn);
        var start = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(REQUESTS);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                Callable<ResponseEntity<String>> request = () -> {
                    start.await();
                    return post(body);
                };
                answers.add(threads.submit(request));
            }
            start.countDown();
            List<ResponseEntity<String>> done = new ArrayList<>();
            for (var answer : answers) {
                done.add(answer.get(60, TimeUnit.SECONDS));
            }

            var created = done.stream().filter(answer -> answer.getStatusCode().value() == 201).toList();
            assertThat(created).as("one case").hasSize(1);
            String caseNumber = json.readTree(created.get(0).getBody()).get("zaaknummer").asText();
            for (var answer : done) {
                if (answer != created.get(0)) {
                    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
                    JsonNode problem = json.readTree(answer.getBody());
                    assertThat(problem.get("title").asText()).as("the open-case check, not the unique index")
                            .isEqualTo("Er loopt al een zaak voor deze persoon");
                    assertThat(problem.get("zaaknummer").asText()).isEqualTo(caseNumber);
                }
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE bsn = ?").param(bsn).query(Long.class).single())
                    .isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    private ResponseEntity<String> post(Map<String, Object> body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("consulent", "demo").exchange("/api/aanmeldingen", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }
}
