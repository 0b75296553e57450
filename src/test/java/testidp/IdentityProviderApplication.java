package testidp;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The embedded OpenID provider of the single sign-on tests (Spring Authorization Server), a stand-in for the
 * gemeente's Keycloak or Entra ID: users with a password, their groups in the {@code groups} claim of the ID token and
 * the access token, with RP-initiated logout. Outside the application's packages, so the application's component scan
 * never finds it; started by {@code nl.inburgeringsregie.support.TestIdentityProvider}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class})
public class IdentityProviderApplication {

    public static final String CLIENT_ID = "inburgeringsregie";
    public static final String CLIENT_SECRET = "geheim-van-de-test";
    public static final String PASSWORD = "wachtwoord";

    /** Each user's groups at the provider; a test may change them. */
    public static final Map<String, List<String>> GROUPS = new ConcurrentHashMap<>();
    /** Each user's names and e-mail (given_name, family_name, email). */
    public static final Map<String, List<String>> NAMES = new ConcurrentHashMap<>();
    /** The application's base URLs (http://127.0.0.1:port), for its post-logout redirect. */
    public static final List<String> APPLICATIONS = new java.util.concurrent.CopyOnWriteArrayList<>();

    public static final RSAKey KEY = rsaKey();

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        var server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        return http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults()).build();
    }

    @Bean
    UserDetailsService users() {
        var users = new InMemoryUserDetailsManager();
        GROUPS.keySet().forEach(name -> users.createUser(
                User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build()));
        return users;
    }

    /** The application as client; asked for again at every request, so the redirect URIs follow the app's port. */
    @Bean
    RegisteredClientRepository clients() {
        return new RegisteredClientRepository() {
            @Override
            public void save(RegisteredClient registeredClient) {
                // the provider re-encodes the client secret after its first use; the test client stays as it is
            }

            @Override
            public RegisteredClient findById(String id) {
                return CLIENT_ID.equals(id) ? client() : null;
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                return CLIENT_ID.equals(clientId) ? client() : null;
            }
        };
    }

    private static RegisteredClient client() {
        var client = RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                // a loopback address: Spring Authorization Server accepts any port for it (RFC 8252)
                .redirectUri("http://127.0.0.1/login/oauth2/code/gemeente")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL);
        APPLICATIONS.forEach(app -> client.postLogoutRedirectUri(app + "/regie/inloggen?uitgelogd"));
        if (APPLICATIONS.isEmpty()) {
            client.postLogoutRedirectUri("http://127.0.0.1/regie/inloggen?uitgelogd");
        }
        return client.build();
    }

    /** The groups, names and user id in the ID token and the access token, as Keycloak gives them. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> groupsClaim() {
        return context -> {
            String user = context.getPrincipal().getName();
            var groups = GROUPS.get(user);
            if (groups == null) {
                return;
            }
            context.getClaims().claim("groups", List.copyOf(groups)).claim("preferred_username", user);
            var names = NAMES.get(user);
            if (names != null) {
                context.getClaims().claim("given_name", names.get(0)).claim("family_name", names.get(1))
                        .claim("email", names.get(2));
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() {
        return new ImmutableJWKSet<>(new JWKSet(KEY));
    }

    /** For the provider's own user info endpoint. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings(Environment environment) {
        return AuthorizationServerSettings.builder().issuer(environment.getRequiredProperty("testidp.issuer")).build();
    }

    private static RSAKey rsaKey() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
