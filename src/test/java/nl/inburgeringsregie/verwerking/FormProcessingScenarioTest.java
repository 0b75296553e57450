package nl.inburgeringsregie.verwerking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.TestDates;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/**
 * Task forms show the person's name (variable {@code naam}): opening one over the engine's API (as Tasklist loads its
 * values) is a read of the person, submitting it a change recorded in the completion's transaction (issue 21, point 3).
 */
class FormProcessingScenarioTest extends ScenarioTest {

    private static final String BRP_TASK = InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN;

    @Test
    void openingAndSubmittingATaskFormAreRecordedForTheCasesPerson() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        String taskId = driver.task(BRP_TASK).getId();
        assertThat(actions("Taakformulier openen (Tasklist)")).isEmpty();

        var values = rest.withBasicAuth("consulent", "demo")
                .getForEntity("/engine-rest/task/" + taskId + "/form-variables", String.class);
        assertThat(values.getStatusCode().value()).isEqualTo(200);
        assertThat(values.getBody()).contains("\"naam\"");
        assertThat(actions("Taakformulier openen (Tasklist)")).containsExactly("consulent|Inzien");

        var refused = submit(taskId, "31-02-2026");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(actions("Taakformulier indienen (Tasklist)")).as("nothing changed, nothing recorded").isEmpty();

        var submitted = submit(taskId, TestDates.today().toString());
        assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(204);
        assertThat(actions("Taakformulier indienen (Tasklist)")).containsExactly("consulent|Wijzigen");
    }

    /** Tasklist itself: logged in on the webapp, it loads the form's values through its own engine API. */
    @Test
    void tasklistOpeningAFormIsRecorded() throws Exception {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        String taskId = driver.task(BRP_TASK).getId();
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        loginToTasklist(http, "consulent");

        var values = http.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/" + taskId
                + "/form-variables")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(values.statusCode()).as(values.body()).isEqualTo(200);
        assertThat(actions("Taakformulier openen (Tasklist)")).containsExactly("consulent|Inzien");
    }

    /** Logs in as Tasklist does: the XSRF cookie from the app, then the login form with its token. */
    private void loginToTasklist(HttpClient http, String user) throws Exception {
        http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String xsrf = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        var login = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create(rest.getRootUri() + path);
    }

    private ResponseEntity<String> submit(String taskId, String brpDate) throws Exception {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("variables",
                Map.of("brpInschrijfdatum", Map.of("value", brpDate))));
        return rest.withBasicAuth("consulent", "demo").exchange("/engine-rest/task/" + taskId + "/submit-form",
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private List<String> actions(String actieNaam) {
        long personId = aCase().personId();
        return jdbc.sql("""
                SELECT a.gebruiker, a.handeling_naam FROM verwerkingsactie a JOIN verwerkt_object o ON o.actie_id = a.id
                WHERE o.soort_object_id = 'persoon-id' AND o.object_id = ? AND a.actie_naam = ?""")
                .params(String.valueOf(personId), actieNaam)
                .query((row, n) -> row.getString(1) + "|" + row.getString(2)).list();
    }
}
