package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.inburgeren.CulpabilityRule;
import nl.inburgeringsregie.pip.Pip;
import nl.inburgeringsregie.pip.PipService;
import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CaseMilestones;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * Sends what the processes tell DUO, from an asynchronous process step: checks DUO's rules (README of
 * the M2M specification), sends the message in the form of DUO's OpenAPI files, and keeps each attempt
 * in the case's message record. A refusal ({@link DuoRejectedException}) stops the step with an
 * incident; an unreachable DUO ({@link DuoUnavailableException}) makes the step retry on its cycle.
 * The step's Camunda job is the outbox: the intent to send is committed with the process state.
 */
@Service
class DuoSender implements DuoGateway {

    private final CaseFileService caseFile;
    private final CaseMilestones milestones;
    private final PipService pips;
    private final DuoOutbound outbound;
    private final LeerbaarheidstoetsExamNumbers examNumbers;
    private final ObjectMapper json;
    private final Clock clock;

    DuoSender(CaseFileService caseFile, CaseMilestones milestones, PipService pips, DuoOutbound outbound,
            LeerbaarheidstoetsExamNumbers examNumbers, ObjectMapper json, Clock clock) {
        this.caseFile = caseFile;
        this.milestones = milestones;
        this.pips = pips;
        this.outbound = outbound;
        this.examNumbers = examNumbers;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void registerPip(String caseNumber) {
        var aCase = caseFile.caseOf(caseNumber);
        Pip pip = pips.inForce(caseNumber)
                .orElseThrow(() -> new IllegalStateException("Case " + caseNumber + " has no PIP in force"));
        milestone(aCase, Milestone.OBLIGATION_STARTED).filter(pip.dagtekening()::isBefore).ifPresent(start -> {
            throw refused(aCase, DuoOperation.PIP_REGISTREREN, "De dagtekening van het PIP ("
                    + DutchDate.format(pip.dagtekening()) + ") ligt vóór de start van de inburgeringsplicht ("
                    + DutchDate.format(start) + "); DUO registreert dit PIP niet.");
        });
        send(aCase, DuoOperation.PIP_REGISTREREN, pipBody(pip));
    }

    @Override
    @Transactional
    public void removePip(String caseNumber) {
        var aCase = caseFile.caseOf(caseNumber);
        // a Wi2013 PIP never went to DUO (model brede-intake-en-pip, "Gegevensuitwisseling met DUO?": "nee (oude wet)")
        if (!aCase.doelgroep().isWi2013()) {
            send(aCase, DuoOperation.PIP_VERWIJDEREN, null);
        }
    }

    @Override
    @Transactional
    public String registerLeerbaarheidstoets(String caseNumber) {
        var aCase = caseFile.caseOf(caseNumber);
        var answer = send(aCase, DuoOperation.LBT_EXAMENNUMMER_OPVRAGEN, null);
        String examNumber = examNumberIn(answer.body());
        if (examNumber == null) {
            throw refused(aCase, DuoOperation.LBT_EXAMENNUMMER_OPVRAGEN, "DUO gaf geen examennummer voor de "
                    + "leerbaarheidstoets; zonder examennummer kan de toets niet worden ingepland.");
        }
        examNumbers.registered(aCase.id(), examNumber);
        return examNumber;
    }

    @Override
    @Transactional
    public java.util.Optional<String> withdrawLeerbaarheidstoets(String caseNumber) {
        var aCase = caseFile.caseOf(caseNumber);
        var examNumber = examNumbers.current(aCase.id());
        if (examNumber.isPresent()) {
            send(aCase, DuoOperation.LBT_EXAMENNUMMER_INTREKKEN, null);
            examNumbers.withdrawn(aCase.id());
        }
        return examNumber;
    }

    /** DUO's answer, schema Examennummer: {@code {"examennummer": "..."}} (required, at most 12 characters). */
    private String examNumberIn(String body) {
        try {
            var node = body == null ? null : json.readTree(body);
            return node != null && node.hasNonNull("examennummer") && !node.get("examennummer").asText().isBlank()
                    ? node.get("examennummer").asText() : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    @Override
    @Transactional
    public void registerMap(String caseNumber, LocalDate date, boolean culpablyLate) {
        var aCase = caseFile.caseOf(caseNumber);
        checkResultDate(aCase, DuoOperation.MAP_REGISTREREN, "eindgesprek MAP", date);
        send(aCase, DuoOperation.MAP_REGISTREREN, resultBody(aCase, "datumEindgesprekMap", date, culpablyLate));
    }

    /**
     * The term passed without the eindgesprek MAP: the indication alone (ResultaatMap has no required field), checked
     * against DUO's rule first so that a combination DUO refuses never leaves (README lines 113-116).
     */
    @Override
    @Transactional
    public void registerMapCulpability(String caseNumber, boolean culpable) {
        var aCase = caseFile.caseOf(caseNumber);
        if (milestone(aCase, Milestone.MAP_FINISHED).isPresent()) {
            // the eindgesprek was recorded meanwhile and went to DUO with its own indication; a PUT of the indication
            // alone would replace that resource and drop its date (README line 118)
            return;
        }
        LocalDate today = LocalDate.now(clock);
        var violations = CulpabilityRule.violations("verwijtbaar", null, culpable, aCase.termEndsOn(), today);
        if (!violations.isEmpty()) {
            throw refused(aCase, DuoOperation.MAP_REGISTREREN, String.join("; ", violations.values()));
        }
        var body = new LinkedHashMap<String, Object>();
        CulpabilityRule.indication(null, culpable, aCase.termEndsOn(), today)
                .ifPresent(indication -> body.put("verwijtbaar", indication));
        send(aCase, DuoOperation.MAP_REGISTREREN, body);
    }

    @Override
    @Transactional
    public void registerPvt(String caseNumber, LocalDate date, boolean culpablyLate) {
        var aCase = caseFile.caseOf(caseNumber);
        checkResultDate(aCase, DuoOperation.PVT_REGISTREREN, "ondertekening PVT", date);
        send(aCase, DuoOperation.PVT_REGISTREREN, resultBody(aCase, "datumOndertekeningPvt", date, culpablyLate));
    }

    @Override
    @Transactional
    public void registerZRoute(String caseNumber, LocalDate date) {
        var aCase = caseFile.caseOf(caseNumber);
        checkResultDate(aCase, DuoOperation.ZROUTE_REGISTREREN, "afronding Z-route", date);
        send(aCase, DuoOperation.ZROUTE_REGISTREREN, Map.of("datumAfrondingZroute", date.toString()));
    }

    /** The request body of {@code POST /personen/{bsn}/PIP}. */
    static Map<String, Object> pipBody(Pip pip) {
        var body = new LinkedHashMap<String, Object>();
        body.put("dagtekeningPip", pip.dagtekening().toString());
        body.put("leerroute", pip.leerroute().duoCode());
        if (pip.niveau() != null) {
            body.put("niveau", pip.niveau());
        }
        if (pip.estimatedHoursB1() != null) {
            body.put("geschatteIntensiteitB1Route", pip.estimatedHoursB1());
        }
        body.put("indicatorMagOpleidingAfmaken", pip.mayFinishEducation());
        body.put("indicatorAlfabetiseringsonderwijs", pip.alfabetisering());
        return body;
    }

    /**
     * MAP and PVT results: "verwijtbaar" is given only when the date lies after the end of the term
     * (DUO: before the end it must not be given, and "Ja" only when the term is exceeded; README lines 113-116 and
     * 129-132, {@link CulpabilityRule#indication}).
     */
    private Map<String, Object> resultBody(IntegrationCase aCase, String dateField, LocalDate date,
            boolean culpablyLate) {
        var body = new LinkedHashMap<String, Object>();
        body.put(dateField, date.toString());
        CulpabilityRule.indication(date, culpablyLate, aCase.termEndsOn(), LocalDate.now(clock))
                .ifPresent(indication -> body.put("verwijtbaar", indication));
        return body;
    }

    /** DUO's rules for the dates of MAP, PVT and Z-route: not in the future, not before the term. */
    private void checkResultDate(IntegrationCase aCase, DuoOperation operation, String what, LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw refused(aCase, operation, "De datum " + what + " (" + DutchDate.format(date) + ") ligt in de toekomst; DUO "
                    + "registreert alleen een datum die voorbij is.");
        }
        if (aCase.termStartsOn() != null && date.isBefore(aCase.termStartsOn())) {
            throw refused(aCase, operation, "De datum " + what + " (" + DutchDate.format(date) + ") ligt vóór de start "
                    + "van de inburgeringstermijn (" + DutchDate.format(aCase.termStartsOn()) + "); DUO registreert die niet.");
        }
    }

    /** Through the one way out ({@link DuoOutbound}): checked against DUO's OpenAPI file, sent, kept on record. */
    private DuoApi.Answer send(IntegrationCase aCase, DuoOperation operation, Map<String, Object> body) {
        return outbound.send(aCase, operation, Map.of(), body);
    }

    private DuoRejectedException refused(IntegrationCase aCase, DuoOperation operation, String reason) {
        return outbound.refused(aCase, operation, reason);
    }

    private java.util.Optional<LocalDate> milestone(IntegrationCase aCase, Milestone milestone) {
        return milestones.dateOf(aCase.id(), milestone);
    }
}
