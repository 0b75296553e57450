package nl.inburgeringsregie.duo.process;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import nl.inburgeringsregie.duo.DuoRegistrations.Field;
import nl.inburgeringsregie.duo.DuoRegistrations;
import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;
import nl.inburgeringsregie.platform.camunda.ProcessVariables;

/**
 * A case started from DUO's notification (model {@code duo-notificatie}, bean {@code duoAanmelding}):
 * SS101/SS139 for a gezins- or overige migrant, or SS120/SS121 for someone who settled here, when the
 * gemeente has no open case of the person. DUO gives no name or birth date, so the consulent completes
 * the BRP data in task "Inburgeraar aanmelden"; the BSN comes from the stored notification and never
 * becomes a process variable. The person's fields are confidential variables: kept out of history and
 * removed once the case exists. The rules are {@link DuoRegistrations}'.
 */
@ProcessBean("duoAanmelding")
public class DuoAanmelding {

    static final String VAR_DECISION = "aanmeldBesluit";
    static final String REGISTER = "AANMELDEN";
    static final String VAR_DOELGROEP = "aanmeldDoelgroep";
    /** Set when the case was made from this notification; the re-processing then does not signal "settled". */
    static final String VAR_CASE_CREATED = "zaakAangemaakt";

    static final String VAR_PIP_GEMEENTE = "vorigePipGemeente";
    static final String VAR_PIP_DAGTEKENING = "vorigePipDagtekening";
    static final String VAR_PIP_LEERROUTE = "vorigePipLeerroute";
    static final String VAR_PIP_NIVEAU = "vorigePipNiveau";
    static final String VAR_TERM_END = "vorigeTermijnEinde";
    /** What the form shows of the previous PIP in words (issue 19, point 2); registering reads the codes above. */
    static final String VAR_PIP_GEMEENTE_NAAM = "vorigePipGemeenteNaam";
    static final String VAR_PIP_DAGTEKENING_TEKST = "vorigePipDagtekeningTekst";
    static final String VAR_PIP_LEERROUTE_NAAM = "vorigePipLeerrouteNaam";

    /** The form's person fields, each named after the aanmelding field it fills. */
    private static final Map<Field, String> PERSON_FIELDS = new EnumMap<>(Map.of(
            Field.VOORNAMEN, "persoonVoornamen",
            Field.ACHTERNAAM, "persoonAchternaam",
            Field.GEBOORTEDATUM, "persoonGeboortedatum",
            Field.NATIONALITEIT, "persoonNationaliteit",
            Field.TAAL, "persoonTaal",
            Field.TOLK_NODIG, "persoonTolkNodig",
            Field.OPLEIDINGSNIVEAU, "persoonOpleidingsniveau",
            Field.HUISHOUDEN_REFERENTIE, "persoonHuishoudenReferentie",
            Field.KOPPELDATUM, "persoonKoppeldatum",
            Field.AZC, "persoonAzc"));

    /** Every field of the form by its variable. */
    private static final Map<Field, String> FIELDS = new EnumMap<>(Field.class);

    static {
        FIELDS.putAll(PERSON_FIELDS);
        FIELDS.putAll(Map.of(Field.DECISION, VAR_DECISION, Field.DOELGROEP, VAR_DOELGROEP,
                Field.PIP_GEMEENTE, VAR_PIP_GEMEENTE, Field.PIP_DAGTEKENING, VAR_PIP_DAGTEKENING,
                Field.PIP_LEERROUTE, VAR_PIP_LEERROUTE, Field.PIP_NIVEAU, VAR_PIP_NIVEAU, Field.TERM_END, VAR_TERM_END));
        FIELDS.putAll(Map.of(Field.PIP_GEMEENTE_NAAM, VAR_PIP_GEMEENTE_NAAM, Field.PIP_DAGTEKENING_TEKST,
                VAR_PIP_DAGTEKENING_TEKST, Field.PIP_LEERROUTE_NAAM, VAR_PIP_LEERROUTE_NAAM));
    }

    private final DuoRegistrations registrations;
    private final IdentityService identityService;

    DuoAanmelding(DuoRegistrations registrations, IdentityService identityService) {
        this.registrations = registrations;
        this.identityService = identityService;
    }

    /** The variables that prefill the form, from the fields {@link DuoRegistrations#newCase} gives. */
    static Map<String, Object> variables(Map<Field, Object> fields) {
        var variables = new LinkedHashMap<String, Object>();
        fields.forEach((field, value) -> variables.put(FIELDS.get(field), value));
        return variables;
    }

    /** On completing "Inburgeraar aanmelden": registers the person, links the new case, drops the person's fields. */
    public CaseStep aanmelden() {
        return execution -> {
            if (REGISTER.equals(execution.getVariable(VAR_DECISION))) {
                long notificationId = ((Number) execution.getVariable(DuoNotificatieVariables.VAR_NOTIFICATION_ID)).longValue();
                String caseNumber = FormErrors.check(() -> registrations.register(notificationId,
                        FormErrors.text(execution, ProcessVariables.GEMEENTE), form(execution),
                        FormErrors.currentUser(identityService)));
                execution.setVariable(DuoNotificatieVariables.VAR_LINKED_CASE, caseNumber);
                execution.setVariable(VAR_CASE_CREATED, true);
            }
            List.copyOf(PERSON_FIELDS.values()).forEach(execution::removeVariable);
        };
    }

    private static DuoRegistrations.Form form(DelegateExecution execution) {
        return new DuoRegistrations.Form() {
            @Override
            public Object value(Field field) {
                return execution.getVariable(nameOf(field));
            }

            @Override
            public String nameOf(Field field) {
                return FIELDS.get(field);
            }
        };
    }
}
