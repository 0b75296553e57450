package nl.inburgeringsregie.pip.process;

import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipChangeRequests;
import nl.inburgeringsregie.pip.PipDraft;
import nl.inburgeringsregie.pip.PipService;

/**
 * The bean the PIP tasks call ({@code ${pipDossier...}}): the draft from the form "PIP opstellen"
 * and the coordinator's decision from "PIP beoordelen" go into the case file, checked against the
 * municipality's and DUO's rules; a broken rule keeps the task open with a Dutch message.
 */
@ProcessBean("pipDossier")
public class PipDossier {

    private final PipService pips;
    private final PipChangeRequests changes;
    private final IdentityService identityService;

    PipDossier(PipService pips, PipChangeRequests changes, IdentityService identityService) {
        this.pips = pips;
        this.changes = changes;
        this.identityService = identityService;
    }

    /**
     * "PIP-wijziging aanvragen" after a progress talk that found a change needed: starts the same change as
     * one asked for in between; when a change is under way already, that one is enough.
     */
    public void wijzigingAanvragen(DelegateExecution execution) {
        changes.requestUnlessUnderWay(execution.getProcessBusinessKey(),
                "Voortgangsgesprek van " + FormErrors.text(execution, "voortgangsgesprekDatum"),
                FormErrors.currentUser(identityService));
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

    /**
     * On leaving "PIP wijzigen" (schakel 4): stores a changed PIP for review — another route, or B1 scaled to
     * A2 on parts — with the reason; what the form does not change is kept from the PIP in force.
     */
    public CaseStep wijziging() {
        return execution -> {
            String caseNumber = execution.getProcessBusinessKey();
            Pip current = pips.inForce(caseNumber).orElseThrow(() -> new FormFieldValidationException("nieuweLeerroute",
                    "Er is geen PIP van kracht om te wijzigen"));
            Pip pip = FormErrors.check(() -> pips.draft(caseNumber, changeFrom(execution, current),
                    FormErrors.currentUser(identityService)));
            execution.setVariable("pipVersie", pip.version());
            execution.setVariable("pipOpgesteldDoor", pip.draftedBy() == null ? "onbekend" : pip.draftedBy());
            execution.setVariable("leerrouteNaam", pip.leerroute().label());
            execution.removeVariable("pipBesluit");
            execution.removeVariable("pipDagtekening");
            execution.removeVariable("pipOpmerkingen");
        };
    }

    /** The route of the PIP in force, as the models route on it (null when the case has no PIP). */
    public String leerroute(DelegateExecution execution) {
        return pips.inForce(execution.getProcessBusinessKey()).map(pip -> pip.leerroute().name()).orElse(null);
    }

    /** On leaving "PIP beoordelen": approves the draft with its dagtekening or sends it back. */
    public CaseStep beoordeling() {
        return execution -> FormErrors.check(() -> {
            String caseNumber = execution.getProcessBusinessKey();
            String reviewer = FormErrors.currentUser(identityService);
            String decision = FormErrors.text(execution, "pipBesluit");
            if ("GOEDKEUREN".equals(decision)) {
                Pip approved = pips.approve(caseNumber, FormErrors.text(execution, "pipDagtekening"), reviewer);
                execution.removeVariable("pipOpmerkingen");
                // the route the models route on follows the PIP in force (a changed route restarts schakel 4's route)
                execution.setVariable("leerroute", approved.leerroute().name());
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
                FormErrors.integer(execution, "duurMaanden"),
                null,
                null);
    }

    private static final java.util.Map<String, String> A2_CHECKBOXES = java.util.Map.of(
            "a2Lezen", "LE", "a2Luisteren", "LU", "a2Schrijven", "SC", "a2Spreken", "SP");

    private static PipDraft changeFrom(DelegateExecution execution, Pip current) {
        Leerroute route = route(execution, "nieuweLeerroute");
        boolean b1 = route == Leerroute.B1_ROUTE;
        String niveau = b1 ? FormErrors.text(execution, "niveau") : null;
        java.util.List<String> a2Parts = new java.util.ArrayList<>();
        if (b1 && "A2".equals(niveau)) {
            A2_CHECKBOXES.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue())
                    .filter(box -> Boolean.TRUE.equals(execution.getVariable(box.getKey())))
                    .forEach(box -> a2Parts.add(box.getValue()));
        }
        String provider = FormErrors.text(execution, "nieuweTaalaanbieder");
        String mapProvider = route == Leerroute.ONDERWIJSROUTE ? null
                : current.mapProvider() != null ? current.mapProvider() : FormErrors.text(execution, "nieuweMapAanbieder");
        return new PipDraft(route, null, null, niveau,
                provider == null || provider.isBlank() ? orUnknown(current.languageProvider()) : provider,
                b1 ? current.estimatedHoursB1() : null,
                current.alfabetisering() == null ? "NVT" : current.alfabetisering(),
                current.mayFinishEducation(),
                orUnknown(current.pvtProvider()),
                mapProvider,
                orUnknown(current.guidanceAgreements()),
                orUnknown(current.participationAgreements()),
                current.ontzorgenAgreements(),
                current.durationMonths() == null ? 36 : current.durationMonths(),
                a2Parts,
                FormErrors.text(execution, "wijzigingReden"));
    }

    /** A PIP taken over from another gemeente does not carry these; the change says so instead of inventing. */
    private static String orUnknown(String value) {
        return value == null ? "Niet bekend (PIP van de vorige gemeente)" : value;
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
