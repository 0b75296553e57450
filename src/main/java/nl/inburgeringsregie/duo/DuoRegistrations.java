package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.aanmelding.AanmeldingRequest.PipVorigeGemeente;
import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.aanmelding.DuplicateCaseException;
import nl.inburgeringsregie.aanmelding.Requester;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.InboundMessages;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Opleidingsniveau;

/**
 * A case started from DUO's notification: SS101/SS139 for a gezins- or overige migrant, or SS120/SS121 for
 * someone who settled here, when the gemeente has no open case of the person. DUO gives no name or birth
 * date, so the consulent completes the BRP data in a form this class prefills and reads; the BSN comes
 * from the stored notification. For SS121 the previous gemeente's PIP and term come from DUO's read APIs.
 */
@Service
public class DuoRegistrations {

    /** The form's decision: register the person, or not. */
    public static final String DECISION = "aanmeldBesluit";
    public static final String DOELGROEP = "aanmeldDoelgroep";
    public static final String PIP_GEMEENTE = "vorigePipGemeente";
    public static final String PIP_DAGTEKENING = "vorigePipDagtekening";
    public static final String PIP_LEERROUTE = "vorigePipLeerroute";
    public static final String PIP_NIVEAU = "vorigePipNiveau";
    public static final String TERM_END = "vorigeTermijnEinde";

    /** The form's person fields, each named after the aanmelding field it fills. */
    public static final Map<String, String> PERSON_FIELDS = Map.of(
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
    private final CaseFileService caseFile;
    private final InboundMessages inbox;
    private final DuoReads duo;
    private final ObjectMapper json;

    public DuoRegistrations(AanmeldingService aanmeldingen, CaseFileService caseFile, InboundMessages inbox,
            DuoReads duo, ObjectMapper json) {
        this.aanmeldingen = aanmeldingen;
        this.caseFile = caseFile;
        this.inbox = inbox;
        this.duo = duo;
        this.json = json;
    }

    /**
     * Whether DUO's notification about a person without a case here calls for a new case, and if so the
     * form fields to prefill: the doelgroep DUO gives, what this installation knows of the person already
     * (a case in another gemeente), and for SS121 the previous PIP.
     */
    public Optional<Map<String, Object>> newCase(DuoGebeurtenis event, String bsn, String bron) {
        boolean settled = event.handling() == DuoGebeurtenis.Handling.SETTLED;
        if (bsn == null || !settled && event.handling() != DuoGebeurtenis.Handling.NEW_OBLIGATION) {
            return Optional.empty();
        }
        boolean familyMigrant = duo.doelgroep(bsn, bron).filter(DUO_GEZINSMIGRANT::equals).isPresent();
        if (!settled && !familyMigrant) {
            return Optional.empty();
        }
        var fields = new LinkedHashMap<String, Object>();
        fields.put(DOELGROEP, familyMigrant ? Doelgroep.GEZINSMIGRANT.name() : Doelgroep.ASIELMIGRANT.name());
        caseFile.personByBsn(bsn).ifPresent(person -> {
            fields.put(PERSON_FIELDS.get("voornamen"), person.givenNames());
            fields.put(PERSON_FIELDS.get("achternaam"), person.surname());
            fields.put(PERSON_FIELDS.get("geboortedatum"), DutchDate.format(person.birthDate()));
            fields.put(PERSON_FIELDS.get("nationaliteit"), person.nationality());
            fields.put(PERSON_FIELDS.get("taal"), person.language());
            fields.put(PERSON_FIELDS.get("tolkNodig"), person.interpreterNeeded());
            fields.put(PERSON_FIELDS.get("opleidingsniveau"), person.education().name());
        });
        if (event == DuoGebeurtenis.SS121) {
            duo.pip(bsn, bron).ifPresent(pip -> {
                fields.put(PIP_GEMEENTE, pip.gemeente());
                fields.put(PIP_DAGTEKENING, pip.dagtekening().toString());
                fields.put(PIP_LEERROUTE, Leerroute.ofDuoCode(pip.leerroute()).name());
                if (pip.niveau() != null) {
                    fields.put(PIP_NIVEAU, pip.niveau());
                }
                // a term longer than three years from the PIP's dagtekening was extended
                duo.termijn(bsn, bron).map(term -> term.einddatum())
                        .filter(end -> end.isAfter(pip.dagtekening().plusYears(3).minusDays(1)))
                        .ifPresent(extended -> fields.put(TERM_END, extended.toString()));
            });
        }
        return Optional.of(fields);
    }

    /**
     * Registers the person of the stored notification from the completed form ({@code field} reads a form
     * field by name); a broken rule is reported on the form field that holds it. Returns the new case number.
     */
    public String register(long notificationId, String gemeente, Function<String, Object> field, String user) {
        var request = new AanmeldingRequest(text(field, "voornamen"), text(field, "achternaam"),
                NotificatieBericht.parse(json, inbox.payloadOf(notificationId)).bsn(), date(field, "geboortedatum"),
                text(field, "nationaliteit"), doelgroep(field), gemeente, text(field, "huishoudenReferentie"),
                text(field, "taal"), Boolean.TRUE.equals(field.apply(PERSON_FIELDS.get("tolkNodig"))),
                opleidingsniveau(field), date(field, "koppeldatum"), text(field, "azc"), false, previousPip(field));
        var requester = new Requester(user, Set.of(gemeente), false);
        try {
            return aanmeldingen.register(request, requester);
        } catch (InvalidInputException e) {
            var errors = new LinkedHashMap<String, String>();
            e.fieldErrors().forEach((name, message) -> errors.put(formField(name), message));
            throw new InvalidInputException(errors);
        } catch (DuplicateCaseException e) {
            throw InvalidInputException.of(DECISION, e.getMessage());
        }
    }

    /** An aanmelding field maps to the form field that holds it; the rest (DUO's PIP) to the decision. */
    private static String formField(String aanmeldingField) {
        return PERSON_FIELDS.getOrDefault(aanmeldingField, "doelgroep".equals(aanmeldingField) ? DOELGROEP : DECISION);
    }

    private static PipVorigeGemeente previousPip(Function<String, Object> field) {
        Object gemeente = field.apply(PIP_GEMEENTE);
        if (gemeente == null) {
            return null;
        }
        Object niveau = field.apply(PIP_NIVEAU);
        Object termEnd = field.apply(TERM_END);
        return new PipVorigeGemeente(gemeente.toString(), LocalDate.parse(field.apply(PIP_DAGTEKENING).toString()),
                Leerroute.valueOf(field.apply(PIP_LEERROUTE).toString()),
                niveau == null ? null : niveau.toString(), termEnd == null ? null : LocalDate.parse(termEnd.toString()));
    }

    private static String text(Function<String, Object> field, String name) {
        Object value = field.apply(PERSON_FIELDS.get(name));
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static LocalDate date(Function<String, Object> field, String name) {
        String value = text(field, name);
        return value == null ? null : DutchDate.read(value, PERSON_FIELDS.get(name));
    }

    private static Doelgroep doelgroep(Function<String, Object> field) {
        Object value = field.apply(DOELGROEP);
        return value == null ? null : Doelgroep.valueOf(value.toString());
    }

    private static Opleidingsniveau opleidingsniveau(Function<String, Object> field) {
        String value = text(field, "opleidingsniveau");
        return value == null ? null : Opleidingsniveau.valueOf(value);
    }
}
