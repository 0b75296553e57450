package nl.inburgeringsregie.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, in the demo profile (demo users and cases) on the test
 * database: in-memory H2, or PostgreSQL when SPRING_DATASOURCE_URL says so. All tests with this
 * annotation share one application context. process-test-coverage records which flow nodes and sequence
 * flows each test class runs (target/process-test-coverage/&lt;class&gt;/report.json); mvn verify adds them up
 * per model ({@code ProcessCoverageGate}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import({ProcessEngineCoverageConfiguration.class, CoverageAtStartup.class})
public @interface IntegrationTest {
}
