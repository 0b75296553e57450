package nl.inburgeringsregie.security;

import java.io.IOException;
import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.Groups;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A person's login through the gemeente's identity provider (oidc mode, issue 21 point 1): the provider's user is
 * mapped ({@link IdentityProviderGroups}), refused with the Dutch "Geen toegang" page when no group gives a role,
 * copied to Camunda ({@link IdentityProviderUsers}), and logged in as the application knows its users: an
 * {@link ApiUser} with its groups and gemeenten, so /regie, the API's controllers and the Camunda webapps
 * ({@link CamundaWebappLogin}) see them as after a password login.
 */
@Component
class OidcLogin {

    private static final Logger LOG = LoggerFactory.getLogger(OidcLogin.class);
    static final String NO_ACCESS = "geen_toegang";

    private final IdentityProviderGroups mapping;
    private final IdentityProviderUsers users;
    private final OidcUserService provider = new OidcUserService();
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    OidcLogin(IdentityProviderGroups mapping, IdentityProviderUsers users) {
        this.mapping = mapping;
        this.users = users;
    }

    /** Reads the user from the provider's ID token (and user info), maps and copies them, or refuses them. */
    OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        return request -> {
            OidcUser user = provider.loadUser(request);
            var person = mapping.map(user.getClaims()).filter(mapped -> !users.isSystemAccount(mapped.id()));
            if (person.isEmpty()) {
                LOG.warn("Aanmelding via de identity provider geweigerd voor gebruiker '{}': geen groep met een rol",
                        LogText.of(mapping.userId(user.getClaims())));
                throw new OAuth2AuthenticationException(new OAuth2Error(NO_ACCESS));
            }
            try {
                users.update(person.get());
            } catch (RuntimeException e) {
                // e.g. a user id Camunda refuses (its user-resource-whitelist-pattern; docs/operations.md)
                LOG.error("Gebruiker '{}' van de identity provider kon niet in Camunda worden bijgewerkt: {}",
                        LogText.of(person.get().id()), LogText.of(e.getMessage()));
                throw new OAuth2AuthenticationException(new OAuth2Error("gebruiker_niet_bij_te_werken"), e);
            }
            return new MappedOidcUser(user, person.get().apiUser());
        };
    }

    /**
     * After the login: the session holds the {@link ApiUser}; on to the page asked for, or /regie/, which sends each
     * role on to its start page (regie.RegiePagesController), as after a password login.
     */
    AuthenticationSuccessHandler successHandler() {
        var continueToPage = new SavedRequestAwareAuthenticationSuccessHandler();
        continueToPage.setDefaultTargetUrl("/regie/");
        return (request, response, authentication) -> {
            var user = (MappedOidcUser) authentication.getPrincipal();
            var signedOn = new SignedOn(user.apiUser, user);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(signedOn);
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
            continueToPage.onAuthenticationSuccess(request, response, signedOn);
        };
    }

    /** A refused login: the Dutch page, 403 without a mapped group, 401 when the login itself failed. */
    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            boolean noAccess = exception instanceof OAuth2AuthenticationException oauth
                    && NO_ACCESS.equals(oauth.getError().getErrorCode());
            if (!noAccess) {
                LOG.warn("Aanmelding via de identity provider mislukt: {}", LogText.of(exception.getMessage()));
            }
            NoAccessPage.write(response, noAccess ? 403 : 401, noAccess ? "Geen toegang"
                    : "Aanmelden mislukt", noAccess
                    ? "U bent aangemeld bij uw organisatie, maar uw account hoort bij geen groep die toegang geeft tot "
                            + "Regie inburgering. Vraag uw functioneel beheerder u toe te voegen aan de juiste groep."
                    : "Het aanmelden bij uw organisatie is niet gelukt. Probeer het opnieuw.");
        };
    }

    /** The provider's user with the application's user, between the login and the success handler. */
    static final class MappedOidcUser extends org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser {

        private final ApiUser apiUser;

        MappedOidcUser(OidcUser user, ApiUser apiUser) {
            super(authorities(apiUser), user.getIdToken(), user.getUserInfo(), "sub");
            this.apiUser = apiUser;
        }
    }

    /**
     * A person logged in through the identity provider: the {@link ApiUser} as principal, the provider's user kept for
     * the logout at the provider ({@link OidcLogout}).
     */
    static final class SignedOn extends AbstractAuthenticationToken {

        private final ApiUser user;
        private final OidcUser idToken;

        SignedOn(ApiUser user, OidcUser idToken) {
            super(authorities(user));
            this.user = user;
            this.idToken = idToken;
            setAuthenticated(true);
        }

        OidcUser idToken() {
            return idToken;
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }

        @Override
        public String getName() {
            return user.id();
        }
    }

    static Collection<GrantedAuthority> authorities(ApiUser user) {
        return user.groups().stream().map(Groups::authority).map(SimpleGrantedAuthority::new)
                .map(GrantedAuthority.class::cast).toList();
    }

    /** The Dutch page of a refused login. */
    static final class NoAccessPage {

        private NoAccessPage() {
        }

        static void write(HttpServletResponse response, int status, String title, String text) throws IOException {
            response.setStatus(status);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="nl">
                    <head>
                      <meta charset="utf-8">
                      <meta name="viewport" content="width=device-width, initial-scale=1">
                      <title>%1$s – Regie inburgering</title>
                      <link rel="stylesheet" href="/regie/regie.css">
                    </head>
                    <body class="inloggen">
                      <main>
                        <h1 id="titel">%1$s</h1>
                        <p id="uitleg">%2$s</p>
                        <p><a href="/regie/">Opnieuw aanmelden</a></p>
                      </main>
                    </body>
                    </html>
                    """.formatted(title, text));
        }
    }
}
