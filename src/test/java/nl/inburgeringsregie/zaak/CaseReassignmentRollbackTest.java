package nl.inburgeringsregie.zaak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import nl.inburgeringsregie.shared.People;
import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.RegieData;

/**
 * A handover is all or nothing in one transaction (issue 19, point 4: "in one transaction"; seed 003, question 12):
 * when the engine fails to move the tasks of a selection (all its cases at once), the cases whose new consulent was
 * already written keep their old one and no handover is recorded. (A context of its own, on a database and engine of its own, as AanmeldingRollbackTest.)
 */
@SpringBootTest(properties = {
        "camunda.bpm.process-engine-name=reassignrollback",
        "spring.datasource.url=jdbc:h2:mem:reassignrollback;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/demo"})
@DirtiesContext
@ActiveProfiles("test")
class CaseReassignmentRollbackTest {

    @MockitoBean
    CaseWorkflow workflow;
    @MockitoBean
    People people;
    @Autowired
    CaseReassignment reassignment;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEngineFailureOnOneCaseLeavesEveryCaseOfTheSelectionAsItWas() {
        var data = new RegieData(jdbc);
        String first = data.caseNumber(data.newCase(Aanmeldingen.HOORN, "GEZINSMIGRANT", null, "oud", null));
        String second = data.caseNumber(data.newCase(Aanmeldingen.HOORN, "GEZINSMIGRANT", null, "oud", null));
        when(people.consulentenOf(anyString())).thenReturn(Map.of("nieuw", "Nieuwe Consulent"));
        when(people.names(any())).thenReturn(Map.of());
        // the engine fails after the cases' consulenten were written in the transaction (all cases go to it at once)
        when(workflow.handOverConsulentTasks(anyMap(), any())).thenAnswer(call -> {
            assertThat(jdbc.sql("SELECT consulent FROM integration_case WHERE case_number = ?").param(first)
                    .query(String.class).single()).as("written before the engine is asked").isEqualTo("nieuw");
            throw new IllegalStateException("engine down");
        });

        assertThatThrownBy(() -> reassignment.reassign(List.of(first, second), "nieuw", "Vertrek", "coordinator",
                Set.of(Aanmeldingen.HOORN))).hasMessageContaining("engine down");

        for (String number : List.of(first, second)) {
            assertThat(jdbc.sql("SELECT consulent FROM integration_case WHERE case_number = ?").param(number)
                    .query(String.class).single()).as(number).isEqualTo("oud");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_reassignment").query(Long.class).single()).isZero();
    }
}
