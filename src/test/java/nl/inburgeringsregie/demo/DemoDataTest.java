package nl.inburgeringsregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgeringsregie.security.DemoUsers;
import nl.inburgeringsregie.support.IntegrationTest;
import nl.inburgeringsregie.warmeoverdracht.process.WarmeOverdrachtProcess;

/** The demo profile gives a new user work at once, and a restart adds nothing. */
@IntegrationTest
class DemoDataTest {

    private static final List<String> PERSONA_BSNS = List.of("999990007", "999990019", "999990020", "999990032",
            "999990044", "999990056", "999990068");

    @Autowired
    DemoPersonas personas;
    @Autowired
    DemoUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void registersEachPersonaOnceEvenWhenStartedAgain() {
        assertThat(personaCases()).isEqualTo(PERSONA_BSNS.size());

        personas.registerPersonas();
        users.createDemoUsers();

        assertThat(personaCases()).isEqualTo(PERSONA_BSNS.size());
        assertThat(identityService.createUserQuery().userIdIn("consulent", "consulenthogeland", "coordinator",
                "analist", "admin", "coa").count()).isEqualTo(6);
    }

    @Test
    void theDemoConsulentFindsWarmeOverdrachtTasksOfHerGemeenten() {
        identityService.setAuthentication("consulent", List.of("consulenten"),
                List.copyOf(DemoUsers.WESTFRIESLAND));
        try {
            var tasks = taskService.createTaskQuery().taskCandidateGroup("consulenten")
                    .processDefinitionKey(WarmeOverdrachtProcess.PROCESS_ID).list();
            assertThat(tasks).extracting(task -> task.getName()).contains("Driegesprek plannen", "Woning toewijzen");
            assertThat(tasks).allSatisfy(task -> assertThat(DemoUsers.WESTFRIESLAND).contains(task.getTenantId()));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private int personaCases() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM integration_case c JOIN person p ON c.person_id = p.id
                WHERE p.bsn IN (:bsns)""").param("bsns", PERSONA_BSNS).query(Integer.class).single();
    }
}
