package nl.inburgeringsregie.duo;

import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;


/**
 * DUO's Notificatie API ({@code POST /notificaties}, operation opvoerenNotificatie), as DUO's OpenAPI
 * file defines it: 201 once the notification is stored, 400 when it does not meet the specification,
 * 401/403 from the security chain or for a wrong Bron or Doel. Every answer carries API-Version. The
 * body is taken as text whatever its Content-Type, so that {@link Notificaties} records every refusal
 * (415 for a body that is not JSON) in DUO's answer format.
 */
@RestController
class NotificatieController {

    private static final Logger LOG = LoggerFactory.getLogger(NotificatieController.class);

    private final Notificaties notificaties;
    private final String apiVersion;

    NotificatieController(Notificaties notificaties, DuoSpecifications specifications) {
        this.notificaties = notificaties;
        this.apiVersion = specifications.version(DuoApiName.NOTIFICATIE);
    }

    @PostMapping(path = "/notificaties")
    ResponseEntity<Void> opvoerenNotificatie(@RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) String body, Principal sender) {
        notificaties.receive(new Notificaties.Received(bron, doel, berichtId, contentType, body, sender.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).header("API-Version", apiVersion).build();
    }

    /**
     * Anything else — the database away, say — is DUO's 500 ("De server kan niet antwoorden door een (interne)
     * fout", Notificatie openapi.yml) in DUO's format with API-Version: nothing was stored, so DUO sends the
     * notification again (re-probe of issue 16: the answer was Spring's own JSON without API-Version).
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Foutmelding> failed(RuntimeException e) {
        LOG.error("Notificatie niet opgeslagen door een interne fout: {}", e.getClass().getName());
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).header("API-Version", apiVersion)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Foutmelding.of("De notificatie is niet opgeslagen door een interne fout van de gemeente; "
                        + "stuur haar later opnieuw."));
    }

    @ExceptionHandler(NotificatieRefusedException.class)
    ResponseEntity<Foutmelding> refused(NotificatieRefusedException e) {
        return ResponseEntity.status(e.status()).header("API-Version", apiVersion)
                .contentType(MediaType.APPLICATION_JSON).body(new Foutmelding(e.getMessage()));
    }
}
