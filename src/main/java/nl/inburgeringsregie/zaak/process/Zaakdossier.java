package nl.inburgeringsregie.zaak.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CasePhase;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * The bean the models call as {@code ${zaakdossier...}} to keep the case file up to date.
 * <ul>
 * <li>{@code delegateExpression="${zaakdossier.mijlpaal('BRP_REGISTERED', 'brpInschrijfdatum', null)}"}
 * on the end of a user task or the take of a flow records a key date: the milestone, the variable
 * that holds its date, and a note template in which {@code {variable}} is replaced by its value.</li>
 * <li>{@code expression="${zaakdossier.fase(execution.processBusinessKey, 'WARME_OVERDRACHT')}"}
 * records the phase of the case.</li>
 * </ul>
 * Invalid input from a form (a missing or future date, a missing field) becomes a
 * {@link FormFieldValidationException}: Tasklist shows its Dutch message, REST answers 400, the task
 * stays open and nothing is written.
 */
@ProcessBean("zaakdossier")
public class Zaakdossier {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final CaseFileService caseFile;
    private final IdentityService identityService;

    Zaakdossier(CaseFileService caseFile, IdentityService identityService) {
        this.caseFile = caseFile;
        this.identityService = identityService;
    }

    /** A listener that records the milestone; a new one per use, so it holds no shared state. */
    public CaseStep mijlpaal(String milestone, String dateVariable, String noteTemplate) {
        Milestone recorded = Milestone.valueOf(milestone);
        return execution -> FormErrors.check(() -> caseFile.recordMilestone(execution.getProcessBusinessKey(), recorded,
                dateVariable == null ? null : FormErrors.text(execution, dateVariable),
                note(noteTemplate, execution), currentUser()), dateVariable);
    }

    /**
     * A listener that stores a report of a talk or step in the case file: the named fields
     * (space-separated variable names) as they were submitted, dated by {@code dateVariable} (today
     * when null). The confidential fields among them (health, trauma, finances …) are then taken out of
     * the process variables, so they live only in the case file; the fields the model routes on stay.
     */
    public CaseStep verslag(String kind, String dateVariable, String fields, String confidentialFields) {
        List<String> names = words(fields);
        List<String> confidential = words(confidentialFields);
        return execution -> {
            Map<String, Object> content = new LinkedHashMap<>();
            for (String name : names) {
                Object value = execution.getVariable(name);
                if (value != null && !value.toString().isBlank()) {
                    content.put(name, value);
                }
            }
            FormErrors.check(() -> caseFile.recordReport(execution.getProcessBusinessKey(), kind,
                    dateVariable == null ? null : FormErrors.text(execution, dateVariable), content,
                    currentUser()), dateVariable);
            confidential.forEach(execution::removeVariable);
        };
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    /**
     * A listener that accepts only one of the given values (separated by |) for a form field, so a
     * REST client cannot send what the form's select or radio would not offer.
     */
    public CaseStep eenVan(String variable, String allowedValues) {
        List<String> allowed = List.of(allowedValues.split("\\|"));
        return execution -> {
            Object value = execution.getVariable(variable);
            if (value == null || !allowed.contains(value.toString())) {
                throw new FormFieldValidationException(variable,
                        "Kies bij '" + variable + "' een van: " + String.join(", ", allowed));
            }
        };
    }

    /**
     * On leaving "Eerder gevolgde onderdelen vastleggen" (ondertussengroep): the start of the Wi2013 term as
     * DUO has it, and, when the intake was done before this case, the date of that plan (progress talks count
     * from it). A PIP made in this case later does not move the term.
     */
    public CaseStep eerderGevolgd() {
        return execution -> {
            String caseNumber = execution.getProcessBusinessKey();
            if ("ja".equals(execution.getVariable("eerderBredeIntake"))) {
                FormErrors.check(() -> caseFile.recordMilestone(caseNumber, Milestone.PRIOR_PLAN,
                        FormErrors.text(execution, "eerderPlanDatum"), null, currentUser()), "eerderPlanDatum");
            }
            FormErrors.check(() -> caseFile.startTerm(caseNumber, FormErrors.text(execution, "termijnStartdatum"),
                    "Wi2013, volgens DUO", currentUser()), "termijnStartdatum");
        };
    }

    /** The person's age in whole years today (for the leerroute advice); the birth date stays in the case file. */
    public int leeftijd(String caseNumber) {
        return caseFile.ageOf(caseNumber);
    }

    public void fase(String caseNumber, String phase) {
        caseFile.changePhase(caseNumber, CasePhase.valueOf(phase));
    }

    private static String note(String template, DelegateExecution execution) {
        if (template == null) {
            return null;
        }
        Matcher placeholders = PLACEHOLDER.matcher(template);
        var note = new StringBuilder();
        while (placeholders.find()) {
            Object value = execution.getVariable(placeholders.group(1));
            if (value == null || value.toString().isBlank()) {
                throw new InvalidInputException(Map.of(placeholders.group(1),
                        "Vul '" + placeholders.group(1) + "' in"));
            }
            placeholders.appendReplacement(note, Matcher.quoteReplacement(value.toString()));
        }
        placeholders.appendTail(note);
        return note.toString();
    }

    private String currentUser() {
        return FormErrors.currentUser(identityService);
    }
}
