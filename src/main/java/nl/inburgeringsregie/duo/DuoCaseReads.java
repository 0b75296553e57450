package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientResponseException;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.duo.DuoGegevens.Onderdeel;
import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.PersonService;

/**
 * Reads what DUO knows of a case's person, live, on request from the case page (issue 20, point 5: "read the
 * obligation, term and exemptions (Vrijstelling, Ontheffing) on request from the case page; free exam attempts"). Each
 * read on its own: DUO may refuse one — it answers only about a person relevant to the gemeente (duo-m2m/README.md
 * "Scope", R:23-27: ingezetene, COA-koppeling, the current PIP is the gemeente's, or the PIP is younger than a month and
 * the previous one was the gemeente's) — and the others still show. Every read is checked against DUO's OpenAPI file
 * before it leaves ({@link DuoRequestCheck}) and kept on record in {@code outbound_message} ({@link DuoMessageLog}),
 * the BSN masked in any reason.
 */
@Service
public class DuoCaseReads {

    private static final Logger LOG = LoggerFactory.getLogger(DuoCaseReads.class);

    /** R:23-27 in words, beside DUO's refusal (403 "Niet geautoriseerd" in every reading file). */
    static final String RELEVANCE = " DUO geeft gegevens alleen over een persoon die voor de gemeente relevant is: een"
            + " ingezetene (niet in een COA-locatie), door het COA aan de gemeente gekoppeld, of met een actuele PIP van"
            + " de gemeente (of een PIP jonger dan een maand na een PIP van de gemeente).";

    private final CaseFileService caseFile;
    private final PersonService persons;
    private final GemeenteService gemeenten;
    private final DuoApi api;
    private final DuoRequestCheck check;
    private final DuoMessageLog log;
    private final ObjectMapper json;
    private final Clock clock;

    DuoCaseReads(CaseFileService caseFile, PersonService persons, GemeenteService gemeenten, DuoApi api,
            DuoRequestCheck check, DuoMessageLog log, ObjectMapper json, Clock clock) {
        this.caseFile = caseFile;
        this.persons = persons;
        this.gemeenten = gemeenten;
        this.api = api;
        this.check = check;
        this.log = log;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Every part of {@link DuoGegevens#READS} for the case, visible only in the user's gemeenten (404 otherwise, as the
     * case file). DUO unreachable (no answer at all): the parts not yet read are not tried again in this request and
     * say so; a 5xx of one API marks only that part.
     */
    public DuoGegevens of(String caseNumber, Collection<String> userGemeenten) {
        IntegrationCase aCase = caseFile.caseVisibleTo(caseNumber, userGemeenten);
        var sender = DuoMessageLog.Sender.ofCase(aCase.id(), aCase.gemeenteCode());
        Optional<String> bron = gemeenten.oinOf(aCase.gemeenteCode());
        String bsn = persons.bsnOf(aCase);
        var onderdelen = new ArrayList<Onderdeel>();
        boolean unreachable = false;
        for (DuoOperation operation : DuoGegevens.READS) {
            if (bron.isEmpty()) {
                onderdelen.add(Onderdeel.refused(operation, "de gemeente heeft geen OIN in de configuratie; zonder OIN"
                        + " kan niets naar DUO."));
            } else if (unreachable) {
                onderdelen.add(Onderdeel.unavailable(operation));
            } else {
                var part = read(sender, operation, bsn, bron.get());
                unreachable = part.unreachable();
                onderdelen.add(part.onderdeel());
            }
        }
        return new DuoGegevens(aCase.caseNumber(), OffsetDateTime.now(clock), onderdelen);
    }

    private record Part(Onderdeel onderdeel, boolean unreachable) {
    }

    private Part read(DuoMessageLog.Sender sender, DuoOperation operation, String bsn, String bron) {
        String messageId = UUID.randomUUID().toString();
        var call = new DuoApi.Call(operation, Map.of("bsn", bsn), bron, messageId, null);
        var refusal = check.refusal(call);
        if (refusal.isPresent()) {
            log.failed(sender, operation, messageId, null, DuoMessageLog.Status.AFGEWEZEN, null, refusal.get());
            return new Part(Onderdeel.refused(operation, refusal.get()), false);
        }
        try {
            var answer = api.read(call);
            log.delivered(sender, operation, messageId, null, answer.isPresent() ? 200 : 404);
            return new Part(answer.map(body -> onderdeel(operation, body)).orElseGet(() -> Onderdeel.noData(operation)),
                    false);
        } catch (DuoRejectedException e) {
            Integer status = e.getCause() instanceof RestClientResponseException response ? response.getStatusCode().value()
                    : null;
            String reason = masked(e.getMessage(), bsn);
            log.failed(sender, operation, messageId, null, DuoMessageLog.Status.AFGEWEZEN, status, reason);
            return new Part(Onderdeel.refused(operation, reason + "." + (status != null && status == 403 ? RELEVANCE : "")),
                    false);
        } catch (DuoUnavailableException e) {
            Integer status = e.getCause() instanceof RestClientResponseException response ? response.getStatusCode().value()
                    : null;
            log.failed(sender, operation, messageId, null, DuoMessageLog.Status.MISLUKT, status,
                    masked(e.getMessage(), bsn));
            LOG.warn("DUO-leesvraag '{}' voor zaak-id {} mislukt (HTTP {})", operation.label(), sender.caseId(), status);
            return new Part(Onderdeel.unavailable(operation), status == null);
        }
    }

    /** DUO's answer in lines; an answer that cannot be read is shown as such, never as an error of the page. */
    private Onderdeel onderdeel(DuoOperation operation, String body) {
        try {
            return Onderdeel.read(operation, DuoGegevens.regels(operation, json.readTree(body)));
        } catch (Exception unreadable) {
            return Onderdeel.refused(operation, "het antwoord van DUO is niet te lezen.");
        }
    }

    /** A reason may quote the request's path; the BSN in it never reaches the record or the page. */
    static String masked(String reason, String bsn) {
        return reason == null ? null : reason.replace(bsn, "{bsn}");
    }
}
