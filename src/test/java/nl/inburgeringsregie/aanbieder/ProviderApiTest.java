package nl.inburgeringsregie.aanbieder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.support.Logins;

/**
 * The providers API (issue 20, point 1): everyone reads the list with their own gemeenten' contracts, coordinatoren
 * read DUO's list and contract providers for their own gemeenten, only for the routes DUO recognises them for (README
 * R:97). Demo users (security.DemoUsers): consulent and coordinator work for Westfriesland (GM0405 Hoorn among them),
 * consulenthogeland and coordinatorhogeland for Het Hogeland (GM1966).
 */
@IntegrationTest
class ProviderApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void duosListRead() throws Exception {
        ProviderTestData.clear(jdbc);
        var sync = Logins.as(rest, "coordinator").postForEntity("/api/aanbieders/synchroniseren", null, String.class);
        assertThat(sync.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(sync.getBody()).path("toelichting").asText()).contains("instellingen ontvangen van DUO");
    }

    @AfterEach
    void clean() {
        ProviderTestData.clear(jdbc);
    }

    @Test
    void aCoordinatorContractsARecognisedProviderAndEveryoneOfTheGemeenteSeesIt() throws Exception {
        var put = contract("coordinator", "DEMO000001", "GM0405", "B1_ROUTE", "Z_ROUTE");

        assertThat(put.getStatusCode().value()).isEqualTo(200);
        var contracts = json.readTree(put.getBody()).path("contracten");
        assertThat(contracts).hasSize(2);
        assertThat(contracts.get(0).path("gemeenteNaam").asText()).isEqualTo("Hoorn");
        assertThat(contracts.get(0).path("leerroute").asText()).isEqualTo("B1_ROUTE");
        assertThat(contracts.get(0).path("leerrouteOmschrijving").asText()).isEqualTo("B1-route");

        var forB1 = get("consulent", "/api/aanbieders?leerroute=B1_ROUTE");
        assertThat(forB1.findValuesAsText("instellingsnummer")).containsExactly("DEMO000001");
        assertThat(forB1.get(0).path("erkenning").asText()).isEqualTo("Keurmerk Blik op Werk");
        assertThat(get("consulent", "/api/aanbieders?gemeente=GM0405&leerroute=ONDERWIJSROUTE")).isEmpty();
        assertThat(get("consulenthogeland", "/api/aanbieders?leerroute=B1_ROUTE"))
                .as("Het Hogeland does not see Hoorn's contracts").isEmpty();
        var all = get("consulenthogeland", "/api/aanbieders");
        assertThat(all).hasSize(6);
        assertThat(all.findValues("contracten")).allMatch(JsonNode::isEmpty);

        var fewer = contract("coordinator", "DEMO000001", "GM0405", "Z_ROUTE");
        assertThat(fewer.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(fewer.getBody()).path("contracten").findValuesAsText("leerroute"))
                .containsExactly("Z_ROUTE");
        assertThat(get("consulent", "/api/aanbieders?leerroute=B1_ROUTE")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM provider_contract WHERE leerroute = 'B1_ROUTE' AND valid_to IS NOT NULL")
                .query(Long.class).single()).as("the ended contract is kept").isEqualTo(1);
    }

    @Test
    void aTaalschakelinstellingServesOnlyTheOnderwijsroute() throws Exception {
        assertThat(contract("coordinator", "DEMO000005", "GM0405", "ONDERWIJSROUTE").getStatusCode().value())
                .isEqualTo(200);

        var refused = contract("coordinator", "DEMO000005", "GM0405", "ONDERWIJSROUTE", "B1_ROUTE");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        var fields = json.readTree(refused.getBody()).path("velden");
        assertThat(fields.path("leerroutes[1]").asText()).isEqualTo("Taalschakeljaar Noord-Holland (demo) is niet"
                + " erkend door Blik op Werk; voor de B1-route moet de aanbieder het keurmerk van Blik op Werk hebben.");
        assertThat(fields.has("leerroutes[0]")).isFalse();
        assertThat(openContracts("DEMO000005")).as("nothing half-written").containsExactly("ONDERWIJSROUTE");
    }

    @Test
    void aProviderWithoutKeurmerkIsRefusedForEveryRoute() throws Exception {
        var refused = contract("coordinator", "DEMO000006", "GM0405", "ONDERWIJSROUTE", "Z_ROUTE");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        var fields = json.readTree(refused.getBody()).path("velden");
        assertThat(fields.path("leerroutes[0]").asText()).contains("geen erkende taalschakelinstelling (TST)");
        assertThat(fields.path("leerroutes[1]").asText()).contains("is niet erkend door Blik op Werk");
        assertThat(openContracts("DEMO000006")).isEmpty();
    }

    @Test
    void badInputIsRefusedInDutchPerField() throws Exception {
        var unknown = contract("coordinator", "DEMO999999", "GM0405", "B1_ROUTE");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(unknown.getBody()).path("detail").asText())
                .isEqualTo("Er is geen aanbieder met instellingsnummer DEMO999999 bekend.");

        var otherGemeente = contract("coordinator", "DEMO000001", "GM1966", "B1_ROUTE");
        assertThat(otherGemeente.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(otherGemeente.getBody()).path("velden").path("gemeente").asText())
                .isEqualTo("Gemeente GM1966 is niet een van uw gemeenten.");

        var empty = put("coordinator", "DEMO000001", Map.of());
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        var emptyFields = json.readTree(empty.getBody()).path("velden");
        assertThat(emptyFields.path("gemeente").asText()).startsWith("Vul de gemeente in");
        assertThat(emptyFields.path("leerroutes").asText()).startsWith("Vul de leerroutes in");

        var noRoute = put("coordinator", "DEMO000001", Map.of("gemeente", "GM0405", "leerroutes", List.of("A_ROUTE")));
        assertThat(noRoute.getStatusCode().value()).isEqualTo(400);
        assertThat(noRoute.getBody()).contains("A_ROUTE");

        var twice = contract("coordinator", "DEMO000001", "GM0405", "B1_ROUTE", "B1_ROUTE");
        assertThat(twice.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(twice.getBody()).path("velden").path("leerroutes").asText())
                .isEqualTo("Elke leerroute mag maar één keer voorkomen.");

        var otherFilter = Logins.as(rest, "consulent").getForEntity("/api/aanbieders?gemeente=GM1966", String.class);
        assertThat(otherFilter.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(otherFilter.getBody()).path("velden").path("gemeente").asText())
                .isEqualTo("Gemeente GM1966 is niet een van uw gemeenten.");
        var badRoute = Logins.as(rest, "consulent").getForEntity("/api/aanbieders?leerroute=X", String.class);
        assertThat(badRoute.getStatusCode().value()).isEqualTo(400);
        assertThat(openContracts("DEMO000001")).isEmpty();
    }

    @Test
    void onlyCoordinatorsKeepTheListAndTheContracts() {
        assertThat(contract("consulent", "DEMO000001", "GM0405", "B1_ROUTE").getStatusCode().value()).isEqualTo(403);
        assertThat(Logins.as(rest, "consulent").postForEntity("/api/aanbieders/synchroniseren", null, String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(Logins.as(rest, "analist").getForEntity("/api/aanbieders", String.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(rest.getForEntity("/api/aanbieders", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(openContracts("DEMO000001")).isEmpty();
    }

    private ResponseEntity<String> contract(String user, String instellingsnummer, String gemeente, String... routes) {
        return put(user, instellingsnummer, Map.of("gemeente", gemeente, "leerroutes", List.of(routes)));
    }

    private ResponseEntity<String> put(String user, String instellingsnummer, Map<String, Object> body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return Logins.as(rest, user).exchange("/api/aanbieders/" + instellingsnummer + "/contracten", HttpMethod.PUT,
                new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode get(String user, String path) throws Exception {
        var answer = Logins.as(rest, user).getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private List<String> openContracts(String instellingsnummer) {
        return jdbc.sql("SELECT c.leerroute FROM provider_contract c JOIN provider p ON p.id = c.provider_id "
                + "WHERE p.instellingsnummer = ? AND c.valid_to IS NULL ORDER BY c.leerroute").param(instellingsnummer)
                .query(String.class).list();
    }
}
