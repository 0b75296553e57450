package nl.inburgeringsregie.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.Filter;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.shared.Groups;

/**
 * System accounts — coupled systems such as COA's TVS coupling ({@code koppelingen}), DUO ({@code duo}) and the
 * gemeente's monitoring ({@code monitoring}) —
 * authenticate with a token of their own ({@code Authorization: Bearer …}) or, for DUO, with its PKIoverheid
 * certificate; never with a password (issue 16, point 2). So no stranger can lock them out by guessing: a token of
 * 256 random bits cannot be guessed, and there is no counter to run up. Only the SHA-256 of each token is configured
 * ({@code inburgering.systeemaccounts.tokens.<user>}); the user's groups and gemeenten come from Camunda as for
 * people.
 */
@Component
public class SystemAccounts {

    /** The groups whose members are system accounts: they never log in with a password. */
    public static final Set<String> GROUPS = Set.of(Groups.KOPPELINGEN, Groups.DUO, Groups.MONITORING);

    private final Map<String, byte[]> tokenHashes = new java.util.LinkedHashMap<>();
    private final ApiUsers users;

    SystemAccounts(Environment environment, ApiUsers users) {
        Binder.get(environment).bind("inburgering.systeemaccounts.tokens", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()).forEach((user, hash) -> {
                    if (!hash.strip().matches("[0-9a-fA-F]{64}")) {
                        throw new IllegalStateException("inburgering.systeemaccounts.tokens." + user
                                + " is geen SHA-256 (64 hexadecimale tekens) van een token");
                    }
                    tokenHashes.put(user, HexFormat.of().parseHex(hash.strip()));
                });
        this.users = users;
    }

    /** A filter that authenticates a bearer token of a system account, answering a wrong one with the entry point. */
    public Filter authenticationFilter(AuthenticationEntryPoint notAuthenticated) {
        return authenticationFilter(notAuthenticated, false);
    }

    /**
     * As {@link #authenticationFilter(AuthenticationEntryPoint)}; with {@code leaveJwts} (oidc mode) a JWT is left to
     * the resource server: it is the identity provider's token of a person, never a system account's.
     */
    public Filter authenticationFilter(AuthenticationEntryPoint notAuthenticated, boolean leaveJwts) {
        var filter = new AuthenticationFilter(new ProviderManager(new TokenProvider()), request -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? header.substring(7).strip() : null;
            return token == null || leaveJwts && SignOn.isJwt(token) ? null : new TokenAuthentication(token);
        });
        filter.setSuccessHandler((request, response, authentication) -> {
        });
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(notAuthenticated));
        return filter;
    }

    /** The system account whose token this is. */
    Optional<String> userOf(String token) {
        byte[] presented = sha256(token);
        return tokenHashes.entrySet().stream()
                .filter(entry -> MessageDigest.isEqual(presented, entry.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class TokenProvider implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            return userOf((String) authentication.getCredentials()).map(users::authenticated)
                    .orElseThrow(() -> new BadCredentialsException("Onbekend token"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return TokenAuthentication.class.isAssignableFrom(authentication);
        }
    }

    /** A bearer token as presented, not yet checked. */
    private static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final String token;

        TokenAuthentication(String token) {
            super(null);
            this.token = token;
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return null;
        }
    }
}
