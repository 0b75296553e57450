package nl.inburgeringsregie.duo;

import java.time.OffsetDateTime;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.InboundMessages;
import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;

/**
 * {@code GET /api/duo-notificaties/{id}}: a stored DUO notification as the gemeente it was sent to
 * may read it, with the BSN the consulent needs to look the person up in the BRP. The tasks about a
 * notification link here, because the BSN is never a process variable.
 */
@RestController
@RequestMapping("/api/duo-notificaties")
class NotificatieInzageController {

    private final InboundMessages inbox;
    private final GemeenteService gemeenten;
    private final ObjectMapper json;
    private final ProcessingLog processing;

    NotificatieInzageController(InboundMessages inbox, GemeenteService gemeenten, ObjectMapper json,
            ProcessingLog processing) {
        this.processing = processing;
        this.inbox = inbox;
        this.gemeenten = gemeenten;
        this.json = json;
    }

    record Notificatie(long notificatieId, String gemeente, String gebeurtenisId, String bsn, String vNummer,
            String registratieDatumTijd, OffsetDateTime ontvangenOp, String status, String afhandeling) {
    }

    static class NotFound extends RuntimeException {
        NotFound(long id) {
            super("Notificatie " + id + " bestaat niet of is niet aan uw gemeente gericht");
        }
    }

    @GetMapping("/{id}")
    Notificatie show(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
        var received = inbox.find(InboundMessages.Source.DUO, id).orElseThrow(() -> new NotFound(id));
        String gemeente = gemeenten.findByOin(received.recipient()).map(found -> found.code())
                .filter(user.gemeenten()::contains).orElseThrow(() -> new NotFound(id));
        var body = NotificatieBericht.parse(json, received.payload());
        processing.readNotification(Processing.DUO_NOTIFICATIE_INZIEN, user.id(), gemeente, id, body.bsn());
        return new Notificatie(id, gemeente, body.gebeurtenisId(), body.bsn(), body.vNummer(),
                body.registratieDatumTijd(), received.receivedAt(), received.status(), received.outcome());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }
}
