package nl.inburgeringsregie.models;

import java.util.List;
import java.util.stream.Collectors;

/** The models cannot be deployed: the quality gate (or the engine) found these problems. */
public class ModelFindingsException extends RuntimeException {

    private final transient List<ModelFinding> findings;

    public ModelFindingsException(List<ModelFinding> findings) {
        super("De modellen worden niet gedeployd; " + findings.size()
                + (findings.size() == 1 ? " bevinding" : " bevindingen") + ":\n"
                + findings.stream().map(finding -> "  - " + finding).collect(Collectors.joining("\n")));
        this.findings = List.copyOf(findings);
    }

    public List<ModelFinding> findings() {
        return findings;
    }
}
