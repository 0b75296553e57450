package nl.inburgeringsregie.models.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;

/**
 * Camunda's migration failures in Dutch, for the analist's report. The common ones are translated; any
 * other keeps Camunda's own text after "Camunda meldt:".
 */
final class MigrationMessages {

    private record Translation(Pattern pattern, Function<Matcher, String> dutch) {
    }

    private static final List<Translation> TRANSLATIONS = List.of(
            new Translation(Pattern.compile("There is no migration instruction for this instance's activity"),
                    m -> "de nieuwe versie heeft geen gekoppelde activiteit; laat de activiteit staan of koppel haar met een instructie"),
            new Translation(Pattern.compile("Activities have incompatible types \\((.*)\\)"),
                    m -> "de activiteiten zijn van een ander soort; koppel aan een activiteit van hetzelfde soort"),
            new Translation(Pattern.compile("Events are not of the same type \\((.*) != (.*)\\)"),
                    m -> "de gebeurtenissen zijn van een ander soort (" + m.group(1) + ", " + m.group(2) + ")"),
            new Translation(Pattern.compile("There are multiple mappings for source activity id '([^']*)'.*"),
                    m -> "activiteit '" + m.group(1) + "' is meer dan eens gekoppeld"),
            new Translation(Pattern.compile("Cannot update event trigger because the activity does not define a persistent event trigger"),
                    m -> "deze activiteit heeft geen timer, bericht of signaal om bij te werken"),
            new Translation(Pattern.compile("The closest mapped ancestor '([^']*)' is mapped to scope '([^']*)' which is not an? ancestor of target scope '([^']*)'"),
                    m -> "de activiteit komt in een ander subproces dan '" + m.group(1) + "'; koppel ook het subproces eromheen"),
            new Translation(Pattern.compile(".*belongs to no authenticated tenant.*"),
                    m -> "de zaak hoort bij een gemeente waarvoor u niet werkt"),
            new Translation(Pattern.compile(".*(?:source|target) activity '?([^' ]*)'? (?:does not exist|cannot be found).*"),
                    m -> "activiteit '" + m.group(1) + "' bestaat niet"));

    private MigrationMessages() {
    }

    static String dutch(String camundaMessage) {
        String message = camundaMessage == null ? "" : camundaMessage.strip();
        for (Translation translation : TRANSLATIONS) {
            Matcher matcher = translation.pattern().matcher(message);
            if (matcher.matches()) {
                return translation.dutch().apply(matcher);
            }
        }
        return "Camunda meldt: " + message;
    }

    /** The failures of a plan, one line per instruction. */
    static List<String> of(MigrationPlanValidationReport report, Function<String, String> sourceName) {
        List<String> lines = new ArrayList<>();
        for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
            var mapping = instruction.getMigrationInstruction();
            for (String failure : instruction.getFailures()) {
                lines.add("Koppeling van '" + sourceName.apply(mapping.getSourceActivityId()) + "' naar '"
                        + mapping.getTargetActivityId() + "': " + dutch(failure));
            }
        }
        report.getVariableReports().forEach((name, variable) -> variable.getFailures()
                .forEach(failure -> lines.add("Variabele '" + name + "': " + dutch(failure))));
        return lines;
    }

    /** Why one process instance cannot be migrated, one line per activity. */
    static List<String> of(MigratingProcessInstanceValidationReport report, Function<String, String> sourceName) {
        List<String> lines = new ArrayList<>();
        report.getFailures().forEach(failure -> lines.add(dutch(failure)));
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            activity.getFailures().forEach(failure -> lines.add("Wacht op '" + sourceName.apply(activity.getSourceScopeId())
                    + "': " + dutch(failure)));
        }
        for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
            transition.getFailures().forEach(failure -> lines.add("Staat bij '"
                    + sourceName.apply(transition.getSourceScopeId()) + "': " + dutch(failure)));
        }
        return lines;
    }
}
