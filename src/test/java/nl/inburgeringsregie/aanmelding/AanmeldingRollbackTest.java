package nl.inburgeringsregie.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.CaseWorkflow;

/**
 * When the process cannot start, the aanmelding leaves nothing behind: no message, person or case.
 * (A context of its own, on a database of its own and closed after this class, with an engine of its
 * own name: Camunda keeps engines in a static registry, and the webapps and REST API of the shared test
 * context must keep finding theirs.)
 */
@SpringBootTest(properties = {
        "camunda.bpm.process-engine-name=rollback",
        "spring.datasource.url=jdbc:h2:mem:rollback;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/demo"})
@DirtiesContext
@ActiveProfiles("test")
class AanmeldingRollbackTest {

    @MockitoBean
    CaseWorkflow workflow;
    @Autowired
    AanmeldingService service;
    @Autowired
    JdbcClient jdbc;

    @Test
    void rollsEverythingBackWhenTheProcessCannotStart() {
        when(workflow.startInburgering(any())).thenThrow(new IllegalStateException("engine unavailable"));
        String bsn = TestBsn.next();
        long messagesBefore = count("inbound_message");
        long casesBefore = count("integration_case");

        assertThatThrownBy(() -> service.register(Aanmeldingen.asielmigrant(bsn),
                new Requester("coa", Set.of(Aanmeldingen.HOORN), true)))
                .hasMessageContaining("engine unavailable");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE bsn = ?").param(bsn).query(Long.class).single())
                .isZero();
        assertThat(count("inbound_message")).isEqualTo(messagesBefore);
        assertThat(count("integration_case")).isEqualTo(casesBefore);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
