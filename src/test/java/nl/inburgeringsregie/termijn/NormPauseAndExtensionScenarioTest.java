package nl.inburgeringsregie.termijn;

import static nl.inburgeringsregie.termijn.Clocks.breachTimer;
import static nl.inburgeringsregie.termijn.Clocks.escalationTask;
import static nl.inburgeringsregie.termijn.Clocks.reminderTask;
import static nl.inburgeringsregie.termijn.Clocks.reminderTimer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.Schakel3ScenarioTest;

/**
 * Pause and extension of a local norm by the coordinator (issue 19, point 5: "Pause and extension of local norms with a
 * recorded reason (illness, hospital stay, a fine procedure…), by the coordinator, four eyes for an extension beyond a
 * gemeente-configured maximum; the clock's due date, reminder and escalation timers move accordingly … The legal term
 * moves only by DUO (SS103/SS104)"), through the /api/regie API, with the engine clock moved, never sleeping. The norm
 * is the brede intake of an asielmigrant in Hoorn (four weeks after the BRP registration, reminder a week before; V3,
 * seed 004); the gemeente's maximum extension is the demo value of 28 days (V15).
 */
class NormPauseAndExtensionScenarioTest extends Schakel3ScenarioTest {

    private static final String INTAKE = Norm.BREDE_INTAKE.name();

    /** One mechanism for every paused clock: a paused norm moves by the paused days (PausedClocks), its timers follow. */
    @Test
    void aPausedNormNeitherRemindsNorBreachesAtItsOldDueDateAndResumedItsTimersMoveByThePausedDays() throws Exception {
        LocalDate due = BRP.plusWeeks(4);
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).isEqualTo(due);
        driver.travelTo(TODAY, 10);

        JsonNode page = post("coordinator", "pauze", Map.of("vanaf", DutchDate.format(TODAY), "soort", "ziekenhuisopname",
                "toelichting", "Opgenomen na een ongeval"));
        JsonNode clock = clock(page, INTAKE);
        assertThat(clock.path("gepauzeerd").asBoolean()).isTrue();
        assertThat(clock.path("gepauzeerdSinds").asText()).isEqualTo(TODAY.toString());
        assertThat(page.path("tijdlijn").toString()).contains("Brede intake afgerond: gepauzeerd vanaf " + DutchDate.format(TODAY))
                .contains("Reden: Ziekenhuisopname – Opgenomen na een ongeval").contains("Carla Jansen");
        assertThat(aCase().phase().name()).as("a per-norm pause does not suspend the case").isNotEqualTo("SUSPENDED");
        assertThat(driver.instance(nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.PROCESS_ID)
                .isSuspended()).as("nor its process instances").isFalse();
        JsonNode list = getJson("coordinator", "/api/regie/termijnen?stand=GEPAUZEERD&grootte=500");
        assertThat(list.path("regels").toString()).contains(driver.caseNumber());

        // the old reminder day and due day pass: nothing fires
        driver.travelTo(due.plusDays(2), 9);
        assertThat(driver.hasTask(reminderTask(INTAKE))).as("no reminder at the old date").isFalse();
        assertThat(driver.hasTask(escalationTask(INTAKE))).as("no escalation at the old due date").isFalse();
        assertThat(deadlines.findBreaches(driver.caseNumber())).as("no breach while paused").isEmpty();

        // resumed thirty days after it began: due and reminder move by thirty days, the timers follow
        LocalDate resumedOn = TODAY.plusDays(30);
        driver.travelTo(resumedOn, 10);
        page = post("coordinator", "pauze/einde", Map.of("per", DutchDate.format(resumedOn)));
        LocalDate moved = due.plusDays(30);
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).isEqualTo(moved);
        assertThat(clock(page, INTAKE).path("gepauzeerd").asBoolean()).isFalse();
        assertThat(page.path("tijdlijn").toString()).contains("Brede intake afgerond: hervat op " + DutchDate.format(resumedOn))
                .contains("Na 30 dagen gepauzeerd");
        assertThat(driver.timer(breachTimer(INTAKE)).getDuedate().toInstant())
                .isEqualTo(moved.plusDays(1).atStartOfDay(CaseDriver.NL).toInstant());
        assertThat(driver.timer(reminderTimer(INTAKE)).getDuedate().toInstant())
                .isEqualTo(moved.minusWeeks(1).atTime(7, 0).atZone(CaseDriver.NL).toInstant());

        driver.travelTo(moved.minusWeeks(1), 8);
        assertThat(driver.hasTask(reminderTask(INTAKE))).as("reminded at the moved date").isTrue();
        driver.travelTo(moved.plusDays(1), 9);
        assertThat(driver.hasTask(escalationTask(INTAKE))).as("escalated after the moved due date").isTrue();
        assertThat(deadlines.findBreaches(driver.caseNumber())).singleElement()
                .satisfies(breach -> assertThat(breach.dueOn()).isEqualTo(moved));
    }

    /** Within the gemeente's maximum (28 days, V15) one coordinator extends; beyond it a second one decides (four eyes). */
    @Test
    void anExtensionWithinTheMaximumMovesAtOnceBeyondItWaitsForASecondCoordinator() throws Exception {
        LocalDate due = BRP.plusWeeks(4);
        driver.travelTo(TODAY, 10);

        JsonNode page = post("coordinator", "verlenging", Map.of("dagen", "14", "soort", "ziekte"));
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).as("within the maximum: at once").isEqualTo(due.plusDays(14));
        assertThat(clock(page, INTAKE).path("verlengdMetDagen").asInt()).isEqualTo(14);
        assertThat(driver.timer(breachTimer(INTAKE)).getDuedate().toInstant())
                .isEqualTo(due.plusDays(15).atStartOfDay(CaseDriver.NL).toInstant());
        assertThat(page.path("tijdlijn").toString()).contains("Brede intake afgerond: verlengd met 14 dagen")
                .contains("Reden: Ziekte");

        // 14 + 20 > 28: asked, nothing moves until a second coordinator approves
        page = post("coordinator", "verlenging", Map.of("dagen", 20, "soort", "boeteprocedure",
                "toelichting", "Zienswijze op de boete loopt"));
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).as("nothing moves yet").isEqualTo(due.plusDays(14));
        JsonNode waiting = clock(page, INTAKE).path("wachtendeVerlenging");
        assertThat(waiting.path("dagen").asInt()).isEqualTo(20);
        assertThat(waiting.path("aangevraagdDoorNaam").asText()).isEqualTo("Carla Jansen");
        long id = waiting.path("id").asLong();

        var own = postRaw("coordinator", "verlenging/" + id + "/goedkeuren", Map.of());
        assertThat(own.status()).as("not by the one who asked").isEqualTo(400);
        assertThat(own.body().path("velden").path("beslissing").asText()).contains("vier ogen");
        assertThat(postRaw("coordinator2", "verlenging", Map.of("dagen", "3", "soort", "ziekte")).body()
                .path("velden").path("dagen").asText()).as("one request at a time").contains("wacht al");

        page = post("coordinator2", "verlenging/" + id + "/goedkeuren", Map.of());
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).isEqualTo(due.plusDays(34));
        assertThat(driver.timer(breachTimer(INTAKE)).getDuedate().toInstant())
                .isEqualTo(due.plusDays(35).atStartOfDay(CaseDriver.NL).toInstant());
        assertThat(page.path("tijdlijn").toString()).contains("verlenging met 20 dagen goedgekeurd").contains("Cees Mulder");
        JsonNode list = getJson("coordinator", "/api/regie/termijnen?norm=BREDE_INTAKE&grootte=500");
        assertThat(list.path("regels").toString()).contains(driver.caseNumber()).contains(due.plusDays(34).toString())
                .contains("\"verlengdMetDagen\":34");

        // another beyond the maximum, refused with a reason: nothing moves
        page = post("coordinator", "verlenging", Map.of("dagen", "7", "soort", "anders", "toelichting", "Verhuizing"));
        id = clock(page, INTAKE).path("wachtendeVerlenging").path("id").asLong();
        assertThat(postRaw("coordinator2", "verlenging/" + id + "/afwijzen", Map.of()).body().path("velden")
                .path("toelichting").asText()).contains("Licht de afwijzing toe");
        page = post("coordinator2", "verlenging/" + id + "/afwijzen", Map.of("toelichting", "Geen reden om te wachten"));
        assertThat(deadline(Norm.BREDE_INTAKE).dueOn()).isEqualTo(due.plusDays(34));
        assertThat(page.path("tijdlijn").toString()).contains("verlenging met 7 dagen afgewezen")
                .contains("Geen reden om te wachten");
        assertThat(clock(page, INTAKE).path("wachtendeVerlenging").isNull()).isTrue();

        // held after the original due day but within the extended one: in time, and reported as met with an extension
        LocalDate heldOn = due.plusDays(20);
        driver.travelTo(heldOn, 10);
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        assertThat(deadlines.findBreaches(driver.caseNumber())).as("in time thanks to the extension").isEmpty();
        String gemeente = aCase().gemeenteCode();
        // the KPI counts norms due in the period up to some weeks before its end (KpiDefinitions): a period well after
        driver.travelTo(due.plusDays(70), 10);
        JsonNode kpis = getJson("coordinator", "/api/regie/kpis?gemeente=" + gemeente + "&van="
                + DutchDate.format(due.plusDays(34).withDayOfMonth(1)) + "&tot=" + DutchDate.format(due.plusDays(70)));
        assertThat(kpis.toString()).containsPattern("waarvan [1-9][0-9]* met een pauze of verlenging door de co");
    }

    /** The inburgeringstermijn is the legal term (Wet inburgering 2021 art. 7): only DUO extends it (SS103/SS104). */
    @Test
    void theLegalTermIsRefusedOnlyDuoMovesIt() throws Exception {
        for (String action : new String[] {"pauze", "verlenging"}) {
            var answer = postRaw("coordinator", action, Map.of("vanaf", DutchDate.format(TODAY), "dagen", "10",
                    "soort", "ziekte"), "INBURGERINGSTERMIJN");
            assertThat(answer.status()).as(action).isEqualTo(400);
            assertThat(answer.body().path("velden").path("norm").asText())
                    .isEqualTo("De inburgeringstermijn verlengt alleen DUO (SS103/SS104)");
        }
    }

    /** Bad input: a Dutch message per field; other roles 403; a case outside the coordinator's gemeenten 404. */
    @Test
    void badInputIsRefusedPerFieldInDutchAndOnlyCoordinatorsOfTheGemeenteMayPause() throws Exception {
        driver.travelTo(TODAY, 10);
        assertThat(field(postRaw("coordinator", "pauze", Map.of("soort", "ziekte")), "vanaf")).contains("dd-mm-jjjj");
        assertThat(field(postRaw("coordinator", "pauze", Map.of("vanaf", "31-02-2026", "soort", "ziekte")), "vanaf"))
                .contains("bestaat niet");
        assertThat(field(postRaw("coordinator", "pauze", Map.of("vanaf", DutchDate.format(TODAY.plusDays(1)),
                "soort", "ziekte")), "vanaf")).isEqualTo("Een pauze begint vandaag of eerder");
        assertThat(field(postRaw("coordinator", "pauze", Map.of("vanaf", DutchDate.format(TODAY))), "soort"))
                .startsWith("Kies een reden");
        assertThat(field(postRaw("coordinator", "pauze", Map.of("vanaf", DutchDate.format(TODAY), "soort", "anders")),
                "toelichting")).isEqualTo("Licht de reden toe");
        assertThat(field(postRaw("coordinator", "pauze/einde", Map.of()), "norm")).isEqualTo("Deze termijn is niet gepauzeerd");
        assertThat(field(postRaw("coordinator", "verlenging", Map.of("dagen", "veel", "soort", "ziekte")), "dagen"))
                .isEqualTo("Vul een geheel aantal dagen in");
        assertThat(field(postRaw("coordinator", "verlenging", Map.of("dagen", "0", "soort", "ziekte")), "dagen"))
                .startsWith("Verleng met 1 tot");
        assertThat(field(postRaw("coordinator", "pauze", Map.of("vanaf", DutchDate.format(TODAY), "soort", "ziekte"),
                "ONBEKEND"), "norm")).contains("Onbekende norm");

        post("coordinator", "pauze", Map.of("vanaf", DutchDate.format(TODAY), "soort", "ziekte"));
        assertThat(field(postRaw("coordinator", "pauze", Map.of("vanaf", DutchDate.format(TODAY), "soort", "ziekte")),
                "vanaf")).startsWith("Deze termijn is al gepauzeerd");
        assertThat(field(postRaw("coordinator", "pauze/einde", Map.of("per", DutchDate.format(TODAY.minusDays(1)))),
                "per")).contains("kan niet eerder eindigen");
        driver.travelTo(TODAY.plusDays(5), 10);
        post("coordinator", "pauze/einde", Map.of());
        assertThat(field(postRaw("coordinator", "pauze", Map.of("vanaf", DutchDate.format(TODAY.plusDays(2)),
                "soort", "ziekte")), "vanaf")).as("no overlapping pause").startsWith("De pauze overlapt");

        // paused again, then the work is done: the pause ends with it (a next round would run), and a met norm is not paused
        post("coordinator", "pauze", Map.of("vanaf", DutchDate.format(TODAY.plusDays(5)), "soort", "boeteprocedure"));
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_suspension s JOIN integration_case c ON c.id = s.case_id"
                + " WHERE c.case_number = ? AND s.ends_on IS NULL").param(driver.caseNumber()).query(Long.class).single())
                .isZero();
        assertThat(field(postRaw("coordinator", "pauze", Map.of("vanaf", DutchDate.format(TODAY.plusDays(5)),
                "soort", "ziekte")), "norm")).contains("loopt niet");

        assertThat(postRaw("consulent", "pauze", Map.of("vanaf", DutchDate.format(TODAY), "soort", "ziekte")).status())
                .isEqualTo(403);
        var elsewhere = CaseDriver.register(engine, aanmeldingen, nl.inburgeringsregie.support.Aanmeldingen
                .of(nl.inburgeringsregie.support.TestBsn.next(), nl.inburgeringsregie.zaak.Doelgroep.ASIELMIGRANT, "GM1966"));
        assertThat(postRaw("coordinator", "/api/regie/zaken/" + elsewhere.caseNumber() + "/termijnen/BREDE_INTAKE/pauze",
                Map.of("vanaf", DutchDate.format(TODAY), "soort", "ziekte"), null).status()).isEqualTo(404);
    }

    private static String field(Answer answer, String field) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
        return answer.body().path("velden").path(field).asText();
    }

    private static JsonNode clock(JsonNode page, String norm) {
        for (JsonNode clock : page.path("klokken")) {
            if (norm.equals(clock.path("norm").asText())) {
                return clock;
            }
        }
        throw new AssertionError("no clock " + norm + " in " + page.path("klokken"));
    }

    record Answer(int status, JsonNode body) {
    }

    private JsonNode post(String user, String action, Map<String, ?> body) throws Exception {
        Answer answer = postRaw(user, action, body);
        assertThat(answer.status()).as(action + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    private Answer postRaw(String user, String action, Map<String, ?> body) throws Exception {
        return postRaw(user, action, body, INTAKE);
    }

    /** A POST as the demo user with the session's CSRF token, as the page sends it; {@code norm} null: a full path. */
    private Answer postRaw(String user, String action, Map<String, ?> body, String norm) throws Exception {
        String path = norm == null ? action
                : "/api/regie/zaken/" + driver.caseNumber() + "/termijnen/" + norm + "/" + action;
        var keuzes = rest.withBasicAuth(user, "demo").getForEntity("/api/regie/keuzes", String.class);
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (keuzes.getStatusCode().value() == 200) {
            JsonNode choices = json.readTree(keuzes.getBody());
            headers.set("X-CSRF-TOKEN", choices.path("csrfToken").asText());
            var cookies = keuzes.getHeaders().get(HttpHeaders.SET_COOKIE);
            if (cookies != null) {
                headers.set(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList()));
            }
        }
        var answer = rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST,
                new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
        String text = answer.getBody();
        return new Answer(answer.getStatusCode().value(), text == null || text.isBlank() ? json.createObjectNode()
                : json.readTree(text));
    }

    @SuppressWarnings("unused")
    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
