package nl.inburgeringsregie.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.Logins;
import nl.inburgeringsregie.support.TestBsn;

/**
 * The start of the obligation, not the koppeldatum, decides the law [DOMAIN.md: "Wi2021 applies to people who
 * became obliged on or after 2022-01-01 (the date the IND granted residence, not the housing date); earlier ones
 * stay under Wi2013"], and the case file says which law applies and why.
 */
@IntegrationTest
class ObligationStartDecidesTheLawApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAsielmigrantCoupledBefore2022ButObligedIn2022FallsUnderWi2021() {
        String bsn = TestBsn.next();
        var body = Aanmeldingen.json(bsn);
        body.put("koppeldatum", "2021-12-20");
        body.put("inburgeringsplichtBegindatum", "2022-01-03");

        var response = post(body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseFile = rest.withBasicAuth("coordinator", "demo").getForObject(
                "/api/zaken/" + response.getBody().get("zaaknummer"), String.class);
        assertThat(caseFile).contains("Toepasselijke wet")
                .contains("Wet inburgering 2021: inburgeringsplichtig sinds 03-01-2022 (aanmelding, DUO nog niet bekend)");
    }

    @Test
    void anObligationStartBefore2022RefusesDoelgroepAsielmigrantAndStoresNothing() {
        String bsn = TestBsn.next();
        var body = Aanmeldingen.json(bsn);
        body.put("inburgeringsplichtBegindatum", "2021-12-31");

        var response = post(body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldErrors(response)).containsEntry("inburgeringsplichtBegindatum",
                "Wie vóór 1 januari 2022 inburgeringsplichtig werd valt onder de Wet inburgering 2013: kies doelgroep "
                        + "ASIELMIGRANT_OVERGANG of ONDERTUSSENGROEP");
        assertNothingStoredFor(bsn);
    }

    @Test
    void anObligationStartIn2022RefusesDoelgroepAsielmigrantOvergangAndStoresNothing() {
        String bsn = TestBsn.next();
        var body = Aanmeldingen.json(bsn);
        body.put("doelgroep", "ASIELMIGRANT_OVERGANG");
        body.put("koppeldatum", "2021-11-01");
        body.put("inburgeringsplichtBegindatum", "2022-01-01");

        var response = post(body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldErrors(response)).containsEntry("inburgeringsplichtBegindatum",
                "Wie op of na 1 januari 2022 inburgeringsplichtig werd valt onder de Wet inburgering 2021: kies doelgroep "
                        + "ASIELMIGRANT, GEZINSMIGRANT of OVERIGE_MIGRANT");
        assertNothingStoredFor(bsn);
    }

    @Test
    void anObligationStartInTheFutureOrUnreadableIsRefusedInDutch() {
        String bsn = TestBsn.next();
        var future = Aanmeldingen.json(bsn);
        future.put("inburgeringsplichtBegindatum", "2999-01-01");
        var unreadable = Aanmeldingen.json(bsn);
        unreadable.put("inburgeringsplichtBegindatum", "morgen");

        var futureResponse = post(future);
        var unreadableResponse = post(unreadable);

        assertThat(futureResponse.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fieldErrors(futureResponse)).containsEntry("inburgeringsplichtBegindatum",
                "De begindatum van de inburgeringsplicht mag niet in de toekomst liggen");
        assertThat(unreadableResponse.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unreadableResponse.getBody().toString()).contains("jjjj-mm-dd");
        assertNothingStoredFor(bsn);
    }

    @Test
    void withoutAnObligationStartTheCaseSaysTheKoppeldatumStandsInUntilDuoIsKnown() {
        String bsn = TestBsn.next();
        var body = Aanmeldingen.json(bsn);
        body.put("koppeldatum", "2022-02-01");

        var response = post(body);

        String caseFile = rest.withBasicAuth("coordinator", "demo").getForObject(
                "/api/zaken/" + response.getBody().get("zaaknummer"), String.class);
        assertThat(caseFile).contains("Wet inburgering 2021: gekoppeld op 01-02-2022 (koppeldatum, DUO nog niet bekend)");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fieldErrors(ResponseEntity<Map<String, Object>> response) {
        return (Map<String, Object>) response.getBody().get("velden");
    }

    private ResponseEntity<Map<String, Object>> post(Map<String, Object> body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return Logins.as(rest, "consulent").exchange("/api/aanmeldingen", HttpMethod.POST,
                new HttpEntity<>(body, headers), JSON);
    }

    private void assertNothingStoredFor(String bsn) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE bsn = ?").param(bsn).query(Long.class).single())
                .as("no person stored").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE payload LIKE ?").param("%" + bsn + "%")
                .query(Long.class).single()).as("no message stored").isZero();
    }
}
