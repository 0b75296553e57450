package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.shared.Groups;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.RegieData;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Mijn zaken (issue 19, point 1): a consulent — "one caseworker per household for the whole trajectory" (seed 001) —
 * sees their own open cases first, the team's on request, only of their gemeenten, one row per case with person,
 * gemeente, phase, route, the next clock with its days left and the open tasks, in words; filters and sorting like
 * /regie; bad input gets a Dutch message per field. Each test makes its own consulent (a Camunda user in the group
 * consulenten and the tenants of Hoorn and Medemblik), so the suite's other cases do not count.
 */
class MijnZakenApiTest extends ScenarioTest {

    private static final String HOORN = "GM0405";
    private static final String MEDEMBLIK = "GM0420";
    private static final String HET_HOGELAND = "GM1966";

    private RegieData data;
    private String me;
    private String colleague;

    @BeforeEach
    void twoConsulentenOfWestfriesland() {
        data = new RegieData(jdbc);
        me = consulent("Sanne", "Visser");
        colleague = consulent("Joris", "Bos");
    }

    @Test
    void aConsulentSeesHerOwnOpenCasesWithTheNextClockFirstInWords() throws Exception {
        LocalDate today = TestDates.today();
        long late = data.newCase(HOORN, "GEZINSMIGRANT", "B1_ROUTE", me, null);
        data.deadline(late, "PIP", 1, today.minusDays(3), "OPEN", null);
        data.deadline(late, "VOORTGANGSGESPREK", 1, today.plusDays(40), "OPEN", null);
        long soon = data.newCase(MEDEMBLIK, "ASIELMIGRANT", null, me, null);
        data.deadline(soon, "BREDE_INTAKE", 1, today.plusDays(3), "OPEN", null);
        data.deadline(soon, "PIP", 1, today.minusDays(30), "GEHAALD", today.minusDays(31));
        long paused = data.newCase(HOORN, "GEZINSMIGRANT", null, me, null);
        data.deadline(paused, "PIP", 1, today.minusDays(10), "OPEN", null);
        data.suspension(paused, today.minusDays(20), null);
        // no clock runs in either: by case number
        long withoutClock = data.newCase(HOORN, "GEZINSMIGRANT", "Z_ROUTE", me, null);
        long closed = data.newCase(HOORN, "GEZINSMIGRANT", null, me, today.minusDays(1));
        long colleagues = data.newCase(HOORN, "GEZINSMIGRANT", null, colleague, null);

        JsonNode list = getJson(me, "/api/regie/mijn-zaken");

        assertThat(list.get("wiens").asText()).isEqualTo("Mijn zaken");
        assertThat(numbers(list)).as("own open cases, the next clock first, no clock last")
                .containsExactly(number(late), number(soon), number(paused), number(withoutClock))
                .doesNotContain(number(closed), number(colleagues));
        assertThat(list.get("totaal").asLong()).isEqualTo(4);
        assertThat(list.get("teLaat").asLong()).isEqualTo(1);
        assertThat(list.get("binnenkort").asLong()).isEqualTo(1);
        assertThat(list.get("gepauzeerd").asLong()).isEqualTo(1);

        JsonNode first = list.get("regels").get(0);
        assertThat(first.get("naam").asText()).isEqualTo("Test Regie");
        assertThat(first.get("gemeenteNaam").asText()).isEqualTo("Hoorn");
        assertThat(first.get("faseOmschrijving").asText()).isEqualTo("Inburgeren en participeren");
        assertThat(first.get("doelgroepOmschrijving").asText()).isEqualTo("Gezinsmigrant");
        assertThat(first.get("leerrouteOmschrijving").asText()).isEqualTo("B1-route");
        assertThat(first.get("consulentNaam").asText()).isEqualTo("Sanne Visser");
        assertThat(first.get("volgendeNormOmschrijving").asText()).as("the earliest running clock")
                .isEqualTo("PIP vastgesteld");
        assertThat(first.get("vervaldatum").asText()).isEqualTo(today.minusDays(3).toString());
        assertThat(first.get("dagenOver").asLong()).isEqualTo(-3);
        assertThat(first.get("stand").asText()).isEqualTo("TE_LAAT");
        assertThat(first.get("standOmschrijving").asText()).isEqualTo("te laat");

        JsonNode second = list.get("regels").get(1);
        assertThat(second.get("volgendeNormOmschrijving").asText()).as("a met norm is no clock").isEqualTo("Brede intake afgerond");
        assertThat(second.get("stand").asText()).isEqualTo("BINNENKORT");
        assertThat(second.get("gemeenteNaam").asText()).isEqualTo("Medemblik");

        JsonNode third = list.get("regels").get(2);
        assertThat(third.get("stand").asText()).as("its only clock is paused").isEqualTo("GEPAUZEERD");
        assertThat(third.get("volgendeNorm").isNull()).isTrue();

        JsonNode last = list.get("regels").get(3);
        assertThat(last.get("stand").isNull()).isTrue();
        assertThat(last.get("standOmschrijving").asText()).isEqualTo("geen lopende termijn");
        assertThat(last.get("openTaken")).isEmpty();
    }

    @Test
    void theTeamsCasesOnRequestOnlyOfTheUsersGemeenten() throws Exception {
        long mine = data.newCase(HOORN, "GEZINSMIGRANT", null, me, null);
        long colleagues = data.newCase(HOORN, "GEZINSMIGRANT", null, colleague, null);
        long elsewhere = data.newCase(HET_HOGELAND, "GEZINSMIGRANT", null, colleague, null);

        JsonNode theirs = getJson(me, "/api/regie/mijn-zaken?consulent=" + colleague);
        assertThat(theirs.get("wiens").asText()).isEqualTo("Zaken van Joris Bos");
        assertThat(numbers(theirs)).as("not the case of Het Hogeland, which Sanne does not serve")
                .containsExactly(number(colleagues));

        JsonNode team = getJson(me, "/api/regie/mijn-zaken?team=ja&zoek=" + number(colleagues));
        assertThat(team.get("wiens").asText()).isEqualTo("Zaken van het team");
        assertThat(numbers(team)).containsExactly(number(colleagues));
        assertThat(numbers(getJson(me, "/api/regie/mijn-zaken?team=ja&zoek=" + number(elsewhere)))).isEmpty();
        assertThat(numbers(getJson(me, "/api/regie/mijn-zaken?zoek=" + number(colleagues))))
                .as("without team=ja only her own").isEmpty();
        assertThat(numbers(getJson("coordinator", "/api/regie/mijn-zaken?zoek=" + number(mine))))
                .as("a coordinator sees the team's cases").containsExactly(number(mine));
    }

    @Test
    void filtersAndSortingLikeTheDeadlineList() throws Exception {
        LocalDate today = TestDates.today();
        long late = data.newCase(HOORN, "GEZINSMIGRANT", "B1_ROUTE", me, null);
        data.deadline(late, "PIP", 1, today.minusDays(1), "OPEN", null);
        long onTrack = data.newCase(MEDEMBLIK, "ASIELMIGRANT", "Z_ROUTE", me, null);
        data.deadline(onTrack, "VOORTGANGSGESPREK", 1, today.plusDays(90), "OPEN", null);

        assertThat(numbers(getJson(me, "/api/regie/mijn-zaken?stand=TE_LAAT"))).containsExactly(number(late));
        assertThat(numbers(getJson(me, "/api/regie/mijn-zaken?stand=OP_SCHEMA"))).containsExactly(number(onTrack));
        assertThat(numbers(getJson(me, "/api/regie/mijn-zaken?gemeente=" + MEDEMBLIK))).containsExactly(number(onTrack));
        assertThat(numbers(getJson(me, "/api/regie/mijn-zaken?leerroute=B1_ROUTE"))).containsExactly(number(late));
        assertThat(numbers(getJson(me, "/api/regie/mijn-zaken?doelgroep=ASIELMIGRANT"))).containsExactly(number(onTrack));
        assertThat(numbers(getJson(me, "/api/regie/mijn-zaken?fase=INBURGEREN"))).containsExactly(number(late), number(onTrack));
        assertThat(numbers(getJson(me, "/api/regie/mijn-zaken?fase=BREDE_INTAKE"))).isEmpty();
        assertThat(numbers(getJson(me, "/api/regie/mijn-zaken?sorteer=volgende&richting=af")))
                .containsExactly(number(onTrack), number(late));
        assertThat(numbers(getJson(me, "/api/regie/mijn-zaken?sorteer=gemeente")))
                .as("Hoorn before Medemblik").containsExactly(number(late), number(onTrack));
        assertThat(numbers(getJson(me, "/api/regie/mijn-zaken?zoek=regi")))
                .as("part of the surname, any case").containsExactly(number(late), number(onTrack));
        JsonNode page = getJson(me, "/api/regie/mijn-zaken?grootte=1&pagina=1");
        assertThat(numbers(page)).containsExactly(number(onTrack));
        assertThat(page.get("totaal").asLong()).isEqualTo(2);
        assertThat(getJson(me, "/api/regie/mijn-zaken?gemeente=" + HET_HOGELAND).get("totaal").asLong())
                .as("a gemeente the user does not serve shows nothing").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sorteer=naam;drop table  | sorteer   | Sorteer op een van",
        "richting=omhoog          | richting  | De richting is op of af",
        "team=misschien           | team      | Kies ja of nee",
        "stand=VERLOPEN           | stand     | Kies TE_LAAT",
        "fase=CLOSED              | fase      | Kies een fase van een lopende zaak",
        "fase=ONBEKEND            | fase      | Kies een fase van een lopende zaak",
        "grootte=0                | grootte   | De paginagrootte ligt tussen",
        "pagina=-1                | pagina    | De pagina is 0 of hoger",
        "pagina=twee              | pagina    | Vul een geheel getal in"})
    void badInputGetsADutchMessagePerField(String query, String field, String message) throws Exception {
        var answer = as(me).getForEntity("/api/regie/mijn-zaken?" + query, String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(answer.getBody()).path("velden").path(field).asText()).contains(message);
    }

    @Test
    void aSearchLongerThanAHundredCharactersIsRefused() throws Exception {
        var answer = as(me).getForEntity("/api/regie/mijn-zaken?zoek=" + "a".repeat(101), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(answer.getBody()).path("velden").path("zoek").asText()).contains("ten hoogste 100 tekens");
    }

    @Test
    void consulentenReadTheirCasesButDoNotCoordinate() throws Exception {
        long mine = data.newCase(HOORN, "GEZINSMIGRANT", null, me, null);
        long elsewhere = data.newCase(HET_HOGELAND, "GEZINSMIGRANT", null, colleague, null);

        assertThat(as(me).getForEntity("/api/regie/zaken/" + number(mine), String.class).getStatusCode().value())
                .as("the case page of her gemeente").isEqualTo(200);
        assertThat(as(me).getForEntity("/api/regie/zaken/" + number(elsewhere), String.class).getStatusCode().value())
                .as("outside her gemeenten: as if it did not exist").isEqualTo(404);
        assertThat(as(me).getForEntity("/api/regie/keuzes", String.class).getStatusCode().value()).isEqualTo(200);
        for (String coordinatorsOnly : List.of("/api/regie/termijnen", "/api/regie/kpis", "/api/regie/termijnen.csv",
                "/api/regie/consulenten")) {
            assertThat(as(me).getForEntity(coordinatorsOnly, String.class).getStatusCode().value())
                    .as(coordinatorsOnly).isEqualTo(403);
        }
        var handover = postWithSession(me, "/api/regie/zaken/overdragen",
                "{\"zaaknummers\":[\"" + number(mine) + "\"],\"consulent\":\"" + colleague + "\",\"reden\":\"ziek\"}");
        assertThat(handover.getStatusCode().value()).isEqualTo(403);
        var pause = postWithSession(me, "/api/regie/zaken/" + number(mine) + "/termijnen/PIP/pauze",
                "{\"soort\":\"ziekte\"}");
        assertThat(pause.getStatusCode().value()).isEqualTo(403);
        assertThat(caseConsulent(mine)).as("nothing changed").isEqualTo(me);
    }

    @Test
    void onlyConsulentenAndCoordinatorenReachIt() {
        assertThat(as("analist").getForEntity("/api/regie/mijn-zaken", String.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(as("analist").getForEntity("/regie/mijn-zaken", String.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(rest.getForEntity("/api/regie/mijn-zaken", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(as("coordinator").getForEntity("/api/regie/mijn-zaken", String.class).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void aRowNamesTheOpenTasksWithTheirTasklistLink() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN, "brpInschrijfdatum", TestDates.today().toString());
        driver.runAsyncSteps();
        String number = driver.caseNumber();
        List<String> taskNames = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).list()
                .stream().map(task -> task.getName()).toList();
        assertThat(taskNames).as("the case has open tasks to show").isNotEmpty();

        JsonNode row = getJson("coordinator", "/api/regie/mijn-zaken?zoek=" + number).get("regels").get(0);

        assertThat(row.get("zaaknummer").asText()).isEqualTo(number);
        var shown = new ArrayList<String>();
        row.get("openTaken").forEach(task -> {
            shown.add(task.get("naam").asText());
            assertThat(task.get("tasklistLink").asText()).startsWith("/camunda/app/tasklist/default/#/?task=");
            assertThat(task.get("bijNaam").asText()).as("a person's or group's name, not an id")
                    .isIn("Anna de Vries", "Consulenten", "Coördinatoren");
        });
        assertThat(shown).containsExactlyInAnyOrderElementsOf(taskNames);
    }

    private String consulent(String firstName, String lastName) {
        IdentityService identity = engine.getIdentityService();
        String id = "mz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(id, Groups.CONSULENTEN);
        identity.createTenantUserMembership(HOORN, id);
        identity.createTenantUserMembership(MEDEMBLIK, id);
        return id;
    }

    private org.springframework.boot.test.web.client.TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private String number(long caseId) {
        return data.caseNumber(caseId);
    }

    private String caseConsulent(long caseId) {
        return jdbc.sql("SELECT consulent FROM integration_case WHERE id = ?").param(caseId).query(String.class).single();
    }

    private static List<String> numbers(JsonNode list) {
        var numbers = new ArrayList<String>();
        list.get("regels").forEach(row -> numbers.add(row.get("zaaknummer").asText()));
        return numbers;
    }

    /**
     * POSTs as the page would: the session's CSRF token from GET /api/regie/keuzes (which a consulent may read) with
     * the session cookie, so a refusal is the role's, not the missing token's.
     */
    private org.springframework.http.ResponseEntity<String> postWithSession(String user, String path, String body)
            throws Exception {
        return sendAsPage(user, HttpMethod.POST, path, body);
    }
}
