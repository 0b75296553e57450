package nl.inburgeringsregie.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
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
import nl.inburgeringsregie.support.TestDates;

/** {@code POST /api/aanmeldingen} over HTTP, through the real security filters. */
@IntegrationTest
class AanmeldingApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @Test
    void registersAValidAanmeldingAndStartsTheMainProcessUnderTheCaseNumber() {
        String bsn = TestBsn.next();

        var response = post("consulent", Aanmeldingen.json(bsn));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) response.getBody().get("zaaknummer");
        assertThat(caseNumber).matches("INB-\\d{4}-\\d{6}");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/zaken/" + caseNumber);

        var instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).processDefinitionKey("inburgering").singleResult();
        assertThat(instance).as("main process under the case number").isNotNull();
        assertThat(instance.getTenantId()).isEqualTo(Aanmeldingen.HOORN);
        assertThat(jdbc.sql("SELECT process_instance_id FROM integration_case WHERE case_number = ?")
                .param(caseNumber).query(String.class).single()).isEqualTo(instance.getId());
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM inbound_message m JOIN integration_case c ON m.case_id = c.id
                WHERE c.case_number = ? AND m.source = 'GEMEENTE' AND m.received_by = 'consulent'""")
                .param(caseNumber).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT h.reference FROM person p JOIN household h ON p.household_id = h.id WHERE p.bsn = ?")
                .param(bsn).query(String.class).single()).isEqualTo("COA-HH-" + bsn);
    }

    @Test
    void keepsTheBsnOutOfTheProcessEngine() {
        String bsn = TestBsn.next();
        String caseNumber = (String) post("consulent", Aanmeldingen.json(bsn)).getBody().get("zaaknummer");

        var variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds(caseNumber)).list();
        assertThat(variables).isNotEmpty();
        assertThat(variables).allSatisfy(variable -> assertThat(String.valueOf(variable.getValue())).doesNotContain(bsn));
        assertThat(caseNumber).doesNotContain(bsn);
    }

    /** Probe of issue 16: the 409 does not tell another gemeente's case number for a BSN. */
    @Test
    void aSecondAanmeldingInAnotherGemeenteIsRefusedWithoutNamingTheOtherGemeentesCase() {
        String bsn = TestBsn.next();
        String westfriesland = (String) post("consulent", Aanmeldingen.json(bsn)).getBody().get("zaaknummer");
        var elsewhere = Aanmeldingen.json(bsn);
        elsewhere.put("gemeente", "GM1966");

        var second = post("consulenthogeland", elsewhere);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody()).doesNotContainKey("zaaknummer");
        assertThat(second.getBody().toString()).doesNotContain(westfriesland)
                .contains("al een lopende zaak in een andere gemeente");
    }

    @Test
    void answersASecondAanmeldingForAPersonWithAnOpenCaseWith409AndTheExistingCaseNumber() {
        String bsn = TestBsn.next();
        String first = (String) post("consulent", Aanmeldingen.json(bsn)).getBody().get("zaaknummer");

        var second = post("coa", Aanmeldingen.json(bsn));

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody()).containsEntry("zaaknummer", first);
        assertThat(second.getBody().get("detail").toString()).contains("al een lopende zaak");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM integration_case c JOIN person p ON c.person_id = p.id WHERE p.bsn = ?")
                .param(bsn).query(Integer.class).single()).isEqualTo(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("inburgering")
                .processInstanceBusinessKey(first).count()).isEqualTo(1);
    }

    @Test
    void refusesAnAanmeldingForAGemeenteTheUserDoesNotWorkFor() {
        String bsn = TestBsn.next();

        var response = post("consulenthogeland", Aanmeldingen.json(bsn));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("detail").toString()).contains("GM0405");
        assertNothingStoredFor(bsn);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void answersBadInputWith400AndADutchMessagePerFieldAndStoresNothing(String field,
            Consumer<Map<String, Object>> breakIt, String expectedMessagePart) {
        String bsn = TestBsn.next();
        var body = Aanmeldingen.json(bsn);
        breakIt.accept(body);
        long casesBefore = countCases();

        var response = post("consulent", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        @SuppressWarnings("unchecked")
        var fields = (Map<String, String>) response.getBody().get("velden");
        assertThat(fields).containsKey(field);
        assertThat(fields.get(field)).contains(expectedMessagePart);
        assertThat(countCases()).isEqualTo(casesBefore);
        assertNothingStoredFor(bsn);
    }

    static Stream<Arguments> badInput() {
        LocalDate today = TestDates.today();
        return Stream.of(
                bad("bsn", b -> b.put("bsn", "123456789"), "elfproef"),
                bad("bsn", b -> b.put("bsn", "12345"), "9 cijfers"),
                bad("bsn", b -> b.remove("bsn"), "Vul het BSN in"),
                bad("voornamen", b -> b.put("voornamen", " "), "Vul de voornamen in"),
                // Probe of issue 16: characters a reader cannot see but that change what is shown
                bad("voornamen", b -> b.put("voornamen", "Amina\u202Eruoy"), "onzichtbare tekens"),
                bad("achternaam", b -> b.put("achternaam", "Haile\nBerhane"), "op één regel"),
                bad("achternaam", b -> b.put("achternaam", "Haile\u0007"), "alleen zichtbare tekens"),
                bad("taal", b -> b.put("taal", "Tigrinya\u200B"), "onzichtbare tekens"),
                bad("achternaam", b -> b.put("achternaam", "x".repeat(201)), "hoogstens 200"),
                bad("geboortedatum", b -> b.put("geboortedatum", today.plusDays(1).toString()), "toekomst"),
                bad("geboortedatum", b -> b.put("geboortedatum", today.minusYears(15).toString()), "jonger dan 16"),
                bad("geboortedatum", b -> b.put("geboortedatum", today.minusYears(67).toString()), "AOW-leeftijd"),
                bad("geboortedatum", b -> b.put("geboortedatum", "31-12-1990"), "jjjj-mm-dd"),
                bad("nationaliteit", b -> b.put("nationaliteit", "DEU"), "EU"),
                bad("nationaliteit", b -> b.put("nationaliteit", "QQQ"), "Onbekende landcode"),
                bad("nationaliteit", b -> b.put("nationaliteit", "sy"), "drie hoofdletters"),
                bad("gemeente", b -> b.put("gemeente", "GM9999"), "niet bekend"),
                bad("gemeente", b -> b.put("gemeente", "Hoorn"), "CBS-code"),
                bad("doelgroep", b -> b.put("doelgroep", "TOERIST"), "kies uit ASIELMIGRANT"),
                bad("doelgroep", b -> b.remove("doelgroep"), "Kies de doelgroep"),
                bad("tolkNodig", b -> b.remove("tolkNodig"), "tolk"),
                bad("opleidingsniveau", b -> b.put("opleidingsniveau", "PHD"), "kies uit GEEN"),
                bad("taal", b -> b.put("taal", ""), "voorkeurstaal"),
                bad("huishoudenReferentie", b -> b.put("huishoudenReferentie", "HH 1/2"), "alleen letters"),
                bad("koppeldatum", b -> b.remove("koppeldatum"), "Vul de koppeldatum in"),
                bad("koppeldatum", b -> b.put("koppeldatum", today.plusDays(3).toString()), "toekomst"),
                bad("koppeldatum", b -> b.put("koppeldatum", "2021-06-01"), "ASIELMIGRANT_OVERGANG"),
                bad("koppeldatum", b -> {
                    b.put("doelgroep", "ASIELMIGRANT_OVERGANG");
                    b.put("koppeldatum", today.minusDays(3).toString());
                }, "vóór 1 januari 2022"),
                bad("azc", b -> b.remove("azc"), "Vul het AZC in"),
                bad("azc", b -> {
                    b.put("doelgroep", "GEZINSMIGRANT");
                    b.remove("koppeldatum");
                }, "alleen bij asielmigranten"),
                bad("onbekendVeld", b -> b.put("onbekendVeld", "x"), "Onbekend veld"),
                // issue 16 point 3: only ASCII digits (960109286 passes the eleven-test in ASCII)
                bad("bsn", b -> b.put("bsn", "\uFF19601092\uFF186"), "9 cijfers"),
                bad("bsn", b -> b.put("bsn", "\u0669\u0666\u0660\u0661\u0660\u0669\u0662\u0668\u0666"), "9 cijfers"),
                // issue 16 point 10: every value only as its own JSON type, plausible dates, no NUL
                bad("bsn", b -> b.put("bsn", 960109286), "verwacht tekst"),
                bad("geboortedatum", b -> b.put("geboortedatum", 12345), "verwacht een datum als jjjj-mm-dd"),
                bad("geboortedatum", b -> b.put("geboortedatum", "1899-12-31"), "vóór 1900"),
                bad("geboortedatum", b -> b.put("geboortedatum", "0001-01-01"), "vóór 1900"),
                bad("tolkNodig", b -> b.put("tolkNodig", 1), "verwacht true of false"),
                bad("tolkNodig", b -> b.put("tolkNodig", "true"), "verwacht true of false"),
                bad("doelgroep", b -> b.put("doelgroep", 0), "kies uit ASIELMIGRANT"),
                bad("nationaliteit", b -> b.put("nationaliteit", List.of("SYR")), "verwacht tekst"),
                bad("voornamen", b -> b.put("voornamen", "Am\u0000ina"), "NUL-teken"),
                bad("pipVorigeGemeente.dagtekening", b -> movedIn(b, "2021-12-31"), "1 januari 2022"),
                bad("pipVorigeGemeente.dagtekening", b -> movedIn(b, 20000), "verwacht een datum als jjjj-mm-dd"));
    }

    /** Someone settling here with the PIP of the previous gemeente, dated as given. */
    private static void movedIn(Map<String, Object> body, Object dagtekening) {
        body.remove("azc");
        body.remove("koppeldatum");
        body.put("pipVorigeGemeente", Map.of("gemeente", "GM0363", "dagtekening", dagtekening, "leerroute", "B1_ROUTE"));
    }

    @Test
    void acceptsAPipOfThePreviousGemeenteDatedOnTheDayWi2021TookEffect() {
        var body = Aanmeldingen.json(TestBsn.next());
        movedIn(body, "2022-01-01");

        assertThat(post("consulent", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    /** Issue 16 point 3: the same BSN in fullwidth digits was stored as another person, with a second case. */
    @Test
    void aBsnInFullwidthDigitsDoesNotDodgeTheOpenCaseCheck() {
        String bsn = TestBsn.next();
        assertThat(post("consulent", Aanmeldingen.json(bsn)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // the first and eighth digit fullwidth, as in the "９601092８6": their weights 9 and 2 add up to
        // 11, so an eleven-test that read any digit (Character.isDigit, c - '0') still passed
        String fullwidth = fullwidth(bsn.charAt(0)) + bsn.substring(1, 7) + fullwidth(bsn.charAt(7)) + bsn.substring(8);

        var body = Aanmeldingen.json(fullwidth);
        body.put("huishoudenReferentie", "COA-HH-" + bsn);

        var second = post("coa", body);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(second.getBody().get("velden").toString()).contains("bsn=Geen geldig BSN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE bsn = ?").param(fullwidth).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM integration_case c JOIN person p ON c.person_id = p.id WHERE p.bsn = ?")
                .param(bsn).query(Long.class).single()).isOne();
    }

    private static String fullwidth(char digit) {
        return String.valueOf((char) (digit - '0' + '\uFF10'));
    }

    /** Issue 16 point 10: Jackson stops at its first fault; the answer names them all. */
    @Test
    void reportsEveryBadFieldInOneAnswer() {
        String bsn = TestBsn.next();
        var body = Aanmeldingen.json(bsn);
        body.put("geboortedatum", 12345);
        body.put("tolkNodig", 1);
        body.put("doelgroep", "TOERIST");
        body.put("achternaam", " ");
        body.put("nationaliteit", "sy");
        body.put("onbekendVeld", "x");

        var response = post("consulent", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        @SuppressWarnings("unchecked")
        var fields = (Map<String, String>) response.getBody().get("velden");
        assertThat(fields).containsOnlyKeys("geboortedatum", "tolkNodig", "doelgroep", "achternaam", "nationaliteit",
                "onbekendVeld");
        assertThat(fields.get("geboortedatum")).isEqualTo(
                "Ongeldige waarde 12345; verwacht een datum als jjjj-mm-dd, als tekst tussen aanhalingstekens");
        assertThat(fields.get("tolkNodig")).isEqualTo("Ongeldige waarde 1; verwacht true of false");
        assertThat(fields.get("achternaam")).isEqualTo("Vul de achternaam in");
        assertThat(response.getBody().get("detail")).isEqualTo("Het verzoek bevat 6 fouten; zie 'velden'.");
        assertNothingStoredFor(bsn);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void answersUnreadableJsonWith400AndSaysWhyInDutch(String what, String body, String expected) {
        String bsn = TestBsn.next();
        var response = rest.withBasicAuth("consulent", "demo").exchange("/api/aanmeldingen", HttpMethod.POST,
                new HttpEntity<>(body.replace("BSN", bsn), jsonHeaders()), JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("velden").toString()).contains(expected);
        assertNothingStoredFor(bsn);
    }

    static Stream<Arguments> unreadable() throws Exception {
        String valid = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Aanmeldingen.json("BSN"));
        return Stream.of(
                Arguments.of("duplicate key", valid.replace("{\"voornamen\"", "{\"bsn\":\"999990019\",\"voornamen\""),
                        "body=Het verzoek is geen geldige JSON: het veld 'bsn' komt twee keer voor"),
                Arguments.of("trailing garbage", valid + " x", "body=Het verzoek is geen geldige JSON"),
                Arguments.of("a second document", valid + "{}", "na het JSON-document volgt nog tekst"),
                Arguments.of("raw NUL", valid.replace("Amina", "Am\u0000ina"), "het bevat een NUL-teken (U+0000)"),
                Arguments.of("not an object", "[" + valid + "]", "body=Ongeldige waarde; verwacht een object met velden"));
    }

    @Test
    void answersAnotherMediaTypeWith415InDutch() {
        var headers = jsonHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        String bsn = TestBsn.next();

        var response = rest.withBasicAuth("consulent", "demo").exchange("/api/aanmeldingen", HttpMethod.POST,
                new HttpEntity<>(Aanmeldingen.json(bsn).toString(), headers), JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(response.getBody().get("detail").toString()).startsWith("Stuur het verzoek als JSON");
        assertNothingStoredFor(bsn);
    }

    @Test
    void listsEveryMissingFieldAtOnce() {
        var response = post("consulent", Map.of());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        @SuppressWarnings("unchecked")
        var fields = (Map<String, String>) response.getBody().get("velden");
        assertThat(fields).containsKeys("voornamen", "achternaam", "bsn", "geboortedatum", "nationaliteit",
                "doelgroep", "gemeente", "taal", "tolkNodig", "opleidingsniveau");
    }

    @Test
    void answersMalformedJsonWith400() {
        var headers = jsonHeaders();
        var response = rest.withBasicAuth("consulent", "demo").exchange("/api/aanmeldingen", HttpMethod.POST,
                new HttpEntity<>("{\"voornamen\": ", headers), JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("velden").toString()).contains("geen geldige JSON");
    }

    /**
     * Turkish nationals are inburgeringsplichtig under the Wet inburgering 2021: the association agreement's
     * exemption of the Wi2013 era ended for asielstatushouders and their family on 1 May 2020 and for every other
     * newcomer on 1 January 2022 (Rijksoverheid, "Rijksoverheid start voorlichting inburgeringsplicht nieuwkomers
     * met Turkse nationaliteit", 17 November 2021; inburgeren.nl, "Vanaf 1 januari 2022 inburgeringsplicht voor alle
     * nieuwkomers met Turkse nationaliteit"). Only EU, EEA and Swiss nationals are refused by nationality.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ASIELMIGRANT", "GEZINSMIGRANT"})
    void acceptsATurkishNationalAsInburgeringsplichtig(String doelgroep) {
        var body = Aanmeldingen.json(TestBsn.next());
        body.put("nationaliteit", "TUR");
        body.put("doelgroep", doelgroep);
        if (doelgroep.equals("GEZINSMIGRANT")) {
            body.remove("koppeldatum");
            body.remove("azc");
            body.remove("huishoudenReferentie");
        }

        assertThat(post("coa", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void acceptsAGezinsmigrantWithoutKoppeldatumOrAzc() {
        var body = Aanmeldingen.json(TestBsn.next());
        body.put("doelgroep", "GEZINSMIGRANT");
        body.remove("koppeldatum");
        body.remove("azc");
        body.remove("huishoudenReferentie");

        var response = post("coa", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.sql("""
                SELECT m.source FROM inbound_message m JOIN integration_case c ON m.case_id = c.id
                WHERE c.case_number = ?""").param(response.getBody().get("zaaknummer")).query(String.class).single())
                .as("an aanmelding by COA's coupling account is a COA message").isEqualTo("COA");
    }

    @Test
    void showsTheCaseFileWithoutTheBsnToUsersOfItsGemeenteOnly() {
        String bsn = TestBsn.next();
        String caseNumber = (String) post("consulent", Aanmeldingen.json(bsn)).getBody().get("zaaknummer");

        var own = rest.withBasicAuth("coordinator", "demo").exchange("/api/zaken/" + caseNumber, HttpMethod.GET,
                null, String.class);
        var other = rest.withBasicAuth("consulenthogeland", "demo").exchange("/api/zaken/" + caseNumber,
                HttpMethod.GET, null, String.class);

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).contains("\"fase\":\"WARME_OVERDRACHT\"").contains("Amina Testpersoon")
                .doesNotContain(bsn);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static Arguments bad(String field, Consumer<Map<String, Object>> breakIt, String message) {
        return Arguments.of(field, breakIt, message);
    }

    private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
        return Logins.as(rest, user).exchange("/api/aanmeldingen", HttpMethod.POST,
                new HttpEntity<>(body, jsonHeaders()), JSON);
    }

    private static HttpHeaders jsonHeaders() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return headers;
    }

    private long countCases() {
        return jdbc.sql("SELECT COUNT(*) FROM integration_case").query(Long.class).single();
    }

    private void assertNothingStoredFor(String bsn) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE bsn = ?").param(bsn).query(Long.class).single())
                .as("no person stored").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE payload LIKE ?").param("%" + bsn + "%")
                .query(Long.class).single()).as("no message stored").isZero();
    }

    private String[] processInstanceIds(String caseNumber) {
        var main = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list();
        return main.stream().map(p -> p.getId()).toArray(String[]::new);
    }
}
