package nl.inburgeringsregie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgeringsregie.InburgeringsregieApplication;

/**
 * The prod profile invents nothing: no database, no users, no cases. These contexts run without the
 * Camunda webapps and with an engine of their own name: Camunda keeps engines and webapp plugins in
 * static registries, and the webapps and REST API of the shared test context must keep finding theirs.
 */
class ProdProfileTest {

    @Test
    void refusesToStartWithoutADatabaseAndGemeentenFromConfiguration() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(InburgeringsregieApplication.class)
                .profiles("prod").run("--server.port=0", "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.process-engine-name=prodprofile").close())
                .hasMessageContaining("Het profiel prod heeft deze instellingen nodig")
                .hasMessageContaining("INBURGERING_DB_URL")
                .hasMessageContaining("INBURGERING_GEMEENTE_MIGRATIONS")
                .hasMessageContaining("INBURGERING_BEHEERDER, INBURGERING_BEHEERDER_WACHTWOORD");
    }

    /** Issue 16, point 1: production never starts without its first administrator from the configuration. */
    @Test
    void refusesToStartWithoutAnAdministratorWithAGoodPassword() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(InburgeringsregieApplication.class)
                .profiles("prod").run("--server.port=0", "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.process-engine-name=prodprofile", "--INBURGERING_DB_URL=unused",
                        "--INBURGERING_DB_USER=unused", "--INBURGERING_GEMEENTE_MIGRATIONS=classpath:db/demo").close())
                .hasMessageContaining("INBURGERING_BEHEERDER, INBURGERING_BEHEERDER_WACHTWOORD");
        assertThatThrownBy(() -> new SpringApplicationBuilder(InburgeringsregieApplication.class)
                .profiles("prod").run("--server.port=0", "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.process-engine-name=prodprofile", "--INBURGERING_DB_URL=unused",
                        "--INBURGERING_DB_USER=unused", "--INBURGERING_GEMEENTE_MIGRATIONS=classpath:db/demo",
                        "--INBURGERING_BEHEERDER=beheer", "--INBURGERING_BEHEERDER_WACHTWOORD=kort").close())
                .hasMessageContaining("INBURGERING_BEHEERDER_WACHTWOORD moet minstens 12 tekens lang zijn");
    }

    /** Issue 19, point 6: with a mail server, the digest's links must lead to the application, not to localhost. */
    @Test
    void refusesToMailWithoutTheAddressOfTheApplication() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(InburgeringsregieApplication.class)
                .profiles("prod").run("--server.port=0", "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.process-engine-name=prodprofile", "--INBURGERING_DB_URL=unused",
                        "--INBURGERING_DB_USER=unused", "--INBURGERING_GEMEENTE_MIGRATIONS=classpath:db/demo",
                        "--INBURGERING_BEHEERDER=beheer", "--INBURGERING_BEHEERDER_WACHTWOORD=lang-genoeg-wachtwoord",
                        "--spring.mail.host=smtp.gemeente.example").close())
                .hasMessageContaining("heeft het profiel prod ook INBURGERING_BASIS_URL nodig");
    }

    @Test
    void createsGroupsGemeentenAndTheConfiguredAdministratorButNoOtherUsersAndNoCases() throws Exception {
        try (var context = new SpringApplicationBuilder(InburgeringsregieApplication.class).profiles("prod").run(
                "--server.port=0", "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.process-engine-name=prodprofile",
                "--spring.datasource.url=jdbc:h2:mem:prod-profile;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--INBURGERING_DB_URL=unused", "--INBURGERING_DB_USER=unused",
                "--INBURGERING_GEMEENTE_MIGRATIONS=classpath:db/demo",
                "--INBURGERING_BEHEERDER=beheerder", "--INBURGERING_BEHEERDER_WACHTWOORD=een-lang-wachtwoord",
                "--camunda.bpm.job-execution.enabled=false")) {
            var identity = context.getBean(IdentityService.class);
            var jdbc = context.getBean(JdbcClient.class);

            assertThat(identity.createUserQuery().list()).extracting(user -> user.getId()).containsExactly("beheerder");
            assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").singleResult().getId())
                    .isEqualTo("beheerder");
            assertThat(identity.checkPassword("beheerder", "een-lang-wachtwoord")).isTrue();
            assertThat(identity.createGroupQuery().groupIdIn("consulenten", "coordinatoren", "analisten",
                    "camunda-admin", "privacy", "archivarissen").count()).isEqualTo(6);
            assertThat(identity.createGroupQuery().groupId("archivarissen").singleResult().getName())
                    .isEqualTo("Archivarissen");
            assertThat(identity.createTenantQuery().count()).isEqualTo(8);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM integration_case").query(Long.class).single()).isZero();
            // issue 19, point 8: the demo cases in their phases are the demo profile's only
            assertThat(context.containsBean("demoCases")).isFalse();
            assertThat(context.containsBean("demoCaseSteps")).isFalse();
            assertSessionCookieIsSecureAndSameSite(context.getEnvironment().getProperty("local.server.port"));
        }
    }

    /** Issue 16, point 11: in production the session cookie goes only over HTTPS, and never along with other sites' requests. */
    private static void assertSessionCookieIsSecureAndSameSite(String port) throws Exception {
        var loginPage = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/regie/inloggen")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(loginPage.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
    }
}
