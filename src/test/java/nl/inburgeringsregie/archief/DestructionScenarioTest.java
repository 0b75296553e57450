package nl.inburgeringsregie.archief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Issue 21, point 4: "A destruction list of cases past their date is proposed, approved by a coordinator of the gemeente
 * (four eyes with the archivist role), then carried out … Cases under a legal hold or with open procedures are never
 * proposed. Done when: a test walks a closed case through the destruction list and finds no trace of the person left in
 * our tables or the engine's history". The cases are in Stede Broec (no other test works there), closed today by DUO's
 * SS110 (selectielijst 8.3, vernietigen after ten years); the clock then travels past their archiefactiedatum.
 */
class DestructionScenarioTest extends ScenarioTest {

    static final String STEDE_BROEC = "GM0532";

    /** The past-date moment every test travels to: a day after the archiefactiedatum of a case closed today. */
    static final LocalDate PAST_DATE = TODAY.plusYears(10).plusDays(1);

    record Closed(String caseNumber, long caseId, long personId, String bsn, String surname, List<String> instances) {
    }

    @Test
    void aClosedCasePastItsDateIsProposedApprovedByACoordinatorAndAnArchivistAndLeavesNoTraceOfThePerson()
            throws Exception {
        Closed closed = aClosedCase();
        getJson("coordinator", "/api/zaken/" + closed.caseNumber());
        // a daily digest that named the case, and a DUO notification about the person that found no case
        jdbc.sql("""
                INSERT INTO signal_mail (recipient, digest_day, subject, body, status, created_at, next_attempt_at)
                VALUES ('coordinator', ?, 'Overzicht', ?, 'VERZONDEN', ?, ?)""")
                .params(TODAY.plusDays(ThreadLocalRandom.current().nextInt(1, 3000)),
                        "Te laat: " + closed.caseNumber() + " (PIP)", OffsetDateTime.now(), OffsetDateTime.now())
                .update();
        jdbc.sql("""
                INSERT INTO inbound_message (source, kind, payload, received_at, received_by)
                VALUES ('DUO', 'NOTIFICATIE', ?, ?, 'duo')""")
                .params("{\"bsn\":\"" + closed.bsn() + "\"}", OffsetDateTime.now()).update();
        assertThat(closed.instances()).as("the case's process instances in the engine's history").isNotEmpty();
        assertThat(traces(closed)).as("before: the scan finds the person").isNotEmpty();

        driver.travelTo(PAST_DATE, 9);
        JsonNode list = propose("coordinator");
        assertThat(caseNumbers(list)).contains(closed.caseNumber());
        assertThat(list.path("status").asText()).isEqualTo("VOORGESTELD");
        assertThat(list.path("voorgesteldDoor").asText()).isEqualTo("coordinator");

        JsonNode first = approve("coordinator", list, 200);
        assertThat(first.path("goedgekeurdDoorCoordinator").asText()).isEqualTo("coordinator");
        assertThat(first.path("status").asText()).as("one approval destroys nothing").isEqualTo("VOORGESTELD");
        assertThat(records.caseOf(closed.caseNumber())).isNotNull();

        JsonNode done = approve("archivaris", list, 200);
        assertThat(done.path("status").asText()).isEqualTo("UITGEVOERD");
        assertThat(done.path("goedgekeurdDoorArchivaris").asText()).isEqualTo("archivaris");

        assertThat(traces(closed)).as("every table of the schema, ours and the engine's").isEmpty();

        JsonNode verklaring = single(rowsOf(getJson("archivaris", "/api/archief/verklaringen?lijst=" + list.path("id"))
                , closed.caseNumber()));
        assertThat(verklaring.path("gemeente").asText()).isEqualTo(STEDE_BROEC);
        assertThat(verklaring.path("zaaktype").asText()).isEqualTo("Inburgering (Wet inburgering 2021)");
        assertThat(verklaring.path("selectielijstCategorie").asText()).isEqualTo("8.3");
        assertThat(verklaring.path("resultaat").asText()).isEqualTo("Inburgeringsplicht ingetrokken");
        assertThat(verklaring.path("archiefactiedatum").asText()).isEqualTo(TODAY.plusYears(10).toString());
        assertThat(verklaring.path("voorgesteldDoor").asText()).isEqualTo("coordinator");
        assertThat(verklaring.path("goedgekeurdDoorCoordinator").asText()).isEqualTo("coordinator");
        assertThat(verklaring.path("goedgekeurdDoorArchivaris").asText()).isEqualTo("archivaris");
        assertThat(verklaring.path("procesinstanties").asInt()).isEqualTo(closed.instances().size());
        assertThat(verklaring.path("verwerkingsregels").asInt()).as("the processing records past their term")
                .isPositive();
        assertThat(verklaring.toString()).doesNotContain(closed.bsn(), closed.surname(), "Amina",
                String.valueOf(TODAY.minusYears(30)));

        var csv = rest.withBasicAuth("coordinator", "demo").getForEntity("/api/archief/verklaringen.csv?lijst="
                + list.path("id"), String.class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getBody()).contains(closed.caseNumber() + ";Inburgering (Wet inburgering 2021);8.3;Beëindigd;")
                .doesNotContain(closed.bsn());
        assertThat(rest.withBasicAuth("coordinatorhogeland", "demo").getForObject("/api/archief/verklaringen",
                String.class)).doesNotContain(closed.caseNumber());
    }

    @Test
    void aHeldCaseAnOpenCaseACaseWithARunningProcessAndOneWithAFineAwaitingItsDecisionAreNeverProposed()
            throws Exception {
        Closed held = aClosedCase();
        Closed fined = aClosedCase();
        Closed free = aClosedCase();
        var open = CaseDriver.register(engine, aanmeldingen, request(TestBsn.next(), "Open"));
        var running = CaseDriver.register(engine, aanmeldingen, request(TestBsn.next(), "Lopend"));
        // closed in our tables while its process still runs: an open procedure all the same
        long runningId = records.caseOf(running.caseNumber()).id();
        jdbc.sql("UPDATE integration_case SET closed_at = ?, closed_reason = 'INGETROKKEN' WHERE id = ?")
                .params(OffsetDateTime.now(), runningId).update();
        jdbc.sql("""
                INSERT INTO case_archive (case_id, result_category, category_name, nomination, retention, source_date,
                                          action_date, archive_status, determined_at)
                VALUES (?, '8.3', 'Beëindigd', 'VERNIETIGEN', 'P10Y', ?, ?, 'NOG_TE_ARCHIVEREN', ?)""")
                .params(runningId, TODAY, TODAY.plusYears(10), OffsetDateTime.now()).update();
        jdbc.sql("""
                INSERT INTO sanction (case_id, kind, ground, amount_euros, motivation, issued_on, proposed_by, proposed_at)
                VALUES (?, 'BOETE', 'BREDE_INTAKE_NIET_MEEWERKEN', 250, 'Voorstel', ?, 'consulent', ?)""")
                .params(fined.caseId(), TODAY, OffsetDateTime.now()).update();

        assertThat(hold("coordinator", open.caseNumber(), "Bezwaar").getStatusCode().value())
                .as("an open case needs no hold").isEqualTo(409);
        assertThat(hold("archivaris", held.caseNumber(), " ").getStatusCode().value()).isEqualTo(400);
        var placed = hold("archivaris", held.caseNumber(), "Bezwaar tegen de beschikking loopt");
        assertThat(placed.getStatusCode().value()).as(placed.getBody()).isEqualTo(201);
        assertThat(hold("coordinator", held.caseNumber(), "Nog een").getStatusCode().value()).isEqualTo(409);
        assertThat(hold("consulent", held.caseNumber(), "Mag niet").getStatusCode().value()).isEqualTo(403);
        assertThat(hold("coordinatorhogeland", held.caseNumber(), "Andere gemeente").getStatusCode().value())
                .isEqualTo(404);

        driver.travelTo(PAST_DATE, 9);
        JsonNode list = propose("archivaris");
        assertThat(caseNumbers(list)).contains(free.caseNumber()).doesNotContain(held.caseNumber(),
                fined.caseNumber(), open.caseNumber(), running.caseNumber());
        reject("coordinator", list, "Eerst de lijst met de afdeling doornemen", 200);

        // lifted, the hold no longer keeps the case; its history stays on record until the case goes
        var lifted = post("coordinator", "/api/archief/zaken/" + held.caseNumber() + "/blokkade/opheffen",
                Map.of("reden", "Bezwaar ongegrond verklaard"));
        assertThat(lifted.getStatusCode().value()).as(lifted.getBody()).isEqualTo(200);
        assertThat(json.readTree(lifted.getBody()).path("actief").asBoolean()).isFalse();
        assertThat(post("coordinator", "/api/archief/zaken/" + held.caseNumber() + "/blokkade/opheffen",
                Map.of("reden", "Nog eens")).getStatusCode().value()).isEqualTo(409);
        JsonNode again = propose("coordinator");
        assertThat(caseNumbers(again)).contains(held.caseNumber(), free.caseNumber());
        reject("archivaris", again, "Niet nu", 200);
    }

    @Test
    void fourEyesACoordinatorAndAnArchivistTwoPeopleOfTheGemeente() throws Exception {
        Closed closed = aClosedCase();
        driver.travelTo(PAST_DATE, 9);
        var refused = post("consulent", "/api/archief/vernietigingslijsten", Map.of("gemeente", STEDE_BROEC));
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(post("coordinatorhogeland", "/api/archief/vernietigingslijsten", Map.of("gemeente", STEDE_BROEC))
                .getStatusCode().value()).as("not a gemeente of the user").isEqualTo(400);
        JsonNode list = propose("coordinator");
        String path = "/api/archief/vernietigingslijsten/" + list.path("id").asLong();

        assertThat(rest.withBasicAuth("consulent", "demo").getForEntity(path, String.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(rest.withBasicAuth("coordinatorhogeland", "demo").getForEntity(path, String.class)
                .getStatusCode().value()).as("another gemeente's list").isEqualTo(404);
        assertThat(post("coordinatorhogeland", path + "/goedkeuren", Map.of()).getStatusCode().value()).isEqualTo(404);
        assertThat(post("consulent", path + "/goedkeuren", Map.of()).getStatusCode().value()).isEqualTo(403);

        // the archivist approves what the list shows, and reads no case file
        for (String caseRead : List.of("/api/zaken/", "/api/regie/zaken/")) {
            assertThat(rest.withBasicAuth("archivaris", "demo").getForEntity(caseRead + closed.caseNumber(), String.class)
                    .getStatusCode().value()).as(caseRead).isEqualTo(403);
        }

        approve("coordinator", list, 200);
        var twice = post("coordinator", path + "/goedkeuren", Map.of());
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(twice.getBody()).path("detail").asText()).contains("al goedgekeurd", "vier ogen");
        var secondCoordinator = post("coordinator2", path + "/goedkeuren", Map.of());
        assertThat(secondCoordinator.getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(secondCoordinator.getBody()).path("detail").asText())
                .contains("nu is een archivaris van de gemeente nodig");
        assertThat(records.caseOf(closed.caseNumber())).as("nothing destroyed yet").isNotNull();

        JsonNode done = approve("archivaris", list, 200);
        assertThat(done.path("status").asText()).isEqualTo("UITGEVOERD");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM integration_case WHERE case_number = ?").param(closed.caseNumber())
                .query(Long.class).single()).isZero();
        assertThat(post("archivaris", path + "/afwijzen", Map.of("reden", "Te laat")).getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void eitherMayRejectAListWithAReasonAndNothingOfItIsDestroyed() throws Exception {
        Closed closed = aClosedCase();
        driver.travelTo(PAST_DATE, 9);
        JsonNode list = propose("coordinator");
        approve("coordinator", list, 200);
        reject("archivaris", list, "", 400);
        JsonNode rejected = reject("archivaris", list, "Zaak nodig voor een WOO-verzoek", 200);
        assertThat(rejected.path("status").asText()).isEqualTo("AFGEWEZEN");
        assertThat(rejected.path("afgewezenDoor").asText()).isEqualTo("archivaris");
        assertThat(rejected.path("redenAfwijzing").asText()).isEqualTo("Zaak nodig voor een WOO-verzoek");
        approve("archivaris", list, 409);
        assertThat(records.caseOf(closed.caseNumber()).id()).isEqualTo(closed.caseId());
        assertThat(getJson("coordinator", "/api/archief/verklaringen?lijst=" + list.path("id")).size()).isZero();
    }

    /**
     * A processing record of the person still within its own bewaartermijn (P5Y) stays when the case goes (it names
     * only the person's internal id); the records past their term go with the case; the nightly purge of the
     * processing log removes the rest when their term ends.
     */
    @Test
    void processingRecordsWithinTheirTermStayUntilTheirTermEndsThoseBeyondItGoWithTheCase() throws Exception {
        Closed closed = aClosedCase();
        driver.travelTo(PAST_DATE, 9);
        getJson("coordinator", "/api/zaken/" + closed.caseNumber() + "/archief");
        JsonNode list = propose("coordinator");
        approve("coordinator", list, 200);
        approve("archivaris", list, 200);

        List<OffsetDateTime> left = jdbc.sql("""
                SELECT a.tijdstip FROM verwerkt_object o JOIN verwerkingsactie a ON a.id = o.actie_id
                WHERE o.soort_object_id = 'persoon-id' AND o.object_id = ?""")
                .param(String.valueOf(closed.personId())).query(OffsetDateTime.class).list();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).toLocalDate()).isAfter(TODAY.plusYears(5));

        // the nightly purge removes it once its own term has passed, and the person leaves no trace at all
        driver.travelTo(PAST_DATE.plusYears(5), 9);
        assertThat(processingLogRetention.purge()).isPositive();
        assertThat(traces(closed)).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    nl.inburgeringsregie.verwerking.ProcessingLogRetention processingLogRetention;

    /** The person has a case again (registered after the first closed): only the old case goes, the person stays. */
    @Test
    void aPersonWithAnotherCaseStaysWhenTheirOldCaseIsDestroyed() throws Exception {
        Closed old = aClosedCase();
        var again = CaseDriver.register(engine, aanmeldingen, request(old.bsn(), old.surname()));
        assertThat(records.caseOf(again.caseNumber()).personId()).isEqualTo(old.personId());

        driver.travelTo(PAST_DATE, 9);
        JsonNode list = propose("coordinator");
        assertThat(caseNumbers(list)).contains(old.caseNumber()).doesNotContain(again.caseNumber());
        approve("archivaris", list, 200);
        approve("coordinator", list, 200);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM integration_case WHERE case_number = ?").param(old.caseNumber())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT bsn FROM person WHERE id = ?").param(old.personId()).query(String.class).single())
                .isEqualTo(old.bsn());
        assertThat(records.caseOf(again.caseNumber()).isOpen()).isTrue();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(old.caseNumber()).count()).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(again.caseNumber()).count()).as("the new case runs on").isPositive();
    }

    @org.springframework.beans.factory.annotation.Autowired
    DestructionSchedule schedule;

    /** The scheduled run proposes (as 'systeem'); it never approves. */
    @Test
    void theScheduledRunProposesAListPerGemeenteAndDestroysNothing() throws Exception {
        Closed closed = aClosedCase();
        driver.travelTo(PAST_DATE, 9);
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM destruction_list").query(Long.class).single();
        try {
            schedule.proposeLists();
            JsonNode lists = getJson("archivaris", "/api/archief/vernietigingslijsten");
            List<JsonNode> ours = new ArrayList<>();
            lists.forEach(list -> {
                if (list.path("id").asLong() > before && list.path("gemeente").asText().equals(STEDE_BROEC)) {
                    ours.add(list);
                }
            });
            JsonNode list = single(ours);
            assertThat(list.path("voorgesteldDoor").asText()).isEqualTo("systeem");
            assertThat(list.path("status").asText()).isEqualTo("VOORGESTELD");
            assertThat(caseNumbers(list)).contains(closed.caseNumber());
            assertThat(records.caseOf(closed.caseNumber())).isNotNull();
        } finally {
            // the run proposed lists for other gemeenten too, with other tests' cases: closed without destroying
            jdbc.sql("UPDATE destruction_list SET status = 'AFGEWEZEN', rejected_by = 'test', rejection_reason = 'test'"
                    + " WHERE id > ? AND status = 'VOORGESTELD'").param(before).update();
        }
    }

    // ---- helpers

    private Closed aClosedCase() {
        String bsn = TestBsn.next();
        StringBuilder surname = new StringBuilder("Vernietigtoets");
        for (int i = 0; i < 8; i++) {
            surname.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        toSchakel4(request(bsn, surname.toString()), "B1_ROUTE");
        driver.duoDecision(InburgeringProcess.MESSAGE_DUO_INBURGERINGSPLICHT_BEEINDIGD, "SS110");
        var aCase = aCase();
        assertThat(aCase.isOpen()).isFalse();
        List<String> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(aCase.caseNumber()).list().stream().map(i -> i.getId()).toList();
        return new Closed(aCase.caseNumber(), aCase.id(), aCase.personId(), bsn, surname.toString(), instances);
    }

    private static AanmeldingRequest request(String bsn, String surname) {
        var r = Aanmeldingen.of(bsn, Doelgroep.ASIELMIGRANT, STEDE_BROEC);
        return new AanmeldingRequest(r.voornamen(), surname, bsn, r.geboortedatum(), r.nationaliteit(), r.doelgroep(),
                r.gemeente(), r.huishoudenReferentie(), r.taal(), r.tolkNodig(), r.opleidingsniveau(), r.koppeldatum(),
                r.azc(), r.nareiziger(), r.pipVorigeGemeente());
    }

    /**
     * Every place the person or the case is still found: every column of every table of the schema (ours and Camunda's
     * ACT_*, byte arrays read as text) for the BSN, the surname, the case number and the process instance ids; every
     * column named like a case or person reference for the internal ids; the processing log for the person's id. The
     * one allowed trace: the case number in the verklaring van vernietiging (destruction_record.case_number, not
     * personal data: a number the application gave the case, which after the destruction leads to nothing).
     */
    private List<String> traces(Closed closed) throws Exception {
        List<String> found = new ArrayList<>();
        List<String> needles = new ArrayList<>(List.of(closed.bsn(), closed.surname(), closed.caseNumber()));
        needles.addAll(closed.instances());
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            String quote = meta.getIdentifierQuoteString();
            List<String> tables = new ArrayList<>();
            try (var rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
                while (rs.next()) {
                    String type = rs.getString("TABLE_TYPE");
                    if (type != null && type.contains("TABLE") && !type.contains("SYSTEM")) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            assertThat(tables).as("our tables and the engine's").anyMatch(t -> t.equalsIgnoreCase("integration_case"))
                    .anyMatch(t -> t.equalsIgnoreCase("act_hi_procinst")).anyMatch(t -> t.equalsIgnoreCase("act_ge_bytearray"));
            for (String table : tables) {
                try (var statement = connection.createStatement();
                        var rows = statement.executeQuery("SELECT * FROM " + quote + table + quote)) {
                    var columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            String column = columns.getColumnLabel(i).toLowerCase();
                            String value = text(rows.getObject(i));
                            if (value == null) {
                                continue;
                            }
                            boolean allowed = table.equalsIgnoreCase("destruction_record") && column.equals("case_number");
                            for (String needle : needles) {
                                if (value.contains(needle) && !(allowed && value.equals(closed.caseNumber()))) {
                                    found.add(table + "." + column + " contains " + needle);
                                }
                            }
                            if (column.equals("case_id") && value.equals(String.valueOf(closed.caseId()))) {
                                found.add(table + ".case_id is the case's id");
                            }
                            if (column.equals("person_id") && value.equals(String.valueOf(closed.personId()))) {
                                found.add(table + ".person_id is the person's id");
                            }
                        }
                    }
                }
            }
        }
        long log = jdbc.sql("SELECT COUNT(*) FROM verwerkt_object WHERE soort_object_id = 'persoon-id' AND object_id = ?")
                .param(String.valueOf(closed.personId())).query(Long.class).single();
        if (log > 0) {
            found.add("verwerkt_object names the person's id " + log + " times");
        }
        return found;
    }

    @org.springframework.beans.factory.annotation.Autowired
    private javax.sql.DataSource dataSource;

    private static String text(Object value) throws Exception {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        if (value instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof java.sql.Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return value.toString();
    }

    private JsonNode propose(String user) throws Exception {
        var answer = post(user, "/api/archief/vernietigingslijsten", Map.of("gemeente", STEDE_BROEC));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        return json.readTree(answer.getBody());
    }

    private JsonNode approve(String user, JsonNode list, int status) throws Exception {
        var answer = post(user, "/api/archief/vernietigingslijsten/" + list.path("id").asLong() + "/goedkeuren", Map.of());
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        return json.readTree(answer.getBody());
    }

    private JsonNode reject(String user, JsonNode list, String reason, int status) throws Exception {
        var answer = post(user, "/api/archief/vernietigingslijsten/" + list.path("id").asLong() + "/afwijzen",
                Map.of("reden", reason));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        return json.readTree(answer.getBody());
    }

    private ResponseEntity<String> hold(String user, String caseNumber, String reason) {
        return post(user, "/api/archief/zaken/" + caseNumber + "/blokkade", Map.of("reden", reason));
    }

    private ResponseEntity<String> post(String user, String path, Map<String, Object> body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST,
                    new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> caseNumbers(JsonNode list) {
        List<String> numbers = new ArrayList<>();
        list.path("zaken").forEach(zaak -> numbers.add(zaak.path("zaaknummer").asText()));
        return numbers;
    }

    private static List<JsonNode> rowsOf(JsonNode array, String caseNumber) {
        List<JsonNode> rows = new ArrayList<>();
        array.forEach(row -> {
            if (row.path("zaaknummer").asText().equals(caseNumber)) {
                rows.add(row);
            }
        });
        return rows;
    }
}
