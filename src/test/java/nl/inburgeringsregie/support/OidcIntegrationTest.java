package nl.inburgeringsregie.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application in oidc mode (single sign-on, issue 21 point 1) on a random port, with the demo's gemeenten and
 * the test settings, logging in at the embedded OpenID provider ({@link TestIdentityProvider}, started first).
 * application-oidc-test.yaml holds the mapping of the provider's groups. All tests with this annotation share one
 * application context, on a database of its own (also when the suite runs on PostgreSQL: the provider's users must
 * not join the shared context's gemeenten) with an engine of its own name ({@link #ENGINE}): Camunda keeps engines in
 * static registries, where the shared test context must keep finding its own "default" (see DemoCasesTest).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestIdentityProvider.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.process-engine-name=" + OidcIntegrationTest.ENGINE,
        "spring.datasource.url=jdbc:h2:mem:oidc;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"})
@ActiveProfiles({"demo", "test", "oidc-test"})
@Import({ProcessEngineCoverageConfiguration.class, CoverageAtStartup.class})
public @interface OidcIntegrationTest {

    /** The engine's name, also in the webapps' and engine REST's paths (/camunda/app/tasklist/oidc/). */
    String ENGINE = "oidc";
}
