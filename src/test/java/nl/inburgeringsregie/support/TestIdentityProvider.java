package nl.inburgeringsregie.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import testidp.IdentityProviderApplication;

/**
 * The embedded OpenID provider of the single sign-on tests ({@link IdentityProviderApplication}), started once per
 * test JVM before the application's test context, at {@code http://localhost:<port>} (the application is reached at
 * 127.0.0.1: another host, so the two sessions' cookies never overwrite each other). Its issuer is the system property
 * {@code testidp.issuer}, which application-oidc-test.yaml reads. Its users (password {@link #PASSWORD}) and their
 * groups at the provider:
 * <ul>
 * <li>{@code ssoconsulent} — /regie/consulenten, /gemeenten/hoorn;</li>
 * <li>{@code ssocoordinator} — /regie/coordinatoren, /gemeenten/hoorn;</li>
 * <li>{@code ssoanalist} — /regie/analisten, /gemeenten/hoorn, /gemeenten/enkhuizen;</li>
 * <li>{@code ssoniemand} — /afdelingen/receptie only: no mapped group;</li>
 * <li>{@code ssowisselaar} — /regie/consulenten, /gemeenten/hoorn, until a test changes them ({@link #setGroups}).</li>
 * </ul>
 */
public final class TestIdentityProvider implements BeforeAllCallback {

    public static final String PASSWORD = IdentityProviderApplication.PASSWORD;
    public static final String AUDIENCE = IdentityProviderApplication.CLIENT_ID;

    private static String issuer;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /** Starts the provider, once; its issuer URL. */
    public static synchronized String start() {
        if (issuer != null) {
            return issuer;
        }
        setGroups("ssoconsulent", "/regie/consulenten", "/gemeenten/hoorn");
        setGroups("ssocoordinator", "/regie/coordinatoren", "/gemeenten/hoorn");
        setGroups("ssoanalist", "/regie/analisten", "/gemeenten/hoorn", "/gemeenten/enkhuizen");
        setGroups("ssoniemand", "/afdelingen/receptie");
        setGroups("ssowisselaar", "/regie/consulenten", "/gemeenten/hoorn");
        IdentityProviderApplication.NAMES.put("ssoconsulent", List.of("Sanne", "Oosterhuis", "sanne@gemeente.example"));
        int port = freePort();
        String url = "http://localhost:" + port;
        new SpringApplicationBuilder(IdentityProviderApplication.class).web(WebApplicationType.SERVLET)
                .properties("server.port=" + port, "testidp.issuer=" + url,
                        // not the application's application.yaml
                        "spring.config.name=testidp", "spring.main.banner-mode=off")
                .run();
        System.setProperty("testidp.issuer", url);
        issuer = url;
        return issuer;
    }

    /** The user's groups at the provider from now on (their next login or token). */
    public static void setGroups(String user, String... groups) {
        IdentityProviderApplication.GROUPS.put(user, List.of(groups));
    }

    /** Lets the provider send a user back to this application after logging out (its post-logout redirect URI). */
    public static void allowLogoutTo(String applicationBaseUrl) {
        if (!IdentityProviderApplication.APPLICATIONS.contains(applicationBaseUrl)) {
            IdentityProviderApplication.APPLICATIONS.add(applicationBaseUrl);
        }
    }

    /** An access token of the provider for the user, with their groups, the audience and the expiry given. */
    public static String accessToken(String user, String audience, Instant expiresAt) {
        return accessToken(user, audience, expiresAt, IdentityProviderApplication.KEY);
    }

    /** As {@link #accessToken(String, String, Instant)}, signed with another key than the provider's. */
    public static String accessTokenSignedByAnother(String user) {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((java.security.interfaces.RSAPublicKey) pair.getPublic())
                    .privateKey(pair.getPrivate()).keyID(IdentityProviderApplication.KEY.getKeyID()).build();
            return accessToken(user, AUDIENCE, Instant.now().plusSeconds(300), key);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String accessToken(String user, String audience, Instant expiresAt, RSAKey key) {
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        var claims = JwtClaimsSet.builder().issuer(start()).subject(user).audience(List.of(audience))
                .issuedAt(expiresAt.minusSeconds(600)).notBefore(expiresAt.minusSeconds(600)).expiresAt(expiresAt)
                .claim("preferred_username", user).claim("groups", IdentityProviderApplication.GROUPS.get(user))
                .build();
        var header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
