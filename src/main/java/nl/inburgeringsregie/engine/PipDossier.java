package nl.inburgeringsregie.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.casefile.InvalidInputException;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipDraft;
import nl.inburgeringsregie.pip.PipService;

/**
 * The bean the PIP tasks call ({@code ${pipDossier...}}): the draft from the form "PIP opstellen"
 * and the coordinator's decision from "PIP beoordelen" go into the case file, checked against the
 * municipality's and DUO's rules; a broken rule keeps the task open with a Dutch message.
 */
@Component("pipDossier")
public class PipDossier {

    private final PipService pips;
    private final IdentityService identityService;

    PipDossier(PipService pips, IdentityService identityService) {
        this.pips = pips;
        this.identityService = identityService;
    }

    /** On leaving "PIP opstellen": stores the draft as a new version for review. */
    public CaseStep concept() {
        return execution -> {
            Pip pip = FormErrors.check(() -> pips.draft(execution.getProcessBusinessKey(), draftFrom(execution),
                    FormErrors.currentUser(identityService)));
            execution.setVariable("pipVersie", pip.version());
            execution.setVariable("pipOpgesteldDoor", pip.draftedBy() == null ? "onbekend" : pip.draftedBy());
            execution.setVariable("leerrouteNaam", pip.leerroute().label());
            execution.removeVariable("pipBesluit");
            execution.removeVariable("pipDagtekening");
            execution.removeVariable("pipOpmerkingen");
        };
    }

    /** On leaving "PIP beoordelen": approves the draft with its dagtekening or sends it back. */
    public CaseStep beoordeling() {
        return execution -> FormErrors.check(() -> {
            String caseNumber = execution.getProcessBusinessKey();
            String reviewer = FormErrors.currentUser(identityService);
            String decision = FormErrors.text(execution, "pipBesluit");
            if ("GOEDKEUREN".equals(decision)) {
                pips.approve(caseNumber, FormErrors.text(execution, "pipDagtekening"), reviewer);
                execution.removeVariable("pipOpmerkingen");
            } else if ("TERUGSTUREN".equals(decision)) {
                pips.sendBack(caseNumber, FormErrors.text(execution, "pipOpmerkingen"), reviewer);
            } else {
                throw InvalidInputException.of("pipBesluit", "Kies: goedkeuren of terugsturen");
            }
        });
    }

    /**
     * The draft as the form shows it: a field the form hides for the chosen route (and so does not
     * submit) is not read, so a value left from an earlier round cannot block the draft.
     */
    private static PipDraft draftFrom(DelegateExecution execution) {
        Leerroute route = route(execution, "leerroute");
        Leerroute advice = route(execution, "adviesLeerroute");
        boolean b1 = route == Leerroute.B1_ROUTE;
        return new PipDraft(
                route,
                advice,
                route != null && route != advice ? FormErrors.text(execution, "afwijkingReden") : null,
                b1 ? FormErrors.text(execution, "niveau") : null,
                FormErrors.text(execution, "taalaanbieder"),
                b1 ? FormErrors.integer(execution, "geschatteIntensiteitB1") : null,
                FormErrors.text(execution, "alfabetisering"),
                Boolean.TRUE.equals(execution.getVariable("magOpleidingAfmaken")),
                FormErrors.text(execution, "pvtAanbieder"),
                route != Leerroute.ONDERWIJSROUTE ? FormErrors.text(execution, "mapAanbieder") : null,
                FormErrors.text(execution, "begeleidingAfspraken"),
                FormErrors.text(execution, "participatieAfspraken"),
                FormErrors.text(execution, "ontzorgenAfspraken"),
                FormErrors.integer(execution, "duurMaanden"));
    }

    private static Leerroute route(DelegateExecution execution, String variable) {
        String value = FormErrors.text(execution, variable);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Leerroute.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new FormFieldValidationException(variable,
                    "Onbekende leerroute '" + value + "'");
        }
    }
}
