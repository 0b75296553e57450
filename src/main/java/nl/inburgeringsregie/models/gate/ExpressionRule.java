package nl.inburgeringsregie.models.gate;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;

import nl.inburgeringsregie.platform.camunda.BackDoors;

/**
 * Every expression in a model ({@code ${…}} or {@code #{…}} in any attribute or text the engine reads:
 * conditions, listeners, service tasks, timers, input parameters) parses as the engine will parse it; a call of
 * one of the application's beans names a public method of that bean with as many arguments, and a property of
 * a bean has its getter.
 */
final class ExpressionRule implements ModelRule {

    /** Names the engine itself provides in expressions; calls on them are not bean calls. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId",
            "variableScope", "connector", "caseExecution");
    private static final Pattern CALL = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)\\s*\\(");
    /** The code of each {@code ${…}} or {@code #{…}} in a text. */
    private static final Pattern EXPRESSION_CODE = Pattern.compile("[$#]\\{([^}]*)}");
    /** A member after a dot that is one of the {@link BackDoors}. */
    private static final Pattern ENGINE_SERVICES = Pattern.compile(
            "\\.\\s*(" + String.join("|", BackDoors.MEMBERS) + ")\\b");
    /** A property read by its name as text ({@code execution['…']}), which hides the name from these checks. */
    private static final Pattern PROPERTY_BY_NAME = Pattern.compile("\\[\\s*['\"]");
    /** A name at the root of an expression (not after a dot): a variable, a bean or a function. */
    private static final Pattern ROOT_NAME = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)");
    /** {@code bean.name} that is no call: a property, read through its getter. */
    private static final Pattern PROPERTY = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)(?![\\w(])(?!\\s*\\()");

    private final ExpressionBeans beans;
    private final JuelExpressionManager parser = new JuelExpressionManager();

    ExpressionRule(ExpressionBeans beans) {
        this.beans = beans;
    }

    static boolean isExpression(String value) {
        return value != null && (value.contains("${") || value.contains("#{"));
    }

    @Override
    public void check(ParsedModels models, Findings findings) {
        models.bpmnXml.forEach((file, document) -> ModelTexts.forEach(document,
                (element, text) -> checkExpression(file, element, text, findings)));
    }

    private void checkExpression(String file, String element, String text, Findings findings) {
        if (!isExpression(text)) {
            return;
        }
        String expression = text.strip();
        try {
            parser.createExpression(expression);
        } catch (RuntimeException e) {
            findings.add(file, element, "De expressie '" + expression + "' is ongeldig: " + ParsedModels.rootMessage(e));
            return;
        }
        String code = withoutStrings(expression);
        checkOnlyProcessBeans(file, element, expression, code, findings);
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            String bean = call.group(1);
            String method = call.group(2);
            if (ENGINE_NAMES.contains(bean)) {
                continue;
            }
            int arguments = argumentCount(code, call.end());
            beans.typeOf(bean).ifPresent(type -> {
                boolean exists = Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(method)
                        && (m.getParameterCount() == arguments || m.isVarArgs() && arguments >= m.getParameterCount() - 1));
                if (!exists) {
                    findings.add(file, element, "'" + bean + "' kent geen " + method + "(…) met " + arguments
                            + (arguments == 1 ? " argument" : " argumenten") + " (in " + expression + ")");
                }
            });
        }
        Matcher property = PROPERTY.matcher(code);
        while (property.find()) {
            String bean = property.group(1);
            String name = property.group(2);
            if (ENGINE_NAMES.contains(bean)) {
                continue;
            }
            beans.typeOf(bean).ifPresent(type -> {
                String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                boolean exists = Arrays.stream(type.getMethods()).anyMatch(m -> m.getParameterCount() == 0
                        && (m.getName().equals("get" + capitalised) || m.getName().equals("is" + capitalised)));
                if (!exists) {
                    findings.add(file, element, "'" + bean + "' kent geen eigenschap '" + name + "' (in " + expression
                            + "); bedoelt u een methode, zet er dan haakjes achter");
                }
            });
        }
    }

    /** A name of a bean that is not open to models is refused, wherever it stands in the expression. */
    private void checkOnlyProcessBeans(String file, String element, String expression, String code, Findings findings) {
        Matcher part = EXPRESSION_CODE.matcher(code);
        while (part.find()) {
            Matcher services = ENGINE_SERVICES.matcher(part.group(1));
            if (services.find()) {
                findings.add(file, element, "Modellen mogen de diensten van de engine niet aanroepen ('"
                        + services.group(1) + "'): alleen de beans die voor modellen zijn opengesteld (@ProcessBean) "
                        + "zijn bereikbaar (in " + expression + ")");
            }
            if (PROPERTY_BY_NAME.matcher(part.group(1)).find()) {
                findings.add(file, element, "Lees in een expressie geen eigenschap met haar naam als tekst "
                        + "([…]); schrijf execution.getVariable('naam') of bean.eigenschap (in " + expression + ")");
            }
            Matcher root = ROOT_NAME.matcher(part.group(1));
            while (root.find()) {
                if (beans.isClosed(root.group(1))) {
                    findings.add(file, element, "Modellen mogen '" + root.group(1) + "' niet gebruiken: alleen de "
                            + "beans die voor modellen zijn opengesteld (@ProcessBean) zijn bereikbaar (in "
                            + expression + ")");
                }
            }
        }
    }

    /** The expression with the content of string literals blanked, so their text is never read as code. */
    private static String withoutStrings(String expression) {
        var result = new StringBuilder(expression.length());
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < expression.length()) {
                    result.append("  ");
                    i++;
                    continue;
                }
                result.append(c == quote ? c : ' ');
                if (c == quote) {
                    quote = 0;
                }
            } else {
                if (c == '\'' || c == '"') {
                    quote = c;
                }
                result.append(c);
            }
        }
        return result.toString();
    }

    /** The number of arguments of the call whose opening parenthesis ends just before {@code from}. */
    private static int argumentCount(String code, int from) {
        int depth = 0;
        int commas = 0;
        boolean any = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                commas++;
            }
            if (!Character.isWhitespace(c)) {
                any = true;
            }
        }
        return any ? commas + 1 : 0;
    }
}
