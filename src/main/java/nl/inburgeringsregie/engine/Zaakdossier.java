package nl.inburgeringsregie.engine;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.casefile.CaseFileService;
import nl.inburgeringsregie.casefile.CasePhase;
import nl.inburgeringsregie.casefile.InvalidInputException;
import nl.inburgeringsregie.casefile.Milestone;

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
@Component("zaakdossier")
public class Zaakdossier {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final CaseFileService caseFile;
    private final IdentityService identityService;

    Zaakdossier(CaseFileService caseFile, IdentityService identityService) {
        this.caseFile = caseFile;
        this.identityService = identityService;
    }

    /** A listener that records the milestone; a new one per use, so it holds no shared state. */
    public ExecutionListener mijlpaal(String milestone, String dateVariable, String noteTemplate) {
        Milestone recorded = Milestone.valueOf(milestone);
        return execution -> {
            try {
                caseFile.recordMilestone(execution.getProcessBusinessKey(), recorded,
                        dateVariable == null ? null : dateText(execution.getVariable(dateVariable)),
                        note(noteTemplate, execution), currentUser());
            } catch (InvalidInputException e) {
                String field = e.fieldErrors().keySet().iterator().next();
                throw new FormFieldValidationException("datum".equals(field) ? dateVariable : field, e.getMessage());
            }
        };
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

    private static String dateText(Object date) {
        if (date instanceof Date javaDate) {
            return new SimpleDateFormat("yyyy-MM-dd").format(javaDate);
        }
        return date == null ? null : date.toString();
    }

    private String currentUser() {
        var authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
