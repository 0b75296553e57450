package nl.inburgeringsregie.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Authenticates people against Camunda's identity service, so the application's API and the Camunda webapps
 * share one set of users, groups and gemeenten (tenants). The password check is the engine's, with its delay per
 * account and ours per client address (see {@link GuardedIdentityProvider}); system accounts have no password
 * (see {@link SystemAccounts}).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final ApiUsers users;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, ApiUsers users) {
        this.identityService = identityService;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (userId == null || userId.isBlank() || !identityService.checkPassword(userId, password)) {
            throw new BadCredentialsException("Onjuiste gebruikersnaam of wachtwoord");
        }
        return users.authenticated(userId);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
