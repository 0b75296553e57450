package nl.inburgeringsregie.pip.process;

import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipChangeRequests;
import nl.inburgeringsregie.pip.PipDefaults.Field;
import nl.inburgeringsregie.pip.PipDefaults;
import nl.inburgeringsregie.pip.PipService;
import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;
import nl.inburgeringsregie.shared.People;

/**
 * The bean the PIP tasks call ({@code ${pipDossier...}}): the draft from the form "PIP opstellen"
 * and the coordinator's decision from "PIP beoordelen" go into the case file, checked against the
 * municipality's and DUO's rules; a broken rule keeps the task open with a Dutch message. What a draft
 * or change holds is {@link PipDefaults}'.
 */
@ProcessBean("pipDossier")
public class PipDossier {

    private final PipService pips;
    private final PipChangeRequests changes;
    private final PipDefaults defaults;
    private final IdentityService identityService;
    private final People people;

    PipDossier(PipService pips, PipChangeRequests changes, PipDefaults defaults, IdentityService identityService,
            People people) {
        this.people = people;
        this.pips = pips;
        this.defaults = defaults;
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
            String caseNumber = execution.getProcessBusinessKey();
            var form = form(execution);
            Pip pip = FormErrors.check(() -> pips.draft(caseNumber, defaults.draft(form, pips.isWi2013(caseNumber)),
                    FormErrors.currentUser(identityService), FIELDS.get(Field.LANGUAGE_PROVIDER),
                    form.text(Field.OFFER_DATE), form.text(Field.OFFER_COURSE_START), form.text(Field.OFFER_COURSE_END)));
            toReview(execution, pip);
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
            var form = form(execution);
            Pip pip = FormErrors.check(() -> pips.draft(caseNumber, defaults.change(form, current, pips.isWi2013(caseNumber)),
                    FormErrors.currentUser(identityService), FIELDS.get(Field.NEW_LANGUAGE_PROVIDER),
                    form.text(Field.OFFER_DATE), form.text(Field.OFFER_COURSE_START), form.text(Field.OFFER_COURSE_END)));
            toReview(execution, pip);
        };
    }

    /** What the review task shows of the stored draft; the previous review's answers are cleared. */
    private void toReview(DelegateExecution execution, Pip pip) {
        execution.setVariable("pipVersie", pip.version());
        // shown in "PIP beoordelen" as the person who drafted it, not the login name (issue 19, point 2)
        execution.setVariable("pipOpgesteldDoor", pip.draftedBy() == null ? "onbekend" : people.name(pip.draftedBy()));
        execution.setVariable("leerrouteNaam", PipService.routeLabel(pip));
        // the taalaanbieder in words (the form's own field holds DUO's instellingsnummer; issue 20, point 1)
        execution.setVariable("taalaanbiederNaam", pip.languageProvider() == null ? "" : pip.languageProvider());
        execution.removeVariable("pipBesluit");
        execution.removeVariable("pipDagtekening");
        execution.removeVariable("pipOpmerkingen");
    }

    /**
     * On entering "PIP opstellen" and "PIP wijzigen": the taalaanbieders the form offers (variable
     * {@value #PROVIDER_CHOICES}, the select's {@code valuesKey}) — the providers the case's gemeente contracts that DUO
     * recognises, each labelled with its routes; the choice is checked against the chosen route on submit. A JSON list of
     * {@code {label, value}} as form-js reads it; no personal data (names of institutions).
     */
    public void taalaanbieders(DelegateExecution execution) {
        var options = pips.providerChoices(execution.getProcessBusinessKey()).stream()
                .map(choice -> Map.of("label", choice.label(), "value", choice.instellingsnummer())).toList();
        try {
            execution.setVariable(PROVIDER_CHOICES, SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The variable with the taalaanbieders of the forms' select ({@code valuesKey}). */
    static final String PROVIDER_CHOICES = "taalaanbieders";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Whether the case falls under the Wet inburgering 2013 (ondertussengroep, asielmigrant coupled before 2022):
     * the forms "PIP opstellen" and "PIP beoordelen" hide the leerroute and what only a route has (DOMAIN.md).
     */
    public boolean wi2013(DelegateExecution execution) {
        return pips.isWi2013(execution.getProcessBusinessKey());
    }

    /** The route of the PIP in force, as the models route on it (null when the case has no PIP). */
    public String leerroute(DelegateExecution execution) {
        return pips.inForce(execution.getProcessBusinessKey()).map(pip -> pip.leerroute() == null ? null : pip.leerroute().name()).orElse(null);
    }

    /** On leaving "PIP beoordelen": approves the draft with its dagtekening or sends it back. */
    public CaseStep beoordeling() {
        return execution -> FormErrors.check(() -> pips.review(execution.getProcessBusinessKey(),
                FormErrors.text(execution, "pipBesluit"), FormErrors.text(execution, "pipDagtekening"),
                FormErrors.text(execution, "pipOpmerkingen"), FormErrors.currentUser(identityService))
                .ifPresent(approved -> {
                    execution.removeVariable("pipOpmerkingen");
                    // the route the models route on follows the PIP in force (a changed route restarts schakel 4's route)
                    execution.setVariable("leerroute", approved.leerroute() == null ? null : approved.leerroute().name());
                }));
    }

    /** The forms' names of the fields {@link PipDefaults} reads. */
    private static final Map<PipDefaults.Field, String> FIELDS = new EnumMap<>(Map.ofEntries(
            Map.entry(Field.ROUTE, "leerroute"), Map.entry(Field.ADVISED_ROUTE, "adviesLeerroute"),
            Map.entry(Field.DEVIATION_REASON, "afwijkingReden"), Map.entry(Field.NIVEAU, "niveau"),
            Map.entry(Field.LANGUAGE_PROVIDER, "taalaanbieder"), Map.entry(Field.ESTIMATED_HOURS_B1, "geschatteIntensiteitB1"),
            Map.entry(Field.ALFABETISERING, "alfabetisering"), Map.entry(Field.MAY_FINISH_EDUCATION, "magOpleidingAfmaken"),
            Map.entry(Field.PVT_PROVIDER, "pvtAanbieder"), Map.entry(Field.MAP_PROVIDER, "mapAanbieder"),
            Map.entry(Field.GUIDANCE_AGREEMENTS, "begeleidingAfspraken"),
            Map.entry(Field.PARTICIPATION_AGREEMENTS, "participatieAfspraken"),
            Map.entry(Field.ONTZORGEN_AGREEMENTS, "ontzorgenAfspraken"), Map.entry(Field.DURATION_MONTHS, "duurMaanden"),
            Map.entry(Field.NEW_ROUTE, "nieuweLeerroute"), Map.entry(Field.A2_READING, "a2Lezen"),
            Map.entry(Field.A2_LISTENING, "a2Luisteren"), Map.entry(Field.A2_WRITING, "a2Schrijven"),
            Map.entry(Field.A2_SPEAKING, "a2Spreken"), Map.entry(Field.NEW_LANGUAGE_PROVIDER, "nieuweTaalaanbieder"),
            Map.entry(Field.NEW_MAP_PROVIDER, "nieuweMapAanbieder"), Map.entry(Field.CHANGE_REASON, "wijzigingReden"),
            Map.entry(Field.OFFER_DATE, "aanbodDatum"), Map.entry(Field.OFFER_COURSE_START, "aanbodStartdatum"),
            Map.entry(Field.OFFER_COURSE_END, "aanbodEinddatum")));

    /** The form fields of the task being completed, as {@link PipDefaults} reads them. */
    private static PipDefaults.Form form(DelegateExecution execution) {
        return new PipDefaults.Form() {
            @Override
            public String text(Field field) {
                return FormErrors.text(execution, nameOf(field));
            }

            @Override
            public Integer integer(Field field) {
                return FormErrors.integer(execution, nameOf(field));
            }

            @Override
            public boolean checked(Field field) {
                return Boolean.TRUE.equals(execution.getVariable(nameOf(field)));
            }

            @Override
            public String nameOf(Field field) {
                return FIELDS.get(field);
            }
        };
    }
}
