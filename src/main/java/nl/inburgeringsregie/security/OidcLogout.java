package nl.inburgeringsregie.security;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Logging out of /regie in oidc mode ends the application's session (and with it the Camunda webapps' login, one
 * session) and the session at the identity provider, when the provider offers an end_session_endpoint (OpenID
 * Connect RP-Initiated Logout); the provider sends the user back to /regie/inloggen?uitgelogd. So does logging out of
 * a webapp ({@link #webappSuccessHandler}).
 */
final class OidcLogout {

    static final String AFTER_LOGOUT = "/regie/inloggen?uitgelogd";

    private OidcLogout() {
    }

    /**
     * The content policy of /regie with the provider's logout address in {@code form-action}: the logout form's answer
     * redirects there, and browsers hold a form's redirects to that directive too.
     */
    static String contentPolicyWithLogoutAt(String policy, ClientRegistrationRepository registrations) {
        var provider = registrations.findByRegistrationId(SignOn.REGISTRATION).getProviderDetails();
        Object endSession = provider.getConfigurationMetadata().get("end_session_endpoint");
        if (endSession == null) {
            return policy;
        }
        var uri = URI.create(String.valueOf(endSession));
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return policy.replace("form-action 'self'", "form-action 'self' " + origin);
    }

    /**
     * The webapps' logout ("Afmelden", an XHR of Camunda's frontend): the session has ended here; the answer names where
     * it ends at the provider (or the page after logging out), and the webapps' script
     * {@code uitloggen-bij-organisatie.js} takes the browser there.
     */
    static LogoutSuccessHandler webappSuccessHandler(ClientRegistrationRepository registrations) {
        var atProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations) {
            @Override
            public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws IOException {
                String target = determineTargetUrl(request, response, providerLogin(authentication));
                response.setStatus(200);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(JSON.writeValueAsString(Map.of("uitloggenBijOrganisatie", target)));
            }
        };
        atProvider.setPostLogoutRedirectUri("{baseUrl}" + AFTER_LOGOUT);
        atProvider.setDefaultTargetUrl(AFTER_LOGOUT);
        return atProvider;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Authentication providerLogin(Authentication authentication) {
        return authentication instanceof OidcLogin.SignedOn signedOn
                ? new OAuth2AuthenticationToken(signedOn.idToken(), signedOn.getAuthorities(), SignOn.REGISTRATION)
                : authentication;
    }

    static LogoutSuccessHandler successHandler(ClientRegistrationRepository registrations) {
        var atProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        atProvider.setPostLogoutRedirectUri("{baseUrl}" + AFTER_LOGOUT);
        atProvider.setDefaultTargetUrl(AFTER_LOGOUT);
        return (request, response, authentication) -> atProvider.onLogoutSuccess(request, response,
                providerLogin(authentication));
    }
}
