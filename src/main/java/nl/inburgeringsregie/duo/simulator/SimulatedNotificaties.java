package nl.inburgeringsregie.duo.simulator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.gemeente.GemeenteService;

/**
 * The simulated DUO notifies the gemeente: a POST to the Notificatie API of this application, with
 * DUO's OIN as Bron, the gemeente's OIN as Doel and a new BerichtId, as DUO would send it.
 */
@Component
@Profile("duo-simulator")
public class SimulatedNotificaties {

    /** What was sent and how the Notificatie API answered. */
    public record Sent(String berichtId, int status, String answer) {
    }

    private final GemeenteService gemeenten;
    private final Environment environment;
    private final ObjectMapper json;
    private final Clock clock;

    SimulatedNotificaties(GemeenteService gemeenten, Environment environment, ObjectMapper json, Clock clock) {
        this.gemeenten = gemeenten;
        this.environment = environment;
        this.json = json;
        this.clock = clock;
    }

    /** Notifies the gemeente (CBS code) of an event about the person. */
    public Sent send(String gemeente, String bsn, String gebeurtenisId) {
        return send(gemeente, bsn, null, gebeurtenisId);
    }

    /**
     * Notifies the gemeente of an event about the person known by BSN, vNummer or both (schema Notificatie: neither is
     * required; null leaves the field out).
     */
    public Sent send(String gemeente, String bsn, Long vNummer, String gebeurtenisId) {
        var body = new LinkedHashMap<String, Object>();
        // ISO_OFFSET_DATE_TIME always writes the seconds, which RFC 3339 (format date-time) requires
        body.put("registratieDatumTijd", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(clock).withNano(0)));
        if (bsn != null) {
            body.put("bsn", bsn);
        }
        if (vNummer != null) {
            body.put("vNummer", vNummer);
        }
        body.put("gebeurtenisId", gebeurtenisId);
        return post(UUID.randomUUID().toString(), gemeenten.oinOf(gemeente).orElseThrow(), write(body));
    }

    /** Posts a notification as given: for repeating a BerichtId or sending a faulty one on purpose. */
    public Sent post(String berichtId, String doel, String body) {
        try {
            var answer = RestClient.create().post()
                    .uri(environment.getRequiredProperty("inburgering.duo.simulator.notificatie-url"))
                    .headers(headers -> {
                        headers.setBearerAuth(environment.getRequiredProperty("inburgering.duo.simulator.token"));
                        headers.set("bron", environment.getRequiredProperty("inburgering.duo.oin"));
                        headers.set("doel", doel);
                        headers.set("berichtId", berichtId);
                    })
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .toEntity(String.class);
            return new Sent(berichtId, answer.getStatusCode().value(), answer.getBody());
        } catch (RestClientResponseException e) {
            return new Sent(berichtId, e.getStatusCode().value(), e.getResponseBodyAsString());
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
