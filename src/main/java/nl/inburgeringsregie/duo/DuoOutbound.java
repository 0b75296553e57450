package nl.inburgeringsregie.duo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.PersonService;

/**
 * The one way a message leaves for DUO. Each message is first checked against DUO's official OpenAPI file of its API
 * (issue 20: "checked against DUO's OpenAPI files before sending"); a message that does not meet it is refused here,
 * like a refusal by DUO ({@link DuoRejectedException}: the step stops with an incident), and never sent. Every attempt
 * is kept in {@code outbound_message} under its case, or under its gemeente alone for a message about no person.
 */
@Service
public class DuoOutbound {

    private final CaseFileService caseFile;
    private final PersonService persons;
    private final GemeenteService gemeenten;
    private final DuoApi api;
    private final DuoMessageLog log;
    private final DuoRequestCheck check;
    private final ObjectMapper json;

    DuoOutbound(CaseFileService caseFile, PersonService persons, GemeenteService gemeenten, DuoApi api,
            DuoMessageLog log, DuoRequestCheck check, ObjectMapper json) {
        this.caseFile = caseFile;
        this.persons = persons;
        this.gemeenten = gemeenten;
        this.api = api;
        this.log = log;
        this.check = check;
        this.json = json;
    }

    /**
     * Sends a message about the case's person from the case's gemeente: the person's BSN fills {@code {bsn}},
     * {@code pathValues} the operation's other placeholders (e.g. {@code instellingsnummer}, {@code id}).
     *
     * @param body the JSON body, or null for none
     * @throws DuoRejectedException when the message does not meet DUO's specification (not sent) or DUO refuses it
     * @throws DuoUnavailableException when DUO cannot be reached or fails: try again later
     */
    public DuoApi.Answer send(String caseNumber, DuoOperation operation, Map<String, String> pathValues,
            Map<String, Object> body) {
        return send(caseFile.caseOf(caseNumber), operation, pathValues, body);
    }

    /**
     * Sends a message on behalf of a gemeente that belongs to no case (e.g. {@code POST /contactpersonen},
     * {@code GET /instellingen}); {@code pathValues} fills every placeholder of the operation's path.
     */
    public DuoApi.Answer sendForGemeente(String gemeenteCode, DuoOperation operation, Map<String, String> pathValues,
            Map<String, Object> body) {
        return deliver(DuoMessageLog.Sender.ofGemeente(gemeenteCode), gemeenteCode, operation, pathValues, body);
    }

    /**
     * Refuses a message about the case before it is sent, for one of DUO's rules (README of the M2M specification) the
     * caller checked: kept on record, and returned to be thrown.
     */
    public DuoRejectedException refused(String caseNumber, DuoOperation operation, String reason) {
        return refused(caseFile.caseOf(caseNumber), operation, reason);
    }

    DuoApi.Answer send(IntegrationCase aCase, DuoOperation operation, Map<String, String> pathValues,
            Map<String, Object> body) {
        var values = new LinkedHashMap<>(pathValues);
        if (operation.path().contains("{bsn}")) {
            values.put("bsn", persons.bsnOf(aCase));
        }
        return deliver(DuoMessageLog.Sender.ofCase(aCase.id(), aCase.gemeenteCode()), aCase.gemeenteCode(), operation,
                values, body);
    }

    DuoRejectedException refused(IntegrationCase aCase, DuoOperation operation, String reason) {
        log.failed(DuoMessageLog.Sender.ofCase(aCase.id(), aCase.gemeenteCode()), operation, null, null,
                DuoMessageLog.Status.AFGEWEZEN, null, reason);
        return new DuoRejectedException(reason);
    }

    private DuoApi.Answer deliver(DuoMessageLog.Sender sender, String gemeenteCode, DuoOperation operation,
            Map<String, String> pathValues, Map<String, Object> body) {
        String messageId = UUID.randomUUID().toString();
        String bodyText = body == null ? null : write(body);
        var call = new DuoApi.Call(operation, Map.copyOf(pathValues), oinOf(gemeenteCode), messageId, bodyText);
        var refusal = check.refusal(call);
        if (refusal.isPresent()) {
            log.failed(sender, operation, messageId, bodyText, DuoMessageLog.Status.AFGEWEZEN, null, refusal.get());
            throw new DuoRejectedException(refusal.get());
        }
        try {
            var answer = api.send(call);
            log.delivered(sender, operation, messageId, bodyText, answer.status());
            return answer;
        } catch (DuoRejectedException e) {
            log.failed(sender, operation, messageId, bodyText, DuoMessageLog.Status.AFGEWEZEN, null, e.getMessage());
            throw e;
        } catch (DuoUnavailableException e) {
            log.failed(sender, operation, messageId, bodyText, DuoMessageLog.Status.MISLUKT, null, e.getMessage());
            throw e;
        }
    }

    private String oinOf(String gemeenteCode) {
        return gemeenten.oinOf(gemeenteCode).orElseThrow(() -> new DuoRejectedException(
                "Gemeente " + gemeenteCode + " heeft geen OIN in de configuratie; zonder OIN kan niets naar DUO."));
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("DUO message body cannot be written as JSON", e);
        }
    }
}
