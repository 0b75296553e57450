package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.duo.simulator.SimulatedDuoFaults;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;

/**
 * What DUO knows of a case's person, read live on request (issue 20, point 5): {@code GET /api/zaken/{nr}/duo} and the
 * case page's {@code GET /api/regie/zaken/{nr}/duo}. Each part on its own: DUO's refusal of one (403, duo-m2m/README.md
 * "Scope", R:23-27) is shown in Dutch while the others show; DUO down gives 200 with every part saying so. Every read
 * is on the case's record ({@code outbound_message}) and went through the simulator's check against DUO's files.
 */
class DuoGegevensApiTest extends SimulatedDuoScenarioTest {

    @Autowired
    SimulatedDuoFaults faults;

    @BeforeEach
    void anAsielmigrantWhomDuoKnows() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        var person = duo.person(bsn);
        person.plichtig = true;
        person.plichtBegin = TODAY.minusMonths(2);
        person.doelgroep = "Asielstatushouder";
        person.doelgroepBegin = TODAY.minusMonths(2);
        person.termijnStart = TODAY.minusMonths(1);
        // DUO extended the term by six months (SS104)
        person.termijnEinde = TODAY.minusMonths(1).plusYears(3).minusDays(1).plusMonths(6);
        person.verlengingsgrond = "Ziekte";
        person.vrijstellingen.add(Map.of("GedeeltelijkeVrijstelling", Map.of("reden", "GED", "oordeel", "Toekenning",
                "datumOordeel", TODAY.minusDays(10).toString(), "examenonderdeel", "LE", "examenniveau", "B1")));
        person.ontheffingen.add(Map.of("GedeeltelijkeOntheffing", Map.of("oordeel", "Toekenning", "datumOordeel",
                TODAY.minusDays(5).toString(), "grond", "MED", "examenonderdeel", "KNM")));
        person.examens.add(Map.of("onderdeel", "KNM", "niveau", "A2", "examendatum", TODAY.minusDays(3).toString(),
                "resultaat", "Niet geslaagd"));
    }

    @AfterEach
    void duoAnswersAgain() {
        faults.clear(bsn);
    }

    @Test
    void aConsulentReadsEveryPartInWordsBesideDuosCodes() throws Exception {
        var answer = rest.withBasicAuth("consulent", "demo").getForEntity(path(), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).as("no BSN in the answer").doesNotContain(bsn);
        JsonNode duoData = json.readTree(answer.getBody());
        assertThat(duoData.get("zaaknummer").asText()).isEqualTo(driver.caseNumber());
        assertThat(statuses(duoData)).as("every part read").containsOnly("OPGEVRAAGD");
        assertThat(value(duoData, "INBURGERINGSPLICHT_OPVRAGEN", "Inburgeringsplichtig")).isEqualTo("Ja");
        assertThat(date(duoData, "INBURGERINGSPLICHT_OPVRAGEN", "Begindatum")).isEqualTo(TODAY.minusMonths(2).toString());
        assertThat(value(duoData, "DOELGROEP_OPVRAGEN", "Doelgroep")).isEqualTo("Asielstatushouder");
        // DUO's einddatum is exclusive (Inburgeringstermijn/openapi.yml): the page shows the last day, as the case does
        assertThat(date(duoData, "TERMIJN_OPVRAGEN", "Laatste dag")).isEqualTo(duo.person(bsn).termijnEinde.toString());
        assertThat(value(duoData, "TERMIJN_OPVRAGEN", "Verlengingsgrond")).isEqualTo("Ziekte");
        assertThat(part(duoData, "TERMIJN_HISTORIE_OPVRAGEN").get("regels")).as("first term and its extension").hasSize(2);
        assertThat(value(duoData, "VRIJSTELLINGEN_OPVRAGEN", "Gedeeltelijke vrijstelling"))
                .startsWith("Toegekend: Taalonderdeel op minimaal B1 behaald").contains("Lezen op B1");
        assertThat(value(duoData, "ONTHEFFINGEN_OPVRAGEN", "Gedeeltelijke ontheffing"))
                .startsWith("Toegekend: Medisch").contains("Kennis van de Nederlandse Maatschappij");
        assertThat(value(duoData, "GRATISPOGINGEN_OPVRAGEN", "Kennis van de Nederlandse Maatschappij"))
                .as("one attempt used of the simulator's two").isEqualTo("1 gratis poging");
        assertThat(value(duoData, "GRATISPOGINGEN_OPVRAGEN", "Spreken")).isEqualTo("2 gratis pogingen");
        assertThat(code(duoData, "GRATISPOGINGEN_OPVRAGEN", "Spreken")).isEqualTo("SP");

        assertThat(jdbc.sql("SELECT operation FROM outbound_message WHERE case_id = ? AND status = 'VERZONDEN' "
                + "AND operation IN (" + String.join(",", DuoGegevens.READS.stream().map(op -> "'" + op.name() + "'")
                        .toList()) + ")").param(aCase().id()).query(String.class).list())
                .as("every read on the case's record")
                .containsExactlyInAnyOrderElementsOf(DuoGegevens.READS.stream().map(Enum::name).toList());
        assertThat(duo.journal().stream().filter(received -> DuoGegevens.READS.contains(received.operation())
                && received.path().contains(bsn)).toList()).hasSize(DuoGegevens.READS.size())
                .allSatisfy(received -> assertThat(received.findings()).isEmpty());
    }

    @Test
    void theCasePageReadsItInTheRegieChainOnlyWithinTheGemeente() {
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/api/regie/zaken/" + driver.caseNumber()
                + "/duo", String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(rest.withBasicAuth("consulent", "demo").getForEntity("/api/regie/zaken/" + driver.caseNumber()
                + "/duo", String.class).getStatusCode().value()).as("casework in the regie chain (CASEWORK)").isEqualTo(200);
        assertThat(rest.withBasicAuth("consulenthogeland", "demo").getForEntity(path(), String.class)
                .getStatusCode().value()).as("another gemeente's case does not exist for Het Hogeland").isEqualTo(404);
        assertThat(rest.withBasicAuth("consulenthogeland", "demo").getForEntity("/api/regie/zaken/"
                + driver.caseNumber() + "/duo", String.class).getStatusCode().value()).isEqualTo(404);
        var unknown = rest.withBasicAuth("consulent", "demo").getForEntity("/api/zaken/Z-0000-000000/duo", String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(rest.withBasicAuth("analist", "demo").getForEntity(path(), String.class).getStatusCode().value())
                .as("an analist reads no case").isEqualTo(403);
        assertThat(rest.getForEntity(path(), String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE case_id = ? AND operation = ?")
                .params(aCase().id(), DuoOperation.GRATISPOGINGEN_OPVRAGEN.name()).query(Integer.class).single())
                .as("only the requests of the case's own gemeente reached DUO").isEqualTo(2);
    }

    @Test
    void aPartDuoRefusesSaysSoInDutchWhileTheOthersShow() throws Exception {
        faults.refuse(bsn, DuoOperation.GRATISPOGINGEN_OPVRAGEN);

        var answer = rest.withBasicAuth("consulent", "demo").getForEntity(path(), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode duoData = json.readTree(answer.getBody());
        JsonNode refused = part(duoData, "GRATISPOGINGEN_OPVRAGEN");
        assertThat(refused.get("status").asText()).isEqualTo("GEWEIGERD");
        assertThat(refused.get("melding").asText()).startsWith("DUO geeft dit niet: ")
                .contains("Gratis examenpogingen opvragen").contains("relevant");
        assertThat(refused.get("regels")).isEmpty();
        assertThat(part(duoData, "INBURGERINGSPLICHT_OPVRAGEN").get("status").asText()).isEqualTo("OPGEVRAAGD");
        assertThat(statuses(duoData).stream().filter("OPGEVRAAGD"::equals)).hasSize(DuoGegevens.READS.size() - 1);
        assertThat(jdbc.sql("SELECT response_status FROM outbound_message WHERE case_id = ? AND operation = ? "
                + "AND status = 'AFGEWEZEN'").params(aCase().id(), DuoOperation.GRATISPOGINGEN_OPVRAGEN.name())
                .query(Integer.class).single()).isEqualTo(403);
    }

    @Test
    void duoDownIsAnAnswerWithEveryPartSayingSoNeverAnError() throws Exception {
        faults.outage(bsn);

        var answer = rest.withBasicAuth("consulent", "demo").getForEntity(path(), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode duoData = json.readTree(answer.getBody());
        assertThat(statuses(duoData)).hasSize(DuoGegevens.READS.size()).containsOnly("NIET_BEREIKBAAR");
        assertThat(part(duoData, "DOELGROEP_OPVRAGEN").get("melding").asText())
                .isEqualTo("DUO is niet bereikbaar, probeer het later opnieuw.");
        assertThat(jdbc.sql("SELECT last_error FROM outbound_message WHERE case_id = ? AND status = 'MISLUKT'")
                .param(aCase().id()).query(String.class).list()).hasSize(DuoGegevens.READS.size())
                .allSatisfy(reason -> assertThat(reason).contains("HTTP 503").doesNotContain(bsn));
    }

    private String path() {
        return "/api/zaken/" + driver.caseNumber() + "/duo";
    }

    private static List<String> statuses(JsonNode duoData) {
        return duoData.get("onderdelen").findValues("status").stream().map(JsonNode::asText).toList();
    }

    private static JsonNode part(JsonNode duoData, String soort) {
        for (JsonNode part : duoData.get("onderdelen")) {
            if (part.get("soort").asText().equals(soort)) {
                return part;
            }
        }
        throw new AssertionError("no part " + soort);
    }

    private static JsonNode line(JsonNode duoData, String soort, String omschrijving) {
        for (JsonNode line : part(duoData, soort).get("regels")) {
            if (line.get("omschrijving").asText().equals(omschrijving)) {
                return line;
            }
        }
        throw new AssertionError("no line " + omschrijving + " in " + part(duoData, soort));
    }

    private static String value(JsonNode duoData, String soort, String omschrijving) {
        return line(duoData, soort, omschrijving).get("waarde").asText();
    }

    private static String date(JsonNode duoData, String soort, String omschrijving) {
        return line(duoData, soort, omschrijving).get("datum").asText();
    }

    private static String code(JsonNode duoData, String soort, String omschrijving) {
        return line(duoData, soort, omschrijving).get("code").asText();
    }
}
