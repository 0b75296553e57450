package nl.inburgeringsregie.security;

import org.springframework.core.env.Environment;

/**
 * How people log in (issue 21, point 1), {@code inburgering.aanmelding.modus}: {@code lokaal} (the default; the demo and
 * the tests) with a password against Camunda's users, or {@code oidc}: single sign-on through the gemeente's OpenID
 * Connect provider, JWT bearer tokens for programs, and no passwords for people at all. System accounts keep their
 * tokens and certificates in both modes.
 */
final class SignOn {

    static final String PROPERTY = "inburgering.aanmelding.modus";
    static final String LOKAAL = "lokaal";
    static final String OIDC = "oidc";
    /** The registration id of the gemeente's identity provider in spring.security.oauth2.client.registration. */
    static final String REGISTRATION = "gemeente";
    static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION;

    private SignOn() {
    }

    /** Whether people log in through the identity provider; any other value than the two stops the application. */
    static boolean oidc(Environment environment) {
        String mode = environment.getProperty(PROPERTY, LOKAAL).strip();
        if (!mode.equals(LOKAAL) && !mode.equals(OIDC)) {
            throw new IllegalStateException(PROPERTY + " is '" + mode + "'; kies lokaal of oidc (zie docs/operations.md)");
        }
        return mode.equals(OIDC);
    }

    /** A JWT (header.payload.signature) as the identity provider issues, not a system account's own token. */
    static boolean isJwt(String token) {
        return token != null && token.chars().filter(c -> c == '.').count() == 2;
    }
}
