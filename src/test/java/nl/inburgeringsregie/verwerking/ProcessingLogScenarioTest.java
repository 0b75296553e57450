package nl.inburgeringsregie.verwerking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestDates;

/**
 * AVG verwerkingenlogging (issue 21, point 3). Done when: "a test reads a case page and finds the processing record,
 * and the privacy officer's export lists it". Each test makes its own person and case in Hoorn (RegieData), so the
 * records counted are this person's only.
 */
class ProcessingLogScenarioTest extends ScenarioTest {

    private static final String HOORN = "GM0405";
    private static final String SURNAME = "Verwerkingstoets";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private nl.inburgeringsregie.shared.ProcessingLog processingLog;

    private RegieData data;
    private String caseNumber;
    private long personId;
    private String bsn;

    @BeforeEach
    void aCaseInHoorn() {
        data = new RegieData(jdbc);
        long caseId = data.newCase(HOORN, "GEZINSMIGRANT", "B1_ROUTE", "consulent", null);
        data.deadline(caseId, "PIP", 1, TestDates.today().plusDays(20), "OPEN", null);
        caseNumber = data.caseNumber(caseId);
        personId = jdbc.sql("SELECT person_id FROM integration_case WHERE id = ?").param(caseId).query(Long.class).single();
        jdbc.sql("UPDATE person SET given_names = 'Zeynep', surname = ? WHERE id = ?").params(SURNAME, personId).update();
        bsn = jdbc.sql("SELECT bsn FROM person WHERE id = ?").param(personId).query(String.class).single();
    }

    @Test
    void aCoordinatorReadsTheCasePageAndThePrivacyOfficerFindsItInTheListAndTheExport() throws Exception {
        getJson("coordinator", "/api/regie/zaken/" + caseNumber);

        var record = single(actions("Zaakpagina inzien"));
        assertThat(record).containsEntry("gebruiker", "coordinator").containsEntry("handeling_naam", "Inzien")
                .containsEntry("uitvoerder", HOORN).containsEntry("objecttype", "persoon")
                .containsEntry("soort_object_id", "persoon-id").containsEntry("object_id", String.valueOf(personId))
                .containsEntry("verwerkingsactiviteit_id", "inburgeringsregie-casemanagement");
        assertThat((String) record.get("grondslag")).contains("AVG art. 6 lid 1 onder e", "Wet inburgering 2021");
        assertThat(record.get("tijdstip")).isNotNull();

        JsonNode list = getJson("privacy", "/api/verwerkingen?bsn=" + bsn);
        assertThat(list.path("persoonBekend").asBoolean()).isTrue();
        List<String> lines = new ArrayList<>();
        list.path("verwerkingen").forEach(row -> lines.add(row.path("actieNaam").asText() + "|"
                + row.path("gebruiker").asText() + "|" + row.path("gebruikerNaam").asText() + "|"
                + row.path("uitvoerder").asText() + "|" + row.path("grondslag").asText()));
        assertThat(lines).contains("Zaakpagina inzien|coordinator|Carla Jansen|" + HOORN + "|"
                + record.get("grondslag"));
        // the privacy officer's own lookup is a processing of the person, newest first
        assertThat(lines.get(0)).startsWith("Verwerkingen van een persoon inzien (inzageverzoek)|privacy|Priya Ramdin|");

        var csv = rest.withBasicAuth("privacy", "demo").getForEntity("/api/verwerkingen.csv?bsn=" + bsn, String.class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getFirst("Content-Disposition")).contains("verwerkingen.csv");
        assertThat(csv.getBody().lines().findFirst().orElseThrow())
                .startsWith("\uFEFFactieId;tijdstip;actieNaam;handelingNaam;gebruiker;gebruikerNaam;uitvoerder");
        assertThat(csv.getBody()).contains(";Zaakpagina inzien;Inzien;coordinator;Carla Jansen;" + HOORN + ";")
                .contains(";Verwerkingen van een persoon exporteren (inzageverzoek);Exporteren;privacy;Priya Ramdin;");
    }

    @Test
    void theCaseApiTheDeadlineExportAndTheListsAreRecordedForThePerson() throws Exception {
        getJson("consulent", "/api/zaken/" + caseNumber);
        assertThat(single(actions("Zaakdossier opvragen (API)"))).containsEntry("gebruiker", "consulent");

        var csv = rest.withBasicAuth("coordinator", "demo").getForObject("/api/regie/termijnen.csv?gemeente=" + HOORN,
                String.class);
        assertThat(csv).contains(caseNumber);
        assertThat(single(actions("Termijnenlijst exporteren (CSV)"))).containsEntry("handeling_naam", "Exporteren");
        assertThat(jdbc.sql("""
                SELECT o.uitvoerder FROM verwerkt_object o JOIN verwerkingsactie a ON a.id = o.actie_id
                WHERE a.actie_naam = 'Termijnenlijst exporteren (CSV)' AND o.object_id = ?""")
                .param(String.valueOf(personId)).query(String.class).list()).as("the person, in the row's gemeente")
                .containsExactly(HOORN);

        getJson("coordinator", "/api/regie/termijnen?gemeente=" + HOORN + "&grootte=500");
        assertThat(actions("Termijnenlijst inzien")).hasSize(1);
        getJson("consulent", "/api/regie/mijn-zaken?grootte=500");
        assertThat(actions("Mijn zaken inzien")).hasSize(1);
    }

    /** A change and its record share one transaction: a refused change leaves no record; a handover leaves one. */
    @Test
    void aChangeIsRecordedOnlyWhenItHappens() throws Exception {
        var refused = sendAsPage("coordinator", HttpMethod.POST, "/api/regie/zaken/overdragen",
                Map.of("zaaknummers", List.of(caseNumber), "consulent", "consulenthogeland", "reden", "Verlof"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(actions("Zaak overdragen aan een andere consulent")).isEmpty();

        var done = sendAsPage("coordinator", HttpMethod.POST, "/api/regie/zaken/overdragen",
                Map.of("zaaknummers", List.of(caseNumber), "consulent", "consulent2", "reden", "Verlof"));
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(200);
        assertThat(single(actions("Zaak overdragen aan een andere consulent"))).containsEntry("handeling_naam",
                "Wijzigen");
    }

    /**
     * Hard to forget: every GET of a case under {@code /api/zaken/{zaaknummer}} and {@code /api/regie/zaken/{zaaknummer}}
     * the application maps, whatever controller serves it, writes a record for the case's person.
     */
    @Test
    void everyCaseReadOfTheApiIsRecorded() throws Exception {
        var paths = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(path -> path.startsWith("/api/zaken/{zaaknummer}")
                        || path.startsWith("/api/regie/zaken/{zaaknummer}"))
                .sorted().toList();
        assertThat(paths).contains("/api/zaken/{zaaknummer}", "/api/zaken/{zaaknummer}/pip",
                "/api/zaken/{zaaknummer}/termijnen", "/api/zaken/{zaaknummer}/uren", "/api/zaken/{zaaknummer}/duo",
                "/api/regie/zaken/{zaaknummer}", "/api/regie/zaken/{zaaknummer}/duo");
        for (String path : paths) {
            assertThat(path.replace("{zaaknummer}", "")).as(path + " takes only the case number").doesNotContain("{");
            long before = count();
            getJson("coordinator", path.replace("{zaaknummer}", caseNumber));
            assertThat(count()).as(path).isEqualTo(before + 1);
        }
    }

    /**
     * Every change of a case the API maps, reviewed to run through {@code ProcessingLog.change} (its record in the
     * change's transaction): a new one fails here until its author records it and adds it.
     */
    static final Set<String> RECORDED_CHANGES = Set.of(
            "POST /api/zaken/{zaaknummer}/pip/wijzigingsverzoeken",
            "POST /api/regie/zaken/{zaaknummer}/pip/intrekking",
            "POST /api/regie/zaken/{zaaknummer}/termijnen/{norm}/pauze",
            "POST /api/regie/zaken/{zaaknummer}/termijnen/{norm}/pauze/einde",
            "POST /api/regie/zaken/{zaaknummer}/termijnen/{norm}/verlenging",
            "POST /api/regie/zaken/{zaaknummer}/termijnen/{norm}/verlenging/{id}/goedkeuren",
            "POST /api/regie/zaken/{zaaknummer}/termijnen/{norm}/verlenging/{id}/afwijzen",
            "POST /api/regie/zaken/overdragen");

    @Test
    void everyChangeOfACaseIsAReviewedRecordedChange() {
        var changes = new java.util.TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().stream()
                .filter(method -> method != RequestMethod.GET)
                .forEach(method -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/zaken/") || path.startsWith("/api/regie/zaken/"))
                        .forEach(path -> changes.add(method + " " + path))));
        assertThat(changes).isNotEmpty().isSubsetOf(RECORDED_CHANGES);
    }

    /** A registration creates the person: one record, in the registration's transaction; a refused one writes none. */
    @Test
    void aRegistrationIsRecordedOnceAndARefusedOneNot() throws Exception {
        String newBsn = nl.inburgeringsregie.support.TestBsn.next();
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        var body = new org.springframework.http.HttpEntity<>(
                json.writeValueAsString(nl.inburgeringsregie.support.Aanmeldingen.json(newBsn)), headers);

        var created = rest.withBasicAuth("consulent", "demo").exchange("/api/aanmeldingen", HttpMethod.POST, body,
                String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        var again = rest.withBasicAuth("consulent", "demo").exchange("/api/aanmeldingen", HttpMethod.POST, body,
                String.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);

        long newPerson = jdbc.sql("SELECT id FROM person WHERE bsn = ?").param(newBsn).query(Long.class).single();
        var records = jdbc.sql("""
                SELECT a.gebruiker, a.handeling_naam, a.gegevensbron FROM verwerkingsactie a
                JOIN verwerkt_object o ON o.actie_id = a.id
                WHERE o.soort_object_id = 'persoon-id' AND o.object_id = ? AND a.actie_naam = 'Inburgeraar aanmelden'""")
                .param(String.valueOf(newPerson))
                .query((row, n) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3)).list();
        assertThat(records).containsExactly("consulent|Invoeren|Aanmelding (COA of gemeente)");
    }

    @Test
    void aReadOfAnotherGemeentesCaseIsNoProcessing() {
        var answer = rest.withBasicAuth("coordinatorhogeland", "demo").getForEntity("/api/regie/zaken/" + caseNumber,
                String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(count()).isZero();
    }

    /**
     * A privacy officer sees only the persons and processing of their own gemeenten (the tenants, as everywhere): a
     * person without a case there is unknown to them, and their lookup processed nobody.
     */
    @Test
    void aPrivacyOfficerOfAnotherGemeenteSeesNothingOfHoorn() throws Exception {
        getJson("coordinator", "/api/regie/zaken/" + caseNumber);
        var identity = engine.getIdentityService();
        String officer = "pv" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var user = identity.newUser(officer);
        user.setFirstName("Henk");
        user.setLastName("Hogeland");
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(officer, nl.inburgeringsregie.shared.Groups.PRIVACY);
        identity.createTenantUserMembership("GM1966", officer);

        JsonNode list = getJson(officer, "/api/verwerkingen?bsn=" + bsn);

        assertThat(list.path("persoonBekend").asBoolean()).as("no case in Het Hogeland: unknown there").isFalse();
        assertThat(list.path("verwerkingen").size()).isZero();
        assertThat(actions("Verwerkingen van een persoon inzien (inzageverzoek)")).isEmpty();
        assertThat(getJson("privacy", "/api/verwerkingen?bsn=" + bsn).path("verwerkingen").size()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"consulent", "coordinator", "analist", "admin"})
    void nobodyButThePrivacyOfficerReadsTheLog(String user) {
        for (String path : List.of("/api/verwerkingen?bsn=" + bsn, "/api/verwerkingen.csv?bsn=" + bsn)) {
            var answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
            assertThat(answer.getStatusCode().value()).as(user + " " + path).isEqualTo(403);
            assertThat(answer.getBody()).contains("Geen toegang");
        }
        assertThat(rest.getForEntity("/api/verwerkingen?bsn=" + bsn, String.class).getStatusCode().value())
                .isEqualTo(401);
        assertThat(count()).as("a refused lookup processes nothing").isZero();
    }

    /** The privacy officer reads the log, not the case: no case page, case API or list for the group privacy. */
    @Test
    void thePrivacyOfficerReadsNoCase() {
        for (String path : List.of("/api/zaken/" + caseNumber, "/api/regie/zaken/" + caseNumber,
                "/api/regie/termijnen.csv", "/api/regie/mijn-zaken")) {
            assertThat(rest.withBasicAuth("privacy", "demo").getForEntity(path, String.class).getStatusCode().value())
                    .as(path).isEqualTo(403);
        }
        assertThat(count()).isZero();
    }

    @Test
    void theBsnMustPassTheElevenTest() {
        var wrong = rest.withBasicAuth("privacy", "demo").getForEntity("/api/verwerkingen?bsn=123456789", String.class);
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(wrong.getBody()).contains("Dit is geen geldig BSN");
        var empty = rest.withBasicAuth("privacy", "demo").getForEntity("/api/verwerkingen.csv", String.class);
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody()).contains("Vul het BSN in");
    }

    /** The log holds no personal data: no column for it, and none of the person's data in any value. */
    @Test
    void theLogHoldsNoBsnOrName() throws Exception {
        getJson("coordinator", "/api/regie/zaken/" + caseNumber);
        getJson("privacy", "/api/verwerkingen?bsn=" + bsn);

        var columns = jdbc.sql("""
                SELECT LOWER(column_name) FROM information_schema.columns
                WHERE LOWER(table_name) IN ('verwerkingsactie', 'verwerkt_object')""").query(String.class).list();
        assertThat(columns).contains("gebruiker", "object_id", "tijdstip")
                .noneMatch(column -> column.contains("bsn") || column.contains("naam") && !column.endsWith("_naam")
                        || column.contains("name") || column.contains("birth") || column.contains("geboorte"));
        var values = new ArrayList<Object>();
        jdbc.sql("""
                SELECT a.*, o.* FROM verwerkingsactie a JOIN verwerkt_object o ON o.actie_id = a.id
                WHERE o.soort_object_id = 'persoon-id' AND o.object_id = ?""").param(String.valueOf(personId))
                .query().listOfRows().forEach(row -> values.addAll(row.values()));
        assertThat(values).hasSizeGreaterThan(10).map(String::valueOf)
                .noneMatch(value -> value.contains(bsn) || value.contains(SURNAME) || value.contains("Zeynep")
                        || value.contains(caseNumber));
    }

    /** VNG: one action with several verwerkteObjecten; thousands of cases (an export of everything) in one action. */
    @Test
    void aListOfThousandsOfCasesIsOneActionWithOneObjectPerPerson() {
        String other = data.caseNumber(data.newCase(HOORN, "ASIELMIGRANT", null, "consulent", null));
        var numbers = new ArrayList<String>();
        for (int i = 0; i < 2500; i++) {
            numbers.add("GEEN-ZAAK-" + i);
        }
        numbers.addAll(List.of(caseNumber, other, caseNumber));

        processingLog.readCases(Processing.TERMIJNEN_EXPORTEREN, "coordinator", numbers);

        var objects = jdbc.sql("""
                SELECT o.actie_id, o.object_id FROM verwerkt_object o JOIN verwerkingsactie a ON a.id = o.actie_id
                WHERE a.actie_id = (SELECT a2.actie_id FROM verwerkingsactie a2 JOIN verwerkt_object o2
                    ON o2.actie_id = a2.id WHERE o2.object_id = ? AND a2.actie_naam = 'Termijnenlijst exporteren (CSV)')""")
                .param(String.valueOf(personId)).query((row, n) -> row.getString(2)).list();
        String otherPerson = String.valueOf(jdbc.sql("SELECT person_id FROM integration_case WHERE case_number = ?")
                .param(other).query(Long.class).single());
        assertThat(objects).containsExactlyInAnyOrder(String.valueOf(personId), otherPerson);
    }

    /**
     * A streamed export names its persons with their gemeente as it read them (issue 22, point 4): one action, each
     * person once though read twice (a case with two norms is two rows), written in pieces of 10,000 while the export
     * goes on (two pieces are in the log before it ends); 25,001 persons take three pieces, and closing the read
     * returns when all are written.
     */
    @Test
    void anExportOfManyPersonsIsOneActionWithEachPersonOnce() {
        try (var read = processingLog.readingPersons(Processing.TERMIJNEN_EXPORTEREN, "coordinator")) {
            for (int twice = 0; twice < 2; twice++) {
                read.add(personId, HOORN);
                for (long i = 1; i <= 25_000; i++) {
                    read.add(900_000_000L + i, HOORN);
                }
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> objectCountOfTheExportWith(personId) == 20_000);
        }

        var objects = objectsOfTheExportWith(personId);
        assertThat(objects).hasSize(25_001)
                .contains(List.of(String.valueOf(personId), HOORN, "persoon-id"), List.of("900000001", HOORN, "persoon-id"),
                        List.of("900025000", HOORN, "persoon-id"))
                .doesNotHaveDuplicates();
    }

    /**
     * A piece that cannot be written fails the export when it closes (the answer breaks off: CsvExport leaves it
     * open); the pieces before and after it are in the log: those persons were read.
     */
    @Test
    void aPieceThatCannotBeWrittenFailsTheExportAndTheOtherPiecesStay() {
        var read = processingLog.readingPersons(Processing.TERMIJNEN_EXPORTEREN, "coordinator");
        read.add(personId, HOORN);
        for (long i = 1; i < 10_000; i++) {
            read.add(910_000_000L + i, HOORN);
        }
        // the second piece names a gemeente that does not exist: the database refuses it (foreign key)
        for (long i = 1; i < 10_000; i++) {
            read.add(920_000_000L + i, HOORN);
        }
        read.add(920_000_000L, "GM9999");
        for (long i = 1; i <= 5; i++) {
            read.add(930_000_000L + i, HOORN);
        }

        assertThatThrownBy(read::close).isInstanceOf(DataAccessException.class);
        assertThat(objectsOfTheExportWith(personId)).hasSize(10_005);
        assertThatThrownBy(() -> read.add(940_000_000L, HOORN)).as("nothing is added after the end")
                .isInstanceOf(IllegalStateException.class);
    }

    /** The processed objects of the export that named the person: object id, uitvoerder, soort. */
    private List<List<String>> objectsOfTheExportWith(long person) {
        return jdbc.sql("SELECT o.object_id, o.uitvoerder, o.soort_object_id FROM verwerkt_object o WHERE o.actie_id = "
                + EXPORT_WITH_PERSON).param(String.valueOf(person))
                .query((row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3))).list();
    }

    private long objectCountOfTheExportWith(long person) {
        return jdbc.sql("SELECT COUNT(*) FROM verwerkt_object o WHERE o.actie_id = " + EXPORT_WITH_PERSON)
                .param(String.valueOf(person)).query(Long.class).single();
    }

    /** The action of the CSV export that named the person (by the index on the object). */
    private static final String EXPORT_WITH_PERSON = """
            (SELECT o2.actie_id FROM verwerkt_object o2 JOIN verwerkingsactie a2 ON a2.id = o2.actie_id
             WHERE o2.soort_object_id = 'persoon-id' AND o2.object_id = ? AND a2.actie_naam = 'Termijnenlijst exporteren (CSV)')""";

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM verwerkt_object WHERE soort_object_id = 'persoon-id' AND object_id = ?")
                .param(String.valueOf(personId)).query(Long.class).single();
    }

    private List<Map<String, Object>> actions(String actieNaam) {
        return jdbc.sql("""
                SELECT a.actie_naam, a.handeling_naam, a.gebruiker, a.grondslag, a.tijdstip, a.verwerkingsactiviteit_id,
                       o.objecttype, o.soort_object_id, o.object_id, o.uitvoerder
                FROM verwerkingsactie a JOIN verwerkt_object o ON o.actie_id = a.id
                WHERE o.soort_object_id = 'persoon-id' AND o.object_id = ? AND a.actie_naam = ?""")
                .params(String.valueOf(personId), actieNaam).query().listOfRows().stream()
                .map(row -> {
                    var lower = new java.util.HashMap<String, Object>();
                    row.forEach((key, value) -> lower.put(key.toLowerCase(), value));
                    return (Map<String, Object>) lower;
                }).toList();
    }
}
