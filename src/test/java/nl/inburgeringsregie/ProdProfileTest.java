package nl.inburgeringsregie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

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
                .hasMessageContaining("INBURGERING_GEMEENTE_MIGRATIONS");
    }

    @Test
    void createsGroupsAndGemeentenButNoUsersAndNoCases() {
        try (var context = new SpringApplicationBuilder(InburgeringsregieApplication.class).profiles("prod").run(
                "--server.port=0", "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.process-engine-name=prodprofile",
                "--spring.datasource.url=jdbc:h2:mem:prod-profile;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--INBURGERING_DB_URL=unused", "--INBURGERING_DB_USER=unused",
                "--INBURGERING_GEMEENTE_MIGRATIONS=classpath:db/demo",
                "--camunda.bpm.job-execution.enabled=false")) {
            var identity = context.getBean(IdentityService.class);
            var jdbc = context.getBean(JdbcClient.class);

            assertThat(identity.createUserQuery().count()).isZero();
            assertThat(identity.createGroupQuery().groupIdIn("consulenten", "coordinatoren", "analisten",
                    "camunda-admin").count()).isEqualTo(4);
            assertThat(identity.createTenantQuery().count()).isEqualTo(8);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM integration_case").query(Long.class).single()).isZero();
        }
    }
}
