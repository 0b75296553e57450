package nl.inburgeringsregie.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.Groups;

/** An authenticated user as the application sees them: Camunda's groups and gemeenten (tenants) of the user. */
@Component
class ApiUsers {

    private final IdentityService identityService;

    ApiUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The authentication of a user whose identity has been proven (password, token or certificate). */
    Authentication authenticated(String userId) {
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toUnmodifiableSet());
        Set<String> gemeenten = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).collect(Collectors.toUnmodifiableSet());
        var authorities = groups.stream().map(Groups::authority).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(new ApiUser(userId, groups, gemeenten), null,
                authorities);
    }
}
