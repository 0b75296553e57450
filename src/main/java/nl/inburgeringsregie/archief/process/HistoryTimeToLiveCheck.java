package nl.inburgeringsregie.archief.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.archief.ArchiveSettings;
import nl.inburgeringsregie.shared.StartupOrder;

/**
 * Issue 21, point 4: "Camunda's history time-to-live is aligned with it". The engine's history of a case must not
 * vanish before the case's archiefactiedatum — the destruction removes it explicitly, with the case. So every deployed
 * model (the latest version of each process and decision) keeps its history at least as long as the longest
 * bewaartermijn of {@code inburgering.archief.resultaten}, counted generously in days
 * ({@link ArchiveSettings#longestRetentionInDays()}); otherwise the application does not start and says which model to
 * change. Runs after the models are deployed; the model quality gate refuses such a model before it is deployed.
 */
@Component
class HistoryTimeToLiveCheck {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryTimeToLiveCheck.class);

    private final RepositoryService repository;
    private final ArchiveSettings settings;

    HistoryTimeToLiveCheck(RepositoryService repository, ArchiveSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.DEPLOY_MODELS + 1)
    void check() {
        int needed = settings.longestRetentionInDays();
        List<String> tooShort = new ArrayList<>();
        repository.createProcessDefinitionQuery().latestVersion().list().forEach(definition -> {
            if (tooShort(definition.getHistoryTimeToLive(), needed)) {
                tooShort.add(definition.getKey() + " (" + definition.getHistoryTimeToLive() + ")");
            }
        });
        repository.createDecisionDefinitionQuery().latestVersion().list().forEach(definition -> {
            if (tooShort(definition.getHistoryTimeToLive(), needed)) {
                tooShort.add(definition.getKey() + " (" + definition.getHistoryTimeToLive() + ")");
            }
        });
        if (!tooShort.isEmpty()) {
            throw new IllegalStateException("De historie van deze modellen wordt eerder opgeruimd dan de langste "
                    + "bewaartermijn van inburgering.archief.resultaten (" + needed + " dagen): " + tooShort
                    + ". Zet camunda:historyTimeToLive in processes/ op ten minste " + needed + ".");
        }
        LOG.info("Historie van de modellen blijft ten minste {} dagen (langste bewaartermijn)", needed);
    }

    private static boolean tooShort(Integer days, int needed) {
        return days == null || days < needed;
    }

}
