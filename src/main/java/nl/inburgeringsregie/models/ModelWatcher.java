package nl.inburgeringsregie.models;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.inburgeringsregie.shared.StartupOrder;

/**
 * In the demo ({@code inburgering.models.watch=true}) a change to processes/ or forms/ reaches the running
 * application without a restart: the folder is looked at every {@code inburgering.models.watch-interval};
 * once a change has stood still for one interval (an editor may write a file in steps), the models pass the
 * gate and are deployed together — or, with findings, are left undeployed and the findings logged. Running
 * cases keep their version.
 */
@Component
@ConditionalOnProperty(name = "inburgering.models.watch", havingValue = "true")
public class ModelWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ModelWatcher.class);

    private final ModelDeployer deployer;
    private final Path directory;
    private Integer seen;
    private Integer pending;
    private List<ModelFinding> lastFindings = List.of();

    @Autowired
    public ModelWatcher(ModelDeployer deployer) {
        this(deployer, deployer.modelsDirectory());
    }

    ModelWatcher(ModelDeployer deployer, Path directory) {
        this.deployer = deployer;
        this.directory = directory;
    }

    /** The models deployed at start-up are the ones seen. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.DEPLOY_MODELS + 1)
    public synchronized void start() {
        seen = ModelFiles.fingerprint(directory);
        LOG.info("Wijzigingen in {}/processes en /forms worden automatisch gedeployd", directory);
    }

    @Scheduled(fixedDelayString = "${inburgering.models.watch-interval:PT2S}",
            initialDelayString = "${inburgering.models.watch-interval:PT2S}")
    // Once across the cluster (platform.cluster.SchedulerLocks): a node deploys what it reads from its own folder; the
    // deployer skips models that are deployed already, so a node that sees the same change later deploys nothing new
    @SchedulerLock(name = "modellen-bewaken", lockAtMostFor = "PT5M")
    public synchronized void poll() {
        int now = ModelFiles.fingerprint(directory);
        if (seen == null || now == seen) {
            pending = null;
            return;
        }
        if (pending == null || now != pending) {
            pending = now;
            return;
        }
        try {
            var deployment = deployer.deploy(ModelFiles.read(directory));
            lastFindings = List.of();
            if (deployment.nieuw()) {
                LOG.info("Gewijzigde modellen gedeployd: versies {}", deployment.versies());
            }
            seen = now;
        } catch (ModelFindingsException e) {
            lastFindings = e.findings();
            seen = now;
            LOG.warn("Gewijzigde modellen niet gedeployd: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Gewijzigde modellen niet gedeployd; de volgende keer opnieuw", e);
        } finally {
            pending = null;
        }
    }

    /** The findings of the last change that could not be deployed (empty after a good change). */
    public synchronized List<ModelFinding> lastFindings() {
        return lastFindings;
    }
}
