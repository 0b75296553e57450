package nl.inburgeringsregie.duo.process;

import nl.inburgeringsregie.platform.camunda.CaseStep;
import nl.inburgeringsregie.platform.camunda.FormErrors;
import nl.inburgeringsregie.platform.camunda.ProcessBean;
import nl.inburgeringsregie.platform.camunda.ProcessVariables;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.aanmelding.AanmeldingRequest.PipVorigeGemeente;
import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.aanmelding.DuplicateCaseException;
import nl.inburgeringsregie.aanmelding.Requester;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.Opleidingsniveau;
import nl.inburgeringsregie.zaak.PersonRepository;
import nl.inburgeringsregie.duo.DuoGebeurtenis;
import nl.inburgeringsregie.duo.DuoReads;
import nl.inburgeringsregie.duo.NotificatieBericht;
import nl.inburgeringsregie.shared.InboundMessages;
import nl.inburgeringsregie.pip.Leerroute;

/**
 * A case started from DUO's notification (model {@code duo-notificatie}, bean {@code duoAanmelding}):
 * SS101/SS139 for a gezins- or overige migrant, or SS120/SS121 for someone who settled here, when the
 * gemeente has no open case of the person. DUO gives no name or birth date, so the consulent completes
 * the BRP data in task "Inburgeraar aanmelden"; the BSN comes from the stored notification and never
 * becomes a process variable. For SS121 the previous gemeente's PIP and term come from DUO's read APIs.
 * The person's fields are confidential variables: kept out of history and removed once the case exists.
 */
@ProcessBean("duoAanmelding")
public class DuoAanmelding {

    static final String NEW_CASE = "NIEUWE_ZAAK";
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

    /** The form's person fields, each named after the aanmelding field it fills. */
    private static final Map<String, String> PERSON_FIELDS = Map.of(
            "voornamen", "persoonVoornamen",
            "achternaam", "persoonAchternaam",
            "geboortedatum", "persoonGeboortedatum",
            "nationaliteit", "persoonNationaliteit",
            "taal", "persoonTaal",
            "tolkNodig", "persoonTolkNodig",
            "opleidingsniveau", "persoonOpleidingsniveau",
            "huishoudenReferentie", "persoonHuishoudenReferentie",
            "koppeldatum", "persoonKoppeldatum",
            "azc", "persoonAzc");

    private static final String DUO_GEZINSMIGRANT = "Gezinsmigrant en overige migrant";

    private final AanmeldingService aanmeldingen;
    private final PersonRepository persons;
    private final InboundMessages inbox;
    private final DuoReads duo;
    private final IdentityService identityService;
    private final ObjectMapper json;

    DuoAanmelding(AanmeldingService aanmeldingen, PersonRepository persons, InboundMessages inbox, DuoReads duo,
            IdentityService identityService, ObjectMapper json) {
        this.aanmeldingen = aanmeldingen;
        this.persons = persons;
        this.inbox = inbox;
        this.duo = duo;
        this.identityService = identityService;
        this.json = json;
    }

    /**
     * Whether DUO's notification about a person without a case here calls for a new case, and if so the
     * variables that prefill the form: the doelgroep DUO gives, what this installation knows of the
     * person already (a case in another gemeente), and for SS121 the previous PIP.
     */
    Optional<Map<String, Object>> newCase(DuoGebeurtenis event, String bsn, String bron) {
        boolean settled = event.handling() == DuoGebeurtenis.Handling.SETTLED;
        if (bsn == null || !settled && event.handling() != DuoGebeurtenis.Handling.NEW_OBLIGATION) {
            return Optional.empty();
        }
        Optional<String> indeling = duo.doelgroep(bsn, bron);
        boolean familyMigrant = indeling.filter(DUO_GEZINSMIGRANT::equals).isPresent();
        if (!settled && !familyMigrant) {
            return Optional.empty();
        }
        var variables = new LinkedHashMap<String, Object>();
        variables.put(VAR_DOELGROEP, familyMigrant ? Doelgroep.GEZINSMIGRANT.name() : Doelgroep.ASIELMIGRANT.name());
        persons.findByBsn(bsn).ifPresent(person -> {
            variables.put(PERSON_FIELDS.get("voornamen"), person.givenNames());
            variables.put(PERSON_FIELDS.get("achternaam"), person.surname());
            variables.put(PERSON_FIELDS.get("geboortedatum"), DutchDate.format(person.birthDate()));
            variables.put(PERSON_FIELDS.get("nationaliteit"), person.nationality());
            variables.put(PERSON_FIELDS.get("taal"), person.language());
            variables.put(PERSON_FIELDS.get("tolkNodig"), person.interpreterNeeded());
            variables.put(PERSON_FIELDS.get("opleidingsniveau"), person.education().name());
        });
        if (event == DuoGebeurtenis.SS121) {
            duo.pip(bsn, bron).ifPresent(pip -> {
                variables.put(VAR_PIP_GEMEENTE, pip.gemeente());
                variables.put(VAR_PIP_DAGTEKENING, pip.dagtekening().toString());
                variables.put(VAR_PIP_LEERROUTE, Leerroute.ofDuoCode(pip.leerroute()).name());
                if (pip.niveau() != null) {
                    variables.put(VAR_PIP_NIVEAU, pip.niveau());
                }
                duo.termijn(bsn, bron).map(term -> term.einddatum())
                        .filter(end -> end.isAfter(pip.dagtekening().plusYears(3).minusDays(1)))
                        .ifPresent(extended -> variables.put(VAR_TERM_END, extended.toString()));
            });
        }
        return Optional.of(variables);
    }

    /** On completing "Inburgeraar aanmelden": registers the person, links the new case, drops the person's fields. */
    public CaseStep aanmelden() {
        return execution -> {
            if (REGISTER.equals(execution.getVariable(VAR_DECISION))) {
                String caseNumber = FormErrors.check(() -> register(execution));
                execution.setVariable(DuoNotificatieVariables.VAR_LINKED_CASE, caseNumber);
                execution.setVariable(VAR_CASE_CREATED, true);
            }
            PERSON_FIELDS.values().forEach(execution::removeVariable);
        };
    }

    private String register(DelegateExecution execution) {
        String gemeente = (String) execution.getVariable(ProcessVariables.GEMEENTE);
        var request = new AanmeldingRequest(text(execution, "voornamen"), text(execution, "achternaam"),
                bsnOf(execution), date(execution, "geboortedatum"), text(execution, "nationaliteit"),
                doelgroep(execution), gemeente, text(execution, "huishoudenReferentie"), text(execution, "taal"),
                Boolean.TRUE.equals(execution.getVariable(PERSON_FIELDS.get("tolkNodig"))),
                opleidingsniveau(execution), date(execution, "koppeldatum"), text(execution, "azc"), false,
                previousPip(execution));
        var requester = new Requester(FormErrors.currentUser(identityService), Set.of(gemeente), false);
        try {
            return aanmeldingen.register(request, requester);
        } catch (InvalidInputException e) {
            var errors = new LinkedHashMap<String, String>();
            e.fieldErrors().forEach((field, message) -> errors.put(formField(field), message));
            throw new InvalidInputException(errors);
        } catch (DuplicateCaseException e) {
            throw InvalidInputException.of(VAR_DECISION, e.getMessage());
        }
    }

    /** An aanmelding field maps to the form field that holds it; the rest (DUO's PIP) to the decision. */
    private static String formField(String aanmeldingField) {
        return PERSON_FIELDS.getOrDefault(aanmeldingField, "doelgroep".equals(aanmeldingField) ? VAR_DOELGROEP
                : VAR_DECISION);
    }

    private PipVorigeGemeente previousPip(DelegateExecution execution) {
        Object gemeente = execution.getVariable(VAR_PIP_GEMEENTE);
        if (gemeente == null) {
            return null;
        }
        Object niveau = execution.getVariable(VAR_PIP_NIVEAU);
        Object termEnd = execution.getVariable(VAR_TERM_END);
        return new PipVorigeGemeente(gemeente.toString(),
                LocalDate.parse(execution.getVariable(VAR_PIP_DAGTEKENING).toString()),
                Leerroute.valueOf(execution.getVariable(VAR_PIP_LEERROUTE).toString()),
                niveau == null ? null : niveau.toString(), termEnd == null ? null : LocalDate.parse(termEnd.toString()));
    }

    private String bsnOf(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(DuoNotificatieVariables.VAR_NOTIFICATION_ID)).longValue();
        return NotificatieBericht.parse(json, inbox.payloadOf(id)).bsn();
    }

    private static String text(DelegateExecution execution, String field) {
        Object value = execution.getVariable(PERSON_FIELDS.get(field));
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static LocalDate date(DelegateExecution execution, String field) {
        String value = text(execution, field);
        return value == null ? null : DutchDate.read(value, PERSON_FIELDS.get(field));
    }

    private static Doelgroep doelgroep(DelegateExecution execution) {
        Object value = execution.getVariable(VAR_DOELGROEP);
        return value == null ? null : Doelgroep.valueOf(value.toString());
    }

    private static Opleidingsniveau opleidingsniveau(DelegateExecution execution) {
        String value = text(execution, "opleidingsniveau");
        return value == null ? null : Opleidingsniveau.valueOf(value);
    }
}
