package nl.inburgeringsregie.security;

import java.net.URI;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Logging out of /regie in oidc mode ends the application's session (and with it the Camunda webapps' login, one
 * session) and the session at the identity provider, when the provider offers an end_session_endpoint (OpenID
 * Connect RP-Initiated Logout); the provider sends the user back to /regie/inloggen?uitgelogd.
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

    static LogoutSuccessHandler successHandler(ClientRegistrationRepository registrations) {
        var atProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        atProvider.setPostLogoutRedirectUri("{baseUrl}" + AFTER_LOGOUT);
        atProvider.setDefaultTargetUrl(AFTER_LOGOUT);
        return (request, response, authentication) -> atProvider.onLogoutSuccess(request, response,
                authentication instanceof OidcLogin.SignedOn signedOn
                        ? new OAuth2AuthenticationToken(signedOn.idToken(), signedOn.getAuthorities(), SignOn.REGISTRATION)
                        : authentication);
    }
}
