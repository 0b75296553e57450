package nl.inburgeringsregie.models;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.models.ModelDeployer.ModelDeployment;
import nl.inburgeringsregie.models.gate.ModelQualityGate;
import nl.inburgeringsregie.shared.ApiUser;

/**
 * {@code /api/modellen} for analisten: what is deployed, the quality gate on the models folder, and a
 * redeploy of processes/ and forms/ together (the production way to bring changed models in without a
 * restart).
 */
@RestController
@RequestMapping("/api/modellen")
class ModelController {

    private static final Logger LOG = LoggerFactory.getLogger(ModelController.class);

    private final ModelCatalog catalog;
    private final ModelDeployer deployer;
    private final ModelQualityGate gate;

    ModelController(ModelCatalog catalog, ModelDeployer deployer, ModelQualityGate gate) {
        this.catalog = catalog;
        this.deployer = deployer;
        this.gate = gate;
    }

    @GetMapping
    ModelCatalog.Overzicht overview(@AuthenticationPrincipal ApiUser user) {
        return catalog.overview(user);
    }

    /** The gate on the folder, without deploying. */
    @GetMapping("/controle")
    Controle check() {
        var files = ModelFiles.read(deployer.modelsDirectory());
        List<ModelFinding> findings = gate.check(files);
        return new Controle(deployer.modelsDirectory().toString(), files.files().size(), findings.isEmpty(), findings);
    }

    /** 201 with the new versions; 200 when nothing changed; 422 with the findings when the models are refused. */
    @PostMapping("/deployments")
    ResponseEntity<ModelDeployment> deploy(@AuthenticationPrincipal ApiUser user) {
        LOG.info("Deploy van de modellen gevraagd door {}", user.id());
        ModelDeployment deployment = deployer.deploy();
        return ResponseEntity.status(deployment.nieuw() ? HttpStatus.CREATED : HttpStatus.OK).body(deployment);
    }

    /** The outcome of the gate on the models folder. */
    record Controle(String map, int bestanden, boolean inOrde, List<ModelFinding> bevindingen) {
    }
}
