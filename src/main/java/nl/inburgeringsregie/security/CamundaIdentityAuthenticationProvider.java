package nl.inburgeringsregie.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates API users against Camunda's identity service, so the application's API and the
 * Camunda webapps share one set of users, groups and gemeenten (tenants).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (userId == null || userId.isBlank() || !identityService.checkPassword(userId, password)) {
            throw new BadCredentialsException("Onjuiste gebruikersnaam of wachtwoord");
        }
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toUnmodifiableSet());
        Set<String> gemeenten = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).collect(Collectors.toUnmodifiableSet());
        var authorities = groups.stream().map(Groups::authority).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(new ApiUser(userId, groups, gemeenten), null,
                authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
