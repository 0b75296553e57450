package nl.inburgeringsregie.archief.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.archief.ArchiveSettings;
import nl.inburgeringsregie.support.IntegrationTest;

/**
 * Issue 21, point 4: "Camunda's history time-to-live is aligned with it". The project's models keep their history at
 * least as long as the longest configured bewaartermijn (the application started, so the check passed for them); a
 * model that would lose it sooner stops the start with a message naming it.
 */
@IntegrationTest
class HistoryTimeToLiveCheckTest {

    @Autowired
    HistoryTimeToLiveCheck check;
    @Autowired
    RepositoryService repository;
    @Autowired
    ArchiveSettings settings;

    @Test
    void aRetentionIsCountedInWholeDaysRoundedUp() {
        assertThat(settings.longestRetentionInDays()).as("P10Y").isEqualTo(3660);
        var reasons = new java.util.EnumMap<nl.inburgeringsregie.zaak.ClosureReason, ArchiveSettings.ResultCategory>(
                nl.inburgeringsregie.zaak.ClosureReason.class);
        for (var reason : nl.inburgeringsregie.zaak.ClosureReason.values()) {
            reasons.put(reason, new ArchiveSettings.ResultCategory("8.1", "Verstrekt",
                    nl.inburgeringsregie.archief.Nomination.VERNIETIGEN, Period.ofYears(1)));
        }
        reasons.put(nl.inburgeringsregie.zaak.ClosureReason.OVERLEDEN, new ArchiveSettings.ResultCategory("8.3",
                "Beëindigd", nl.inburgeringsregie.archief.Nomination.VERNIETIGEN, Period.of(1, 2, 3)));
        assertThat(new ArchiveSettings(reasons).longestRetentionInDays()).isEqualTo(366 + 62 + 3);
    }

    @Test
    void theProjectsModelsKeepTheirHistoryAtLeastAsLongAsTheLongestRetention() {
        repository.createProcessDefinitionQuery().processDefinitionKey("inburgering").latestVersion().list()
                .forEach(definition -> assertThat(definition.getHistoryTimeToLive()).isGreaterThanOrEqualTo(3660));
        repository.createDecisionDefinitionQuery().decisionDefinitionKey("leerroute-advies").latestVersion().list()
                .forEach(definition -> assertThat(definition.getHistoryTimeToLive()).isGreaterThanOrEqualTo(3660));
    }

    @Test
    void aModelWhoseHistoryWouldGoSoonerIsNamed() {
        var deployment = repository.createDeployment().name("ttl-proef").addString("ttlproef.bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="Definitions_ttlproef" targetNamespace="test">
                  <process id="ttlproef" name="Proef" isExecutable="true" camunda:historyTimeToLive="30">
                    <startEvent id="start"/>
                  </process>
                </definitions>""").deploy();
        try {
            assertThatThrownBy(check::check).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ttlproef (30)").hasMessageContaining("3660 dagen");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }
}
