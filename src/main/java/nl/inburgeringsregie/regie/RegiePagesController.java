package nl.inburgeringsregie.regie;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.Groups;

/**
 * The pages of {@code /regie}: the dashboard, Mijn zaken and the case page are static files (HTML and JavaScript
 * that read {@code /api/regie}); the login page is rendered here because its form carries the CSRF token.
 */
@Controller
class RegiePagesController {

    /** inburgering.aanmelding.modus oidc: people log in at the identity provider (security.SignOn). */
    private final boolean singleSignOn;

    RegiePagesController(@Value("${inburgering.aanmelding.modus:lokaal}") String signOn) {
        this.singleSignOn = "oidc".equals(signOn.strip());
    }

    /** The coordinators' dashboard; a consulent starts the day on Mijn zaken instead. */
    @GetMapping({"/regie", "/regie/"})
    String dashboard(@AuthenticationPrincipal ApiUser user) {
        if (user.groups().contains(Groups.COORDINATOREN)) {
            return "forward:/regie/index.html";
        }
        return user.groups().contains(Groups.ARCHIVARISSEN) && !user.groups().contains(Groups.CONSULENTEN)
                ? "redirect:/regie/vernietiging" : "redirect:/regie/mijn-zaken";
    }

    /** Vernietigingslijsten and verklaringen van vernietiging, for coordinatoren and archivarissen (issue 21, point 4). */
    @GetMapping("/regie/vernietiging")
    String destruction() {
        return "forward:/regie/vernietiging.html";
    }

    @GetMapping("/regie/mijn-zaken")
    String caseload() {
        return "forward:/regie/mijn-zaken.html";
    }

    /** The providers (taalaanbieders) and the gemeente's contracts with them, kept up to date from DUO's list. */
    @GetMapping("/regie/aanbieders")
    String providers() {
        return "forward:/regie/aanbieders.html";
    }

    /** The user's daily digests (signalering), as they were mailed. */
    @GetMapping("/regie/berichten")
    String digests() {
        return "forward:/regie/berichten.html";
    }

    @GetMapping("/regie/zaak")
    String casePage() {
        return "forward:/regie/zaak.html";
    }

    @GetMapping(path = "/regie/inloggen", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(CsrfToken csrf, @RequestParam(required = false) String fout,
            @RequestParam(required = false) String uitgelogd) {
        String message = fout != null ? "<p class=\"melding fout\">Gebruikersnaam of wachtwoord klopt niet.</p>"
                : uitgelogd != null ? "<p class=\"melding\">U bent uitgelogd.</p>" : "";
        if (singleSignOn) {
            // people log in at the gemeente's identity provider, never with a password here (issue 21, point 1)
            return PAGE.formatted(message, "<p><a id=\"inloggen\" href=\"/oauth2/authorization/gemeente\">"
                    + "Inloggen via uw organisatie</a></p>");
        }
        return PAGE.formatted(message, """
                    <form method="post" action="/regie/inloggen">
                      <label for="username">Gebruikersnaam</label>
                      <input id="username" name="username" autocomplete="username" required autofocus>
                      <label for="password">Wachtwoord</label>
                      <input id="password" name="password" type="password" autocomplete="current-password" required>
                      <input type="hidden" name="%s" value="%s">
                      <button type="submit" id="inloggen">Inloggen</button>
                    </form>
                """.formatted(HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken())));
    }

    private static final String PAGE = """
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Inloggen – Regie inburgering</title>
                  <link rel="stylesheet" href="/regie/regie.css">
                </head>
                <body class="inloggen">
                  <main>
                    <h1>Regie inburgering</h1>
                    <p>Voor consulenten en coördinatoren: uw zaken, hun termijnen en de KPI's van uw gemeenten.</p>
                    %s
                %s
                  </main>
                </body>
                </html>
                """;
}
