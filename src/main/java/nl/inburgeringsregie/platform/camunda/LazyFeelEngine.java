package nl.inburgeringsregie.platform.camunda;

import java.util.function.Supplier;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;

/**
 * The FEEL engine of the DMN tables, built on first use instead of while the process engine starts (issue 22,
 * point 5: building Camunda's Scala FEEL engine took about 0.7 s of the start). {@link FeelWarmUp} builds it in the
 * background as the application becomes ready, so the first decision (an aanmelding's onderdelen-per-doelgroep)
 * normally finds it built, and otherwise waits for it. Evaluation is the engine's own, unchanged.
 */
final class LazyFeelEngine implements FeelEngine {

    private final Supplier<FeelEngine> build;
    private volatile FeelEngine engine;

    LazyFeelEngine(Supplier<FeelEngine> build) {
        this.build = build;
    }

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        return engine().evaluateSimpleExpression(expression, variableContext);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String simpleUnaryTests, String inputVariable,
            VariableContext variableContext) {
        return engine().evaluateSimpleUnaryTests(simpleUnaryTests, inputVariable, variableContext);
    }

    /** Builds the engine now unless it is built; whoever comes second waits for the first. */
    FeelEngine engine() {
        FeelEngine built = engine;
        if (built == null) {
            synchronized (this) {
                built = engine;
                if (built == null) {
                    built = build.get();
                    engine = built;
                }
            }
        }
        return built;
    }

    boolean isBuilt() {
        return engine != null;
    }
}
