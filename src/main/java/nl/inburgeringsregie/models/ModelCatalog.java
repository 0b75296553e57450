package nl.inburgeringsregie.models;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.ApiUser;

/** What is deployed: the latest model deployment and, per process, its versions with their running instances. */
@Component
public class ModelCatalog {

    private final ModelDeployer deployer;
    private final ManagementService managementService;
    private final AsAnalist asAnalist;

    public ModelCatalog(ModelDeployer deployer, ManagementService managementService, AsAnalist asAnalist) {
        this.deployer = deployer;
        this.managementService = managementService;
        this.asAnalist = asAnalist;
    }

    /** What is deployed, with the running instances and incidents of the analist's gemeenten only. */
    public Overzicht overview(ApiUser analist) {
        return asAnalist.call(analist, this::overview);
    }

    private Overzicht overview() {
        Deployment latest = deployer.latestDeployment().orElse(null);
        Map<String, Proces> byKey = new LinkedHashMap<>();
        managementService.createProcessDefinitionStatisticsQuery().includeIncidents().list().stream()
                .sorted(Comparator.comparing(ProcessDefinitionStatistics::getKey)
                        .thenComparing(ProcessDefinitionStatistics::getVersion, Comparator.reverseOrder()))
                .forEach(definition -> byKey.computeIfAbsent(definition.getKey(), key -> new Proces(key,
                        definition.getName() == null ? key : definition.getName(), new ArrayList<>()))
                        .versies().add(new Versie(definition.getVersion(), definition.getId(),
                                definition.getDeploymentId(), definition.getInstances(),
                                definition.getIncidentStatistics().stream()
                                        .mapToInt(incident -> incident.getIncidentCount()).sum())));
        return new Overzicht(latest == null ? null : latest.getId(),
                latest == null ? null : latest.getDeploymentTime().toInstant(), List.copyOf(byKey.values()));
    }

    /** The latest deployment and the processes with their versions, newest first. */
    public record Overzicht(String laatsteDeployment, Instant gedeployd, List<Proces> processen) {
    }

    public record Proces(String proces, String naam, List<Versie> versies) {
    }

    /** One version: its definition, deployment, running process instances and open incidents. */
    public record Versie(int versie, String definitieId, String deploymentId, int lopend, int incidenten) {
    }
}
