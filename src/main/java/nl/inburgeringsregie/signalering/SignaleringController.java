package nl.inburgeringsregie.signalering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.Groups;

/**
 * The digests and the count in the application (issue 19, point 6), for consulenten and coordinatoren (security:
 * the /api chain): {@code GET /api/signalering/mijn-berichten}, the user's own digests, newest first, with whether
 * they went out (in the demo no mail server is configured, so a newcomer reads the "sent" mail here); and
 * {@code GET /api/signalering/aantal}, the late and due-soon clocks counted as the digest counts them, for a
 * coordinator in all of their gemeenten, for a consulent only their own cases there. The same under
 * {@code /api/regie/signalering} for the pages, which call with their login session (the /regie chain).
 */
@RestController
@RequestMapping({"/api/signalering", "/api/regie/signalering"})
class SignaleringController {

    /** The most digests shown: a month and a half of working days. */
    static final int SHOWN = 30;

    private final MailOutbox outbox;
    private final DigestSelection selection;
    private final Clock clock;

    SignaleringController(MailOutbox outbox, DigestSelection selection, Clock clock) {
        this.outbox = outbox;
        this.selection = selection;
        this.clock = clock;
    }

    record Bericht(long id, LocalDate dag, String aan, String onderwerp, String tekst, String status,
            String statusOmschrijving, OffsetDateTime aangemaaktOp, OffsetDateTime verzondenOp, int pogingen) {
    }

    /**
     * Late and due-soon clocks; {@code binnenkort} counts the clocks whose reminder day has come, that is within the
     * lead time the gemeente sets per norm (one week by default, two for progress talks in the demo, three months for
     * the inburgeringstermijn), so it is not one number of days: {@code binnenkortUitleg} says it in words.
     */
    record Aantal(long teLaat, long binnenkort, String binnenkortUitleg, boolean eigenZaken) {
    }

    @GetMapping("/mijn-berichten")
    List<Bericht> mine(@AuthenticationPrincipal ApiUser user) {
        boolean server = outbox.serverConfigured();
        return outbox.of(user.id(), SHOWN).stream()
                .map(mail -> new Bericht(mail.id(), mail.digestDay(), mail.address(), mail.subject(), mail.body(),
                        mail.status(), statusWords(mail, server), mail.createdAt(), mail.sentAt(), mail.attempts()))
                .toList();
    }

    @GetMapping("/aantal")
    Aantal count(@AuthenticationPrincipal ApiUser user) {
        boolean coordinator = user.groups().contains(Groups.COORDINATOREN);
        var counts = selection.counts(user.gemeenten(), coordinator ? null : user.id(), LocalDate.now(clock));
        return new Aantal(counts.late(), counts.soon(), "binnen de herinneringstermijn die de gemeente per norm instelt",
                !coordinator);
    }

    private static String statusWords(MailOutbox.StoredMail mail, boolean server) {
        return switch (mail.status()) {
            case MailOutbox.VERZONDEN -> "Verzonden";
            case MailOutbox.MISLUKT -> "Niet verzonden: de mailserver was na " + mail.attempts()
                    + " pogingen niet bereikbaar";
            case MailOutbox.GEEN_ADRES -> "Niet verzonden: bij uw account staat geen e-mailadres";
            default -> !server ? "Niet per e-mail verzonden: er is geen mailserver ingesteld; u leest het hier"
                    : mail.attempts() == 0 ? "Wordt verzonden" : "Wordt opnieuw geprobeerd (" + mail.attempts()
                            + " mislukte pogingen)";
        };
    }
}
