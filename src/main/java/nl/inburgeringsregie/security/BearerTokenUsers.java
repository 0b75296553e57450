package nl.inburgeringsregie.security;

import java.util.Objects;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.ApiUser;

/**
 * A program calling the API or Camunda's REST API for a person with the identity provider's access token (oidc mode,
 * issue 21 point 1): the token's signature, issuer, expiry and audience are checked by Spring's resource server
 * (spring.security.oauth2.resourceserver.jwt.*); here its groups become the {@link ApiUser} through the same mapping as
 * at the login ({@link IdentityProviderGroups}). A token without a mapped group is a user without rights: every
 * endpoint answers 403 Geen toegang.
 */
@Component
class BearerTokenUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final IdentityProviderGroups mapping;
    private final IdentityProviderUsers users;

    BearerTokenUsers(IdentityProviderGroups mapping, IdentityProviderUsers users) {
        this.mapping = mapping;
        this.users = users;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var user = mapping.map(jwt.getClaims()).filter(person -> !users.isSystemAccount(person.id()))
                .map(IdentityProviderGroups.MappedUser::apiUser)
                .orElseGet(() -> new ApiUser(Objects.requireNonNullElse(mapping.userId(jwt.getClaims()),
                        jwt.getSubject()), Set.of(), Set.of()));
        return new Authenticated(jwt, user);
    }

    /** Only JWTs go to the resource server; a system account's own token goes to {@link SystemAccounts}. */
    static BearerTokenResolver jwtsOnly() {
        var resolver = new DefaultBearerTokenResolver();
        return request -> {
            String token = resolver.resolve(request);
            return SignOn.isJwt(token) ? token : null;
        };
    }

    /** The checked token, with the {@link ApiUser} as principal as every other login gives it. */
    static final class Authenticated extends JwtAuthenticationToken {

        private final ApiUser user;

        Authenticated(Jwt jwt, ApiUser user) {
            super(jwt, OidcLogin.authorities(user), user.id());
            this.user = user;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }
    }
}
