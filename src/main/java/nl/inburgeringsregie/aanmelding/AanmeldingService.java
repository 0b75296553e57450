package nl.inburgeringsregie.aanmelding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.pip.PipService;
import nl.inburgeringsregie.shared.InboundMessages;
import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.ApplicableLaw;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CaseNumbers;
import nl.inburgeringsregie.zaak.CaseOpening;
import nl.inburgeringsregie.zaak.CaseWorkflow.NewCaseFacts;
import nl.inburgeringsregie.zaak.CaseWorkflow;
import nl.inburgeringsregie.zaak.HouseholdService;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.Person;
import nl.inburgeringsregie.zaak.PersonService;
import nl.inburgeringsregie.zaak.RegistrationLocks;

/**
 * Registers an aanmelding: validates it completely, refuses a second case for a person with an open
 * case, and in one transaction stores the message, the person, the household link and the case and
 * starts the main process. Any failure leaves nothing behind.
 */
@Service
public class AanmeldingService {

    static final String MESSAGE_KIND = "AANMELDING";

    private final Validator validator;
    private final AanmeldingRules rules;
    private final PersonService persons;
    private final HouseholdService households;
    private final CaseOpening cases;
    private final CaseNumbers caseNumbers;
    private final GemeenteService gemeenten;
    private final InboundMessages inbox;
    private final CaseWorkflow workflow;
    private final PipService pips;
    private final ObjectMapper json;
    private final Clock clock;
    private final RegistrationLocks locks;
    private final CaseFileService caseFile;

    public AanmeldingService(Validator validator, AanmeldingRules rules, PersonService persons,
            HouseholdService households, CaseOpening cases, CaseNumbers caseNumbers,
            GemeenteService gemeenten, InboundMessages inbox, CaseWorkflow workflow, PipService pips,
            ObjectMapper json, Clock clock, RegistrationLocks locks, CaseFileService caseFile) {
        this.caseFile = caseFile;
        this.pips = pips;
        this.validator = validator;
        this.rules = rules;
        this.persons = persons;
        this.households = households;
        this.cases = cases;
        this.caseNumbers = caseNumbers;
        this.gemeenten = gemeenten;
        this.inbox = inbox;
        this.workflow = workflow;
        this.json = json;
        this.clock = clock;
        this.locks = locks;
    }

    /** Registers the aanmelding and returns the new case number. */
    @Transactional
    public String register(AanmeldingRequest request, Requester requester) {
        return register(request, requester, false, caseNumber -> { });
    }

    /**
     * Registers someone who moved here from another gemeente (DUO's SS120, or SS121 with the previous PIP): they
     * live here already, so the case gets no warme overdracht (DOMAIN.md: "A statushouder who moves in (SS120/SS121)
     * lives here already: no driegesprek, no housing"). {@code alreadyDone} records on the new case, before its
     * process starts, what DUO already holds (MAP, PVT, hours), so no task asks for it again.
     */
    @Transactional
    public String registerMovedIn(AanmeldingRequest request, Requester requester, Consumer<String> alreadyDone) {
        return register(request, requester, true, alreadyDone);
    }

    private String register(AanmeldingRequest request, Requester requester, boolean movedIn,
            Consumer<String> beforeStart) {
        validate(request, movedIn);
        if (!requester.mayActFor(request.gemeente())) {
            throw new GemeenteNotAllowedException(request.gemeente());
        }
        var source = requester.coaCoupling() ? InboundMessages.Source.COA : InboundMessages.Source.GEMEENTE;
        long messageId = inbox.store(source, MESSAGE_KIND, toJson(request), requester.userId());
        Person person = storePerson(request, requester);
        String caseNumber = caseNumbers.next();
        long caseId = cases.open(caseNumber, person.id(), request.gemeente(), request.doelgroep(),
                request.koppeldatum(), blankToNull(request.azc()), request.isNareiziger(), OffsetDateTime.now(clock));
        inbox.linkToCase(messageId, caseId);
        // which law applies and why; DUO's begindatum, when it arrives, records it again (KeyDateChanges)
        caseFile.recordMilestone(caseNumber, Milestone.APPLICABLE_LAW, null, ApplicableLaw.atAanmelding(
                request.doelgroep(), request.inburgeringsplichtBegindatum(), request.koppeldatum()), requester.userId());
        var previousPip = request.pipVorigeGemeente();
        if (previousPip != null) {
            pips.takeOver(caseNumber, previousPip.gemeente(), previousPip.dagtekening(), previousPip.leerroute(),
                    previousPip.niveau(), previousPip.termijnEinde());
        } else if (movedIn) {
            caseFile.recordMilestone(caseNumber, Milestone.MOVED_IN, null,
                    "Gemeld door DUO: gevestigd zonder PIP van de vorige gemeente", requester.userId());
        }
        beforeStart.accept(caseNumber);
        String processInstanceId = workflow.startInburgering(new NewCaseFacts(caseNumber, request.gemeente(),
                gemeenten.findByCode(request.gemeente()).orElseThrow().name(), request.doelgroep(),
                person.displayName(), blankToNull(request.azc()), request.koppeldatum(), request.taal(),
                request.tolkNodig(), request.isNareiziger(), previousPip != null, movedIn || previousPip != null));
        cases.linkProcessInstance(caseId, processInstanceId);
        return caseNumber;
    }

    private void validate(AanmeldingRequest request, boolean movedIn) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(request).forEach(violation ->
                errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
        if (errors.isEmpty()) {
            errors.putAll(rules.check(request, movedIn));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Finds or adds the household and the person. Both are looked up and inserted under their registration
     * lock, so a concurrent aanmelding of the same BSN (or household) waits and then finds the first one's
     * case (409) instead of reaching the unique index.
     */
    private Person storePerson(AanmeldingRequest request, Requester requester) {
        locks.lock(request.bsn(), request.huishoudenReferentie());
        Long householdId = request.huishoudenReferentie() == null ? null
                : households.idOf(request.huishoudenReferentie());
        var details = new Person(null, request.bsn(), request.voornamen().strip(), request.achternaam().strip(),
                request.geboortedatum(), request.nationaliteit(), request.taal().strip(), request.tolkNodig(),
                request.opleidingsniveau(), householdId);
        var existing = persons.lockedByBsn(request.bsn());
        if (existing.isEmpty()) {
            return persons.add(details);
        }
        long personId = existing.get().id();
        cases.openCaseOf(personId).ifPresent(open -> {
            throw new DuplicateCaseException(open.caseNumber(), requester.mayActFor(open.gemeenteCode()));
        });
        var updated = details.withId(personId);
        persons.update(updated);
        return updated;
    }

    private String toJson(AanmeldingRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Aanmelding kan niet als JSON worden opgeslagen", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
