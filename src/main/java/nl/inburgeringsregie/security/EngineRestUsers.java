package nl.inburgeringsregie.security;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.inburgeringsregie.shared.ApiUser;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Camunda's REST API in oidc mode (issue 21, point 1): the caller is who Spring Security authenticated with the
 * identity provider's bearer token, with the groups and gemeenten (tenants) of the mapping, so Camunda's
 * authorizations and tenant checks apply as for the same person in the webapps. Camunda makes this class itself
 * (the filter's init parameter), hence the public no-argument constructor.
 */
public class EngineRestUsers implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof ApiUser user)) {
            return AuthenticationResult.unsuccessful();
        }
        var result = AuthenticationResult.successful(user.id());
        result.setGroups(List.copyOf(user.groups()));
        result.setTenants(List.copyOf(user.gemeenten()));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"" + SecurityConfiguration.REALM + "\"");
    }
}
