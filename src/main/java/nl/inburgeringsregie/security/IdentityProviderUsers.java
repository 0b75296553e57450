package nl.inburgeringsregie.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.security.IdentityProviderGroups.MappedUser;

/**
 * Keeps Camunda's copy of a person who logged in through the identity provider in line with the provider, at every
 * login: name and e-mail (the names on the case page, the daily digest's address), the groups and the gemeenten
 * (tenants) of the mapping — added and removed, so a user whose groups changed at the provider has exactly the new
 * rights at their next login (issue 21, point 1). The user has no password: people log in only at the provider.
 * Camunda's authorizations and tenant checks then apply to the mapped groups, in the webapps and the engine.
 */
@Component
class IdentityProviderUsers {

    private final IdentityService identityService;

    IdentityProviderUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Whether this user id is one of a system account: those never log in as a person. */
    boolean isSystemAccount(String userId) {
        return identityService.createGroupQuery().groupMember(userId)
                .groupIdIn(SystemAccounts.GROUPS.toArray(String[]::new)).count() > 0;
    }

    @Transactional
    void update(MappedUser person) {
        var user = identityService.createUserQuery().userId(person.id()).singleResult();
        if (user == null) {
            user = identityService.newUser(person.id());
        }
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.email());
        identityService.saveUser(user);

        Set<String> groups = identityService.createGroupQuery().groupMember(person.id()).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        groups.stream().filter(group -> !person.groups().contains(group))
                .forEach(group -> identityService.deleteMembership(person.id(), group));
        person.groups().stream().filter(group -> !groups.contains(group))
                .forEach(group -> identityService.createMembership(person.id(), group));

        Set<String> tenants = identityService.createTenantQuery().userMember(person.id()).list().stream()
                .map(Tenant::getId).collect(Collectors.toSet());
        tenants.stream().filter(tenant -> !person.gemeenten().contains(tenant))
                .forEach(tenant -> identityService.deleteTenantUserMembership(tenant, person.id()));
        // a gemeente this installation does not serve (no tenant) is left out
        person.gemeenten().stream().filter(tenant -> !tenants.contains(tenant))
                .filter(tenant -> identityService.createTenantQuery().tenantId(tenant).count() > 0)
                .forEach(tenant -> identityService.createTenantUserMembership(tenant, person.id()));
    }
}
