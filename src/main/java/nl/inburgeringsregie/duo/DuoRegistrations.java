package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest.PipVorigeGemeente;
import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.aanmelding.DuplicateCaseException;
import nl.inburgeringsregie.aanmelding.Requester;
import nl.inburgeringsregie.gemeente.Gemeente;
import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.shared.InboundMessages;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Opleidingsniveau;
import nl.inburgeringsregie.zaak.PersonService;

/**
 * A case started from DUO's notification: SS101/SS139 for a gezins- or overige migrant, or SS120/SS121 for
 * someone who settled here, when the gemeente has no open case of the person. DUO gives no name or birth
 * date, so the consulent completes the BRP data in a form this class prefills and reads; the BSN comes
 * from the stored notification. For SS121 the previous gemeente's PIP and term come from DUO's read APIs.
 */
@Service
public class DuoRegistrations {

    /** The fields of the form "Inburgeraar aanmelden"; the model names them. */
    public enum Field {
        /** The consulent's decision: register the person, or not. */
        DECISION, DOELGROEP,
        VOORNAMEN, ACHTERNAAM, GEBOORTEDATUM, NATIONALITEIT, TAAL, TOLK_NODIG, OPLEIDINGSNIVEAU, HUISHOUDEN_REFERENTIE,
        KOPPELDATUM, AZC,
        /** The previous gemeente's PIP and term (SS121), from DUO. */
        PIP_GEMEENTE, PIP_DAGTEKENING, PIP_LEERROUTE, PIP_NIVEAU, TERM_END,
        /**
         * What the form shows of that PIP in words (issue 19, point 2): the gemeente's name, the dagtekening as
         * dd-mm-jjjj, the route's label; the codes above are what registering reads back.
         */
        PIP_GEMEENTE_NAAM, PIP_DAGTEKENING_TEKST, PIP_LEERROUTE_NAAM
    }

    /** Reads a submitted form field. */
    public interface Form {
        Object value(Field field);

        /** The field's name in the form, to report a broken rule on. */
        String nameOf(Field field);
    }

    /** The form's person fields by the aanmelding field each fills. */
    private static final Map<String, Field> AANMELDING_FIELDS = Map.of(
            "voornamen", Field.VOORNAMEN,
            "achternaam", Field.ACHTERNAAM,
            "geboortedatum", Field.GEBOORTEDATUM,
            "nationaliteit", Field.NATIONALITEIT,
            "taal", Field.TAAL,
            "tolkNodig", Field.TOLK_NODIG,
            "opleidingsniveau", Field.OPLEIDINGSNIVEAU,
            "huishoudenReferentie", Field.HUISHOUDEN_REFERENTIE,
            "koppeldatum", Field.KOPPELDATUM,
            "azc", Field.AZC);

    private static final String DUO_GEZINSMIGRANT = "Gezinsmigrant en overige migrant";

    private final AanmeldingService aanmeldingen;
    private final PersonService persons;
    private final InboundMessages inbox;
    private final DuoReads duo;
    private final ObjectMapper json;
    private final GemeenteService gemeenten;
    private final DuoPriorResults priorResults;
    private final VNumberMatching vNumbers;

    public DuoRegistrations(AanmeldingService aanmeldingen, PersonService persons, InboundMessages inbox,
            DuoReads duo, ObjectMapper json, GemeenteService gemeenten, DuoPriorResults priorResults,
            VNumberMatching vNumbers) {
        this.vNumbers = vNumbers;
        this.gemeenten = gemeenten;
        this.priorResults = priorResults;
        this.aanmeldingen = aanmeldingen;
        this.persons = persons;
        this.inbox = inbox;
        this.duo = duo;
        this.json = json;
    }

    /**
     * Whether DUO's notification about a person without a case here calls for a new case, and if so the
     * form fields to prefill: the doelgroep DUO gives, what this installation knows of the person already
     * (a case in another gemeente), and for SS121 the previous PIP.
     */
    public Optional<Map<Field, Object>> newCase(DuoGebeurtenis event, String bsn, String bron) {
        boolean settled = event.handling() == DuoGebeurtenis.Handling.SETTLED;
        if (bsn == null || !settled && event.handling() != DuoGebeurtenis.Handling.NEW_OBLIGATION) {
            return Optional.empty();
        }
        boolean familyMigrant = duo.doelgroep(bsn, bron).filter(DUO_GEZINSMIGRANT::equals).isPresent();
        if (!settled && !familyMigrant) {
            return Optional.empty();
        }
        var fields = new LinkedHashMap<Field, Object>();
        fields.put(Field.DOELGROEP, familyMigrant ? Doelgroep.GEZINSMIGRANT.name() : Doelgroep.ASIELMIGRANT.name());
        persons.findByBsn(bsn).ifPresent(person -> {
            fields.put(Field.VOORNAMEN, person.givenNames());
            fields.put(Field.ACHTERNAAM, person.surname());
            fields.put(Field.GEBOORTEDATUM, DutchDate.format(person.birthDate()));
            fields.put(Field.NATIONALITEIT, person.nationality());
            fields.put(Field.TAAL, person.language());
            fields.put(Field.TOLK_NODIG, person.interpreterNeeded());
            fields.put(Field.OPLEIDINGSNIVEAU, person.education().name());
        });
        if (event == DuoGebeurtenis.SS121) {
            duo.pip(bsn, bron).ifPresent(pip -> {
                Leerroute route = Leerroute.ofDuoCode(pip.leerroute());
                fields.put(Field.PIP_GEMEENTE, pip.gemeente());
                fields.put(Field.PIP_DAGTEKENING, pip.dagtekening().toString());
                fields.put(Field.PIP_LEERROUTE, route.name());
                // a gemeente this installation does not serve has no name here: its CBS code, said to be one
                fields.put(Field.PIP_GEMEENTE_NAAM, gemeenten.findByCode(pip.gemeente()).map(Gemeente::name)
                        .orElse("gemeente met CBS-code " + pip.gemeente()));
                fields.put(Field.PIP_DAGTEKENING_TEKST, DutchDate.format(pip.dagtekening()));
                fields.put(Field.PIP_LEERROUTE_NAAM, route.label());
                if (pip.niveau() != null) {
                    fields.put(Field.PIP_NIVEAU, pip.niveau());
                }
                // a term longer than three years from the PIP's dagtekening was extended
                duo.termijn(bsn, bron).map(DuoApi.Termijn::lastDay)
                        .filter(end -> end.isAfter(pip.dagtekening().plusYears(3).minusDays(1)))
                        .ifPresent(extended -> fields.put(Field.TERM_END, extended.toString()));
            });
        }
        return Optional.of(fields);
    }

    /**
     * Registers the person of the stored notification from the completed form; a broken rule is reported on
     * the form field that holds it. Returns the new case number.
     */
    public String register(long notificationId, String gemeente, Form form, String user) {
        var notification = NotificatieBericht.parse(json, inbox.payloadOf(notificationId));
        // a notification with only a vNummer reaches this form once the vNummer's BSN is known
        String bsn = vNumbers.bsnOf(notification).orElseThrow();
        var request = new AanmeldingRequest(text(form, Field.VOORNAMEN), text(form, Field.ACHTERNAAM),
                bsn, date(form, Field.GEBOORTEDATUM),
                text(form, Field.NATIONALITEIT), doelgroep(form), gemeente, text(form, Field.HUISHOUDEN_REFERENTIE),
                text(form, Field.TAAL), Boolean.TRUE.equals(form.value(Field.TOLK_NODIG)), opleidingsniveau(form),
                date(form, Field.KOPPELDATUM), text(form, Field.AZC), false, previousPip(form));
        var requester = new Requester(user, Set.of(gemeente), false);
        boolean movedIn = notification.gebeurtenisId() != null && DuoGebeurtenis.of(notification.gebeurtenisId())
                .filter(event -> event.handling() == DuoGebeurtenis.Handling.SETTLED).isPresent();
        try {
            if (movedIn) {
                // SS120/SS121: lives here already (no warme overdracht); what DUO holds is read, not asked again
                String bron = gemeenten.oinOf(gemeente).orElseThrow();
                return aanmeldingen.registerMovedIn(request, requester,
                        caseNumber -> priorResults.record(caseNumber, bsn, bron));
            }
            return aanmeldingen.register(request, requester);
        } catch (DuoUnavailableException e) {
            throw InvalidInputException.of(form.nameOf(Field.DECISION), "DUO is nu niet bereikbaar om de eerder "
                    + "gevolgde onderdelen (MAP, PVT, uren) op te vragen; probeer het later opnieuw");
        } catch (InvalidInputException e) {
            var errors = new LinkedHashMap<String, String>();
            e.fieldErrors().forEach((name, message) -> errors.put(form.nameOf(formField(name)), message));
            throw new InvalidInputException(errors);
        } catch (DuplicateCaseException e) {
            throw InvalidInputException.of(form.nameOf(Field.DECISION), e.getMessage());
        }
    }

    /** An aanmelding field maps to the form field that holds it; the rest (DUO's PIP) to the decision. */
    private static Field formField(String aanmeldingField) {
        return AANMELDING_FIELDS.getOrDefault(aanmeldingField,
                "doelgroep".equals(aanmeldingField) ? Field.DOELGROEP : Field.DECISION);
    }

    private static PipVorigeGemeente previousPip(Form form) {
        Object gemeente = form.value(Field.PIP_GEMEENTE);
        if (gemeente == null) {
            return null;
        }
        Object niveau = form.value(Field.PIP_NIVEAU);
        Object termEnd = form.value(Field.TERM_END);
        return new PipVorigeGemeente(gemeente.toString(), LocalDate.parse(form.value(Field.PIP_DAGTEKENING).toString()),
                Leerroute.valueOf(form.value(Field.PIP_LEERROUTE).toString()),
                niveau == null ? null : niveau.toString(), termEnd == null ? null : LocalDate.parse(termEnd.toString()));
    }

    private static String text(Form form, Field field) {
        Object value = form.value(field);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static LocalDate date(Form form, Field field) {
        String value = text(form, field);
        return value == null ? null : DutchDate.read(value, form.nameOf(field));
    }

    private static Doelgroep doelgroep(Form form) {
        Object value = form.value(Field.DOELGROEP);
        return value == null ? null : Doelgroep.valueOf(value.toString());
    }

    private static Opleidingsniveau opleidingsniveau(Form form) {
        String value = text(form, Field.OPLEIDINGSNIVEAU);
        return value == null ? null : Opleidingsniveau.valueOf(value);
    }
}
