package nl.inburgeringsregie.platform.camunda.forms;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A form's FEEL conditions ({@code conditional.hide}, a {@code readonly} expression) evaluated as form-js evaluates
 * them in Tasklist: on the task's variables as the form received them, overlaid with what the form sends. Evaluated
 * by the engine's own FEEL engine (the one of its decision tables); a condition that cannot be evaluated counts as
 * neither true nor false.
 */
final class FormConditions {

    private final FeelEngine feel;
    private final Map<String, Object> current;
    private final Map<String, Object> data;

    FormConditions(FeelEngine feel, Map<String, Object> current, Map<String, Object> submitted) {
        this.feel = feel;
        this.current = current;
        this.data = new HashMap<>(current);
        this.data.putAll(submitted);
    }

    /** TRUE or FALSE, or null when the expression cannot be evaluated to either. */
    Boolean evaluate(String expression) {
        String feelExpression = expression.strip().startsWith("=") ? expression.strip().substring(1) : expression;
        try {
            Object result = feel.evaluateSimpleExpression(feelExpression, Variables.fromMap(data).asVariableContext());
            return result instanceof Boolean answer ? answer : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The value the task had under the key before this submission (primitive values only). */
    Object current(String key) {
        return current.get(key);
    }
}
