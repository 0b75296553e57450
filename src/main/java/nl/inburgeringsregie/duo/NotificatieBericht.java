package nl.inburgeringsregie.duo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The body of a DUO notification (schema Notificatie of DUO's Notificatie API), read once wherever the
 * stored payload is needed: on receipt, in processing, to start a case from it and to show it.
 */
public record NotificatieBericht(String gebeurtenisId, String bsn, String vNummer, String registratieDatumTijd) {

    public static NotificatieBericht parse(ObjectMapper json, String payload) {
        try {
            return of(json.readTree(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notification that passed the specification check is no JSON", e);
        }
    }

    /** The fields of a notification read already. */
    public static NotificatieBericht of(JsonNode body) {
        return new NotificatieBericht(body.path("gebeurtenisId").asText(null), body.path("bsn").asText(null),
                body.path("vNummer").asText(null), body.path("registratieDatumTijd").asText(null));
    }

    /**
     * The vNummer as DUO's integer (schema Notificatie: "type: integer, format: int64", at most 9999999999), when the
     * notification carries one.
     */
    public java.util.Optional<Long> vNumber() {
        return vNummer == null || vNummer.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(Long.parseLong(vNummer));
    }

    /** The day DUO registered the event, in the zone given (the application's): not the day of DUO's offset. */
    public LocalDate registered(ZoneId zone) {
        return OffsetDateTime.parse(registratieDatumTijd).atZoneSameInstant(zone).toLocalDate();
    }
}
