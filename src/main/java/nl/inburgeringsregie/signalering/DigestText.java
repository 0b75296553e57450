package nl.inburgeringsregie.signalering;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.inburgeringsregie.shared.DutchDate;

/**
 * The words of one digest, in Dutch, as plain text (no HTML: nothing in it can become markup or code).
 * <p>
 * What it holds, and what not. No BSN (issue 19, point 6: "No BSN in any mail"). No name, birth date or other data of
 * the inburgeraar either: e-mail leaves the application and is kept in mailboxes and backups beyond its access rules
 * and retention, so it carries only what is needed to act (AVG art. 5 lid 1 onder c, minimale gegevensverwerking): the
 * zaaknummer, the gemeente's name, the norm in words, the due day (dd-mm-jjjj), days left or late, and the link to
 * the case page, where a user who may see the case reads the rest after logging in. The names of colleagues (the
 * consulent of a case, in a coordinator's digest) are work data the coordinator needs to act, and stay.
 */
final class DigestText {

    /**
     * At most this many case lines in one mail, over all its parts (a line with its link is about 250 characters):
     * a consulent of a thousand late clocks gets a readable mail, with the rest counted and a link to the full list,
     * and the mail fits the outbox (signal_mail.body, 30,000 characters; a digest of a 100,000-case benchmark
     * database overflowed it and stopped the demo's start).
     */
    static final int MAX_LINES = 60;

    private DigestText() {
    }

    /** A digest's subject and body. */
    record Mail(String subject, String body) {
    }

    /**
     * The digest for one person: their own late and due-soon clocks (as consulent), and the new breaches per gemeente
     * name (as coordinator), either may be empty but not both.
     */
    static Mail compose(String recipientName, LocalDate today, List<DueClock> own,
            Map<String, List<DueClock>> newBreachesPerGemeente, Map<String, String> consulentNames, String baseUrl) {
        List<DueClock> late = own.stream().filter(clock -> clock.state(today) == DigestRule.TE_LAAT).toList();
        List<DueClock> soon = own.stream().filter(clock -> clock.state(today) == DigestRule.BINNENKORT).toList();
        long breaches = newBreachesPerGemeente.values().stream().mapToLong(List::size).sum();

        var body = new StringBuilder();
        int[] budget = {MAX_LINES};
        body.append("Beste ").append(recipientName).append(",\n\n");
        body.append("Dit is uw overzicht van de termijnen op ").append(DutchDate.format(today)).append(".\n");
        if (!late.isEmpty()) {
            body.append("\nTe laat in uw zaken (").append(late.size()).append(")\n");
            lines(body, late, today, clock -> null, baseUrl, budget, "/regie/mijn-zaken");
        }
        if (!soon.isEmpty()) {
            body.append("\nBinnenkort in uw zaken, binnen de herinneringstermijn van de gemeente (").append(soon.size())
                    .append(")\n");
            lines(body, soon, today, clock -> null, baseUrl, budget, "/regie/mijn-zaken");
        }
        if (breaches > 0) {
            body.append("\nNieuwe overschrijdingen sinds het vorige overzicht (").append(breaches).append(")\n");
            newBreachesPerGemeente.forEach((gemeente, clocks) -> {
                body.append("\n").append(gemeente).append(" (").append(clocks.size()).append(")\n");
                lines(body, clocks, today, clock -> clock.consulent() == null ? "geen consulent"
                        : "consulent " + consulentNames.getOrDefault(clock.consulent(), clock.consulent()), baseUrl,
                        budget, "/regie/");
            });
        }
        body.append("""

                Gepauzeerde termijnen staan niet in dit overzicht. Om privacyredenen staan er geen namen of BSN's van \
                inburgeraars in deze e-mail: u ziet de gegevens van een zaak na het inloggen via de link.

                Dit bericht is automatisch verstuurd door Regie inburgering. U krijgt het alleen op dagen dat er iets \
                te melden is.
                """);
        return new Mail(subject(today, late.size(), soon.size(), breaches), body.toString());
    }

    private static String subject(LocalDate today, long late, long soon, long breaches) {
        var parts = new StringBuilder();
        if (late > 0) {
            parts.append(late).append(" te laat");
        }
        if (soon > 0) {
            parts.append(parts.isEmpty() ? "" : ", ").append(soon).append(" binnenkort");
        }
        if (breaches > 0) {
            parts.append(parts.isEmpty() ? "" : ", ").append(breaches)
                    .append(breaches == 1 ? " nieuwe overschrijding" : " nieuwe overschrijdingen");
        }
        return "Termijnen " + DutchDate.format(today) + ": " + parts;
    }

    /** The clocks' lines while the mail's budget lasts; the rest counted, with the page that lists them all. */
    private static void lines(StringBuilder body, List<DueClock> clocks, LocalDate today,
            java.util.function.Function<DueClock, String> extra, String baseUrl, int[] budget, String fullList) {
        int shown = Math.min(clocks.size(), budget[0]);
        clocks.subList(0, shown).forEach(clock -> line(body, clock, today, extra.apply(clock), baseUrl));
        budget[0] -= shown;
        if (shown < clocks.size()) {
            body.append("- en nog ").append(clocks.size() - shown).append(" (niet in deze e-mail; de hele lijst staat op ")
                    .append(page(baseUrl, fullList)).append(")\n");
        }
    }

    private static void line(StringBuilder body, DueClock clock, LocalDate today, String extra, String baseUrl) {
        long days = clock.daysLeft(today);
        String when = days < 0 ? dagen(-days) + " te laat" : days == 0 ? "vandaag" : "nog " + dagen(days);
        body.append("- Zaak ").append(clock.caseNumber()).append(" (").append(clock.gemeenteName()).append("): ")
                .append(clock.normWords()).append(", uiterlijk ").append(DutchDate.format(clock.dueOn()))
                .append(", ").append(when);
        if (extra != null) {
            body.append(", ").append(extra);
        }
        body.append("\n  ").append(caseLink(baseUrl, clock.caseNumber())).append("\n");
    }

    private static String dagen(long days) {
        return days == 1 ? "1 dag" : days + " dagen";
    }

    private static String page(String baseUrl, String path) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + path;
    }

    /** The case page of /regie (RegiePagesController, regie/zaak.js reads {@code nummer}). */
    static String caseLink(String baseUrl, String caseNumber) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/regie/zaak?nummer=" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
    }
}
