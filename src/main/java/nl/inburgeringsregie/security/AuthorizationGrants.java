package nl.inburgeringsregie.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.security.GroupPermissions.Grant;

/** Writes grants idempotently: an existing grant gets exactly the permissions given. */
@Component
class AuthorizationGrants {

    private final AuthorizationService authorizationService;

    AuthorizationGrants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    void grant(Grant grant) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(grant.groupId())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .list().stream().findFirst()
                .orElseGet(() -> {
                    var created = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                    created.setGroupId(grant.groupId());
                    created.setResource(grant.resource());
                    created.setResourceId(grant.resourceId());
                    return created;
                });
        authorization.setPermissions(grant.permissions());
        authorizationService.saveAuthorization(authorization);
    }
}
