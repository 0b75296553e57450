package nl.inburgeringsregie.duo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.aanmelding.BsnValidator;
import nl.inburgeringsregie.gemeente.Gemeente;
import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.shared.InboundMessages.Envelope;
import nl.inburgeringsregie.shared.InboundMessages;
import nl.inburgeringsregie.shared.validation.PlausibleDates;
import nl.inburgeringsregie.shared.validation.StrictJson;

/**
 * Receives DUO's notifications (Notificatie API): checks them against DUO's OpenAPI file, checks that
 * DUO sent it (Bron) to one of our gemeenten (Doel), stores it and starts its processing in one
 * transaction — so an answer 201 means it is durable — and answers a repeated BerichtId without
 * processing it again. A refused notification is kept on record too.
 */
@Service
public class Notificaties {

    static final String KIND = "NOTIFICATIE";

    /** What the answer is: a new notification, or one received before. */
    public enum Receipt { ACCEPTED, DUPLICATE }

    /** A notification as it arrives: headers (Content-Type as sent, or null), body and the authenticated sender. */
    public record Received(String bron, String doel, String berichtId, String contentType, String body,
            String receivedBy) {
    }

    private final DuoSpecifications specifications;
    private final InboundMessages inbox;
    private final GemeenteService gemeenten;
    private final NotificatieWorkflow workflow;
    private final Environment environment;
    private final ObjectMapper json;
    private final Clock clock;

    Notificaties(DuoSpecifications specifications, InboundMessages inbox, GemeenteService gemeenten,
            NotificatieWorkflow workflow, Environment environment, ObjectMapper json, Clock clock) {
        this.specifications = specifications;
        this.inbox = inbox;
        this.gemeenten = gemeenten;
        this.workflow = workflow;
        this.environment = environment;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @throws NotificatieRefusedException 415 for a body that is not JSON; 400 for JSON that cannot be read
     *                                     strictly (see StrictJson), a message outside the specification, a
     *                                     BSN that fails the eleven-test, an implausible registratieDatumTijd
     *                                     or an unknown event; 403 when Bron is not DUO or Doel is not one of
     *                                     our gemeenten. Every refusal is stored with its reason.
     */
    @Transactional
    public Receipt receive(Received received) {
        if (!isJson(received.contentType())) {
            throw refuse(received, 415, "Het bericht moet JSON zijn (Content-Type application/json), niet "
                    + (received.contentType() == null ? "zonder Content-Type" : received.contentType()) + ".");
        }
        JsonNode body;
        try {
            body = StrictJson.read(json, received.body());
        } catch (StrictJson.UnreadableJsonException e) {
            throw refuse(received, 400, "Het bericht is geen geldige JSON: " + e.getMessage() + ".");
        }
        var nul = StrictJson.nulCharacters(body);
        if (!nul.isEmpty()) {
            throw refuse(received, 400, "Het veld '" + nul.get(0).name() + "' bevat een NUL-teken (U+0000).");
        }
        var findings = specifications.checkRequest(DuoApiName.NOTIFICATIE, new DuoSpecifications.Exchange("POST",
                "/notificaties", headers(received), received.body()));
        if (!findings.isEmpty()) {
            throw refuse(received, 400, "Het bericht voldoet niet aan de specificatie: " + String.join("; ", findings));
        }
        var bericht = NotificatieBericht.of(body);
        if (bericht.bsn() != null && !BsnValidator.isValidBsn(bericht.bsn())) {
            throw refuse(received, 400, "Het BSN voldoet niet aan de elfproef of bestaat niet uit 9 cijfers 0-9.");
        }
        if (!isPlausible(bericht.registratieDatumTijd())) {
            throw refuse(received, 400, "De registratieDatumTijd " + bericht.registratieDatumTijd()
                    + " kan niet kloppen: verwacht vanaf " + PlausibleDates.WI2021_START
                    + " (Wet inburgering 2021) tot uiterlijk een dag na nu.");
        }
        if (!received.bron().equals(environment.getRequiredProperty("inburgering.duo.oin"))) {
            throw refuse(received, 403, "Bron " + received.bron() + " is niet het OIN van DUO.");
        }
        Gemeente gemeente = gemeenten.findByOin(received.doel())
                .orElseThrow(() -> refuse(received, 403, "Doel " + received.doel() + " is geen gemeente van deze installatie."));
        String eventId = bericht.gebeurtenisId();
        DuoGebeurtenis gebeurtenis = DuoGebeurtenis.of(eventId)
                .orElseThrow(() -> refuse(received, 400, "Onbekende gebeurtenis " + cut(eventId, 40) + "."));
        if (inbox.isAccepted(InboundMessages.Source.DUO, repeatKey(received))) {
            return Receipt.DUPLICATE;
        }
        long id;
        try {
            id = inbox.storeAccepted(envelope(received), repeatKey(received));
        } catch (DuplicateKeyException sameMessageAtTheSameTime) {
            return Receipt.DUPLICATE;
        }
        workflow.startProcessing(id, gemeente.code(), gebeurtenis);
        return Receipt.ACCEPTED;
    }

    /** The reason kept with a refused notification fits its column (inbound_message.outcome). */
    static final int LONGEST_REASON = 2000;

    private NotificatieRefusedException refuse(Received received, int status, String reason) {
        inbox.storeRefused(envelope(received), cut(reason, LONGEST_REASON));
        return new NotificatieRefusedException(status, Foutmelding.of(reason).fouttekst());
    }

    private boolean isPlausible(String registratieDatumTijd) {
        try {
            return PlausibleDates.isPlausibleDuoMoment(OffsetDateTime.parse(registratieDatumTijd), clock);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** application/json, with or without parameters such as charset (DUO's OpenAPI file: requestBody application/json). */
    private static boolean isJson(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /**
     * A repeat is the same BerichtId, compared without regard to case: DUO's specification (Notificatie
     * openapi.yml, parameter BerichtId) calls it "Universeel unieke identificatie in hexadecimale getallen", and
     * hexadecimal digits are the same in either case. The BerichtId itself is stored as sent.
     */
    private static String repeatKey(Received received) {
        return cut(received.berichtId(), 64).toLowerCase(Locale.ROOT);
    }

    private static Envelope envelope(Received received) {
        String body = received.body() == null ? "" : received.body();
        return new Envelope(InboundMessages.Source.DUO, KIND, cut(received.berichtId(), 64), cut(received.bron(), 20),
                cut(received.doel(), 20), cut(body, 20000), received.receivedBy());
    }

    private static Map<String, String> headers(Received received) {
        var headers = new LinkedHashMap<String, String>();
        putIfPresent(headers, "bron", received.bron());
        putIfPresent(headers, "doel", received.doel());
        putIfPresent(headers, "berichtId", received.berichtId());
        return headers;
    }

    private static void putIfPresent(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
