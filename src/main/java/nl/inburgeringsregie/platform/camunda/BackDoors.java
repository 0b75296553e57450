package nl.inburgeringsregie.platform.camunda;

import java.util.Set;

/**
 * The members an expression in a model may never name, on any object it is given: Java's reflection and the
 * engine itself — back doors around the process beans (issue 16, point 6). The gate refuses them in the model's text
 * (models.gate.ExpressionRule); the engine refuses them when it evaluates an expression ({@link ClosedToModels}).
 */
public final class BackDoors {

    public static final Set<String> MEMBERS = Set.of("class", "getClass", "classLoader", "getClassLoader",
            "processEngine", "getProcessEngine", "processEngineServices", "getProcessEngineServices",
            "processEngineConfiguration", "getProcessEngineConfiguration");

    private BackDoors() {
    }
}
