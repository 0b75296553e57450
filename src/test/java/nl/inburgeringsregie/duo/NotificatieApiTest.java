package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.duo.process.DuoNotificatieProcess;
import nl.inburgeringsregie.duo.process.DuoNotificatieVariables;
import nl.inburgeringsregie.duo.simulator.SimulatedNotificaties;
import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.Logins;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;

/**
 * DUO's Notificatie API against its official OpenAPI file: the answers the specification gives for a
 * good notification, a wrong sender, a faulty message, an unknown event and a repeated BerichtId;
 * nothing refused is lost, nothing repeated is processed twice, and an event about a person without a
 * case becomes a coordinator's task.
 */
class NotificatieApiTest extends ScenarioTest {

    private static final String DUO_OIN = "00000001999999999000";

    @Autowired
    SimulatedNotificaties duo;
    @Autowired
    GemeenteService gemeenten;

    private String hoorn;

    @BeforeEach
    void hoornsOin() {
        hoorn = gemeenten.oinOf(Aanmeldingen.HOORN).orElseThrow();
    }

    @Test
    void aNotificationIsStoredAndAnsweredWith201AndItsApiVersion() {
        String bsn = TestBsn.next();
        var sent = duo.post(UUID.randomUUID().toString(), hoorn, body(bsn, "SS101"));

        assertThat(sent.status()).isEqualTo(201);
        assertThat(stored(sent.berichtId())).isEqualTo("ONTVANGEN");
        assertThat(processingJobs()).as("processing waits for the job executor, after the answer").isOne();
        var answer = post("duo", headers(DUO_OIN, hoorn, UUID.randomUUID().toString()), body(bsn, "SS101"));
        assertThat(answer.getHeaders().getFirst("API-Version")).isEqualTo("1.8.0");
    }

    @Test
    void aRepeatedBerichtIdIsAcknowledgedButProcessedOnce() {
        String berichtId = UUID.randomUUID().toString();
        String body = body(TestBsn.next(), "SS101");
        long before = processingJobs();

        assertThat(duo.post(berichtId, hoorn, body).status()).isEqualTo(201);
        assertThat(duo.post(berichtId, hoorn, body).status()).as("the repeat is acknowledged").isEqualTo(201);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE message_id = ?").param(berichtId)
                .query(Integer.class).single()).isOne();
        assertThat(processingJobs() - before).as("and not processed twice").isOne();
        assertThat(duo.post(berichtId.toUpperCase(), hoorn, body).status())
                .as("a BerichtId is hexadecimal: in capitals it is the same message").isEqualTo(201);
        assertThat(processingJobs() - before).as("still processed once").isOne();
    }

    @Test
    void onlyDuoMayNotify() {
        String body = body(TestBsn.next(), "SS101");
        var anonymous = rest.exchange("/notificaties", HttpMethod.POST,
                new HttpEntity<>(body, headers(DUO_OIN, hoorn, UUID.randomUUID().toString())), String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getFirst("API-Version")).isEqualTo("1.8.0");
        assertThat(anonymous.getBody()).contains("fouttekst");

        assertThat(post("coa", headers(DUO_OIN, hoorn, UUID.randomUUID().toString()), body)
                .getStatusCode().value()).as("a system account that is not DUO").isEqualTo(403);
        assertThat(post("coordinator", headers(DUO_OIN, hoorn, UUID.randomUUID().toString()), body)
                .getStatusCode().value()).as("a person: DUO's API takes no password").isEqualTo(401);

        String wrongBron = UUID.randomUUID().toString();
        var notDuo = post("duo", headers("00000001000000000405", hoorn, wrongBron), body);
        assertThat(notDuo.getStatusCode().value()).as("Bron is not DUO's OIN").isEqualTo(403);
        assertThat(notDuo.getBody()).contains("niet het OIN van DUO");
        assertThat(stored(wrongBron)).as("kept on record").isEqualTo("AFGEWEZEN");

        var notOurs = post("duo", headers(DUO_OIN, "00000001000000009999", UUID.randomUUID().toString()), body);
        assertThat(notOurs.getStatusCode().value()).as("Doel is not one of our gemeenten").isEqualTo(403);
    }

    @Test
    void aNotificationOutsideTheSpecificationOrWithAnUnknownEventGets400() {
        String shortBsn = UUID.randomUUID().toString();
        var faulty = post("duo", headers(DUO_OIN, hoorn, shortBsn),
                "{\"registratieDatumTijd\":\"" + java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now().withNano(0)) + "\",\"bsn\":\"12345678\",\"gebeurtenisId\":\"SS101\"}");
        assertThat(faulty.getStatusCode().value()).isEqualTo(400);
        assertThat(faulty.getBody()).contains("voldoet niet aan de specificatie");
        assertThat(stored(shortBsn)).isEqualTo("AFGEWEZEN");

        var noBerichtId = new HttpHeaders();
        noBerichtId.setContentType(MediaType.APPLICATION_JSON);
        noBerichtId.set("bron", DUO_OIN);
        noBerichtId.set("doel", hoorn);
        assertThat(post("duo", noBerichtId, body(TestBsn.next(), "SS101")).getStatusCode().value()).isEqualTo(400);

        assertThat(post("duo", headers(DUO_OIN, hoorn, UUID.randomUUID().toString()),
                "{\"bsn\":\"" + TestBsn.next() + "\",\"gebeurtenisId\":\"SS101\"}").getStatusCode().value())
                .as("registratieDatumTijd is required").isEqualTo(400);

        String unknown = UUID.randomUUID().toString();
        var unknownEvent = post("duo", headers(DUO_OIN, hoorn, unknown), body(TestBsn.next(), "SS999"));
        assertThat(unknownEvent.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownEvent.getBody()).contains("Onbekende gebeurtenis SS999");
        assertThat(stored(unknown)).isEqualTo("AFGEWEZEN");

        String corrected = UUID.randomUUID().toString();
        post("duo", headers(DUO_OIN, hoorn, corrected), "{\"gebeurtenisId\":\"SS101\"}");
        assertThat(duo.post(corrected, hoorn, body(TestBsn.next(), "SS101")).status())
                .as("a corrected resend with the BerichtId of a refused one is taken").isEqualTo(201);
    }

    /**
     * Issue 16 point 10 (and point 3 for the BSN): a notification that is no strict JSON, not JSON at all,
     * holds a NUL, an implausible date or a BSN that is no nine ASCII digits passing the eleven-test is
     * refused in DUO's answer format (API-Version, Dutch fouttekst) and recorded as refused with its reason.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedNotifications")
    void aNotificationThatCannotBeTakenIsRefusedInDutchAndRecorded(String what, MediaType type, String body,
            int status, String reason) {
        String berichtId = UUID.randomUUID().toString();
        var headers = headers(DUO_OIN, hoorn, berichtId);
        headers.setContentType(type);

        var answer = post("duo", headers, body);

        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getHeaders().getFirst("API-Version")).isEqualTo("1.8.0");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(answer.getBody()).startsWith("{\"fouttekst\":\"").contains(reason);
        var record = jdbc.sql("SELECT status, outcome, payload FROM inbound_message WHERE message_id = ?")
                .param(berichtId).query().singleRow();
        assertThat(record.get("status")).as("recorded as refused").isEqualTo("AFGEWEZEN");
        assertThat(record.get("outcome").toString()).contains(reason);
        assertThat(record.get("payload").toString()).as("stored without NUL").doesNotContain("\u0000")
                .isEqualTo(body.replace("\u0000", "\\u0000"));
    }

    static Stream<Arguments> refusedNotifications() {
        String good = body(TestBsn.next(), "SS101");
        return Stream.of(
                Arguments.of("text/plain", MediaType.TEXT_PLAIN, good, 415, "Het bericht moet JSON zijn"),
                Arguments.of("a form", MediaType.APPLICATION_FORM_URLENCODED, "bsn=960109286", 415, "moet JSON zijn"),
                Arguments.of("no JSON", MediaType.APPLICATION_JSON, "{\"bsn\": ", 400,
                        "Het bericht is geen geldige JSON: de opbouw klopt niet"),
                Arguments.of("trailing garbage", MediaType.APPLICATION_JSON, good + "x", 400, "geen geldige JSON"),
                Arguments.of("a second document", MediaType.APPLICATION_JSON, good + "{}", 400,
                        "na het JSON-document volgt nog tekst"),
                Arguments.of("duplicate key", MediaType.APPLICATION_JSON,
                        good.replace("{", "{\"gebeurtenisId\":\"SS139\","), 400, "het veld 'gebeurtenisId' komt twee keer voor"),
                Arguments.of("raw NUL", MediaType.APPLICATION_JSON, good.replace("SS101", "SS\u0000101"), 400,
                        "het bevat een NUL-teken (U+0000)"),
                Arguments.of("escaped NUL", MediaType.APPLICATION_JSON, good.replace("SS101", "SS\\u0000101"), 400,
                        "Het veld 'gebeurtenisId' bevat een NUL-teken"),
                Arguments.of("year 1", MediaType.APPLICATION_JSON, withRegistration(good, "0001-01-01T00:00:00Z"), 400,
                        "De registratieDatumTijd 0001-01-01T00:00:00Z kan niet kloppen"),
                Arguments.of("year 9999", MediaType.APPLICATION_JSON, withRegistration(good, "9999-12-31T23:59:59+01:00"),
                        400, "kan niet kloppen"),
                Arguments.of("before Wi2021", MediaType.APPLICATION_JSON, withRegistration(good, "2021-12-31T23:59:59+01:00"),
                        400, "kan niet kloppen"),
                Arguments.of("BSN as a number", MediaType.APPLICATION_JSON,
                        good.replaceAll("\"bsn\":\"(\\d+)\"", "\"bsn\":$1"), 400, "voldoet niet aan de specificatie"),
                Arguments.of("BSN failing the eleven-test", MediaType.APPLICATION_JSON, body("123456789", "SS101"), 400,
                        "Het BSN voldoet niet aan de elfproef"),
                Arguments.of("BSN in fullwidth digits", MediaType.APPLICATION_JSON,
                        body("\uFF19601092\uFF186", "SS101"), 400, "Het bericht voldoet niet aan de specificatie"),
                // Probe of issue 16: the reason quoting a long value no longer overflows its column (a 500, unrecorded)
                Arguments.of("an event id of 5,000 characters", MediaType.APPLICATION_JSON,
                        body(TestBsn.next(), "SS" + "1".repeat(5000)), 400, "Het bericht voldoet niet aan de specificatie"),
                Arguments.of("a BSN of 3,009 digits", MediaType.APPLICATION_JSON,
                        body("123450020" + "7".repeat(3000), "SS101"), 400, "Het bericht voldoet niet aan de specificatie"));
    }

    @Test
    void aNotificationWithACharsetAndRegisteredOnTheDayWi2021TookEffectIsTaken() {
        var headers = headers(DUO_OIN, hoorn, UUID.randomUUID().toString());
        headers.setContentType(MediaType.parseMediaType("application/json; charset=UTF-8"));

        var answer = post("duo", headers, withRegistration(body(TestBsn.next(), "SS101"), "2022-01-01T00:00:00+01:00"));

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
    }

    private static String withRegistration(String body, String moment) {
        return body.replaceAll("\"registratieDatumTijd\":\"[^\"]*\"", "\"registratieDatumTijd\":\"" + moment + "\"");
    }

    @Test
    void anEventAboutAPersonWithoutACaseBecomesACoordinatorsTaskAndCanBeLinkedToTheCase() {
        String bsn = TestBsn.next();
        var sent = duo.post(UUID.randomUUID().toString(), hoorn, body(bsn, "SS116"));
        runProcessing();

        var task = engine.getTaskService().createTaskQuery().taskDefinitionKey(DuoNotificatieProcess.TASK_NOTIFICATIE_UITZOEKEN)
                .processVariableValueEquals(DuoNotificatieVariables.VAR_NOTIFICATION_ID, notificationId(sent.berichtId()))
                .singleResult();
        assertThat(task).as("the coordinators' task").isNotNull();
        assertThat(task.getTenantId()).isEqualTo(Aanmeldingen.HOORN);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> "coordinatoren".equals(link.getGroupId()));
        assertThat(stored(sent.berichtId())).isEqualTo("ONBEKEND");

        // the coordinator registers the person and links the case: processed again, now for the case
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(bsn));
        engine.getTaskService().complete(task.getId(), java.util.Map.of(DuoNotificatieVariables.VAR_LINKED_CASE,
                driver.caseNumber(), "uitzoekToelichting", "Aangemeld door COA na de notificatie"));
        runProcessing();

        var signal = engine.getTaskService().createTaskQuery().taskDefinitionKey(DuoNotificatieProcess.TASK_SIGNAAL_BEOORDELEN)
                .processInstanceBusinessKey(driver.caseNumber()).singleResult();
        assertThat(signal).as("SS116 (a refused request) asks the consulent to judge it").isNotNull();
        assertThat(stored(sent.berichtId())).isEqualTo("SIGNAAL");
        engine.getTaskService().complete(signal.getId(), java.util.Map.of("signaalActie", "PIP blijft; rechten besproken"));
        assertThat(report("DUO_SIGNAAL")).singleElement()
                .satisfies(content -> assertThat(content).contains("SS116").contains("PIP blijft"));
    }

    @Test
    void aCaseNumberThatIsNotAnOpenCaseOfTheGemeenteIsRefusedInTheForm() {
        var sent = duo.post(UUID.randomUUID().toString(), hoorn, body(TestBsn.next(), "SS110"));
        runProcessing();
        var task = engine.getTaskService().createTaskQuery().taskDefinitionKey(DuoNotificatieProcess.TASK_NOTIFICATIE_UITZOEKEN)
                .processVariableValueEquals(DuoNotificatieVariables.VAR_NOTIFICATION_ID, notificationId(sent.berichtId()))
                .singleResult();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
                java.util.Map.of(DuoNotificatieVariables.VAR_LINKED_CASE, "Z-0000-999999", "uitzoekToelichting", "x")))
                .hasMessageContaining("geen open zaak van deze gemeente");

        engine.getTaskService().complete(task.getId(), java.util.Map.of("uitzoekToelichting",
                "Persoon woont niet (meer) in Hoorn; DUO gebeld"));
        assertThat(stored(sent.berichtId())).isEqualTo("AFGEHANDELD");
    }

    private long notificationId(String berichtId) {
        return jdbc.sql("SELECT id FROM inbound_message WHERE message_id = ?").param(berichtId).query(Long.class).single();
    }

    private void runProcessing() {
        CaseDriver.processDuoNotifications(engine);
    }

    private long processingJobs() {
        return engine.getManagementService().createJobQuery().processDefinitionKey(DuoNotificatieProcess.PROCESS_ID)
                .count();
    }

    private String stored(String berichtId) {
        return jdbc.sql("SELECT status FROM inbound_message WHERE message_id = ? ORDER BY id DESC")
                .param(berichtId).query(String.class).list().get(0);
    }

    private ResponseEntity<String> post(String user, HttpHeaders headers, String body) {
        return Logins.as(rest, user).exchange("/notificaties", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }

    private static HttpHeaders headers(String bron, String doel, String berichtId) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("bron", bron);
        headers.set("doel", doel);
        headers.set("berichtId", berichtId);
        return headers;
    }

    private static String body(String bsn, String event) {
        return "{\"registratieDatumTijd\":\"" + java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now().withNano(0)) + "\",\"bsn\":\"" + bsn
                + "\",\"gebeurtenisId\":\"" + event + "\"}";
    }
}
