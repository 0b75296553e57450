package nl.inburgeringsregie.security;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import nl.inburgeringsregie.shared.Groups;

/**
 * Nobody gets in anonymously:
 * <ul>
 * <li>{@code /api/**} — the application's own API: people with HTTP Basic against Camunda's users, system
 * accounts with their token ({@link SystemAccounts}), a role per endpoint ({@code /api/modellen/**}, deploying
 * and migrating models, for analisten only);</li>
 * <li>{@code /engine-rest/**} — Camunda's REST API: Camunda's own authentication filter, so Camunda
 * authorizations and tenant checks apply to every call;</li>
 * <li>the webapps (Cockpit, Tasklist, Admin) — Camunda's own login; their APIs refuse anonymous calls.</li>
 * </ul>
 * In oidc mode ({@link SignOn}, issue 21 point 1) people log in at the gemeente's identity provider instead (OAuth2
 * login for /regie and the webapps, {@link OidcLogin}) and programs send its JWTs ({@link BearerTokenUsers},
 * {@link EngineRestUsers}); no chain takes a person's password, system accounts keep their tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REALM = "Inburgeringsregie";

    /** Single sign-on through the gemeente's identity provider ({@link SignOn}); else passwords against Camunda. */
    private final boolean oidc;
    private final ObjectProvider<OidcLogin> oidcLogin;
    private final ObjectProvider<BearerTokenUsers> bearerUsers;
    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SecurityConfiguration(Environment environment, ObjectProvider<OidcLogin> oidcLogin,
            ObjectProvider<BearerTokenUsers> bearerUsers, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.oidc = SignOn.oidc(environment);
        this.oidcLogin = oidcLogin;
        this.bearerUsers = bearerUsers;
        this.registrations = registrations;
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationApi(HttpSecurity http, SystemAccounts systemAccounts) throws Exception {
        AuthenticationEntryPoint notAuthenticated = oidc
                ? (request, response, e) -> ProblemAnswers.write(response, 401, "Niet aangemeld", BEARER_HINT
                        + " of, als systeem, met uw token.", "Bearer")
                : (request, response, e) -> ProblemAnswers.write(response, 401, "Niet aangemeld",
                        "Meld u aan met gebruikersnaam en wachtwoord (HTTP Basic) of, als systeem, met uw token.");
        if (oidc) {
            bearerTokens(http, notAuthenticated);
        } else {
            http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(notAuthenticated));
        }
        return http
                .securityMatcher(pathPattern("/api/**"))
                .addFilterBefore(systemAccounts.authenticationFilter(notAuthenticated, oidc),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(pathPattern(HttpMethod.POST, "/api/aanmeldingen"))
                        .hasAnyAuthority(Groups.authority(Groups.CONSULENTEN), Groups.authority(Groups.KOPPELINGEN))
                        .requestMatchers(pathPattern(HttpMethod.POST, "/api/zaken/{zaaknummer}/pip/wijzigingsverzoeken"))
                        .hasAuthority(Groups.authority(Groups.CONSULENTEN))
                        .requestMatchers(pathPattern(HttpMethod.GET, "/api/zaken/**"))
                        .hasAnyAuthority(Groups.authority(Groups.CONSULENTEN), Groups.authority(Groups.COORDINATOREN))
                        .requestMatchers(pathPattern(HttpMethod.GET, "/api/duo-notificaties/{id}"))
                        .hasAnyAuthority(Groups.authority(Groups.CONSULENTEN), Groups.authority(Groups.COORDINATOREN))
                        // the daily digest and the count of late and due-soon clocks (issue 19, point 6): each their own
                        .requestMatchers(pathPattern(HttpMethod.GET, "/api/signalering/mijn-berichten"),
                                pathPattern(HttpMethod.GET, "/api/signalering/aantal"))
                        .hasAnyAuthority(Groups.authority(Groups.CONSULENTEN), Groups.authority(Groups.COORDINATOREN))
                        // the providers (issue 20, point 1): read by both, the list and contracts kept by coordinatoren
                        .requestMatchers(pathPattern(HttpMethod.GET, "/api/aanbieders"))
                        .hasAnyAuthority(Groups.authority(Groups.CONSULENTEN), Groups.authority(Groups.COORDINATOREN))
                        .requestMatchers(pathPattern(HttpMethod.POST, "/api/aanbieders/synchroniseren"),
                                pathPattern(HttpMethod.PUT, "/api/aanbieders/{instellingsnummer}/contracten"))
                        .hasAuthority(Groups.authority(Groups.COORDINATOREN))
                        .requestMatchers(pathPattern("/api/modellen"), pathPattern("/api/modellen/**"))
                        .hasAuthority(Groups.authority(Groups.ANALISTEN))
                        // the processing log (AVG, issue 21 point 3): the privacy officer only, nobody else reads it
                        .requestMatchers(pathPattern(HttpMethod.GET, "/api/verwerkingen"),
                                pathPattern(HttpMethod.GET, "/api/verwerkingen.csv"))
                        .hasAuthority(Groups.authority(Groups.PRIVACY))
                        // retention (issue 21 point 4): legal holds, destruction lists and their verklaringen, for
                        // coordinatoren and archivarissen of the gemeente (four eyes: one of each approves a list)
                        .requestMatchers(pathPattern("/api/archief/**"))
                        .hasAnyAuthority(Groups.authority(Groups.COORDINATOREN), Groups.authority(Groups.ARCHIVARISSEN))
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(notAuthenticated)
                        .accessDeniedHandler((request, response, e) -> ProblemAnswers.write(response,
                        403, "Geen toegang", "Uw rol geeft geen toegang tot deze functie.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The DUO simulator (profile duo-simulator): its M2M endpoints for the gemeente's technical account
     * ({@code koppelingen}, with its token), its management endpoints (send a notification, see what arrived) for
     * {@code analisten}.
     */
    @Bean
    @Order(1)
    SecurityFilterChain duoSimulatorApi(HttpSecurity http, SystemAccounts systemAccounts) throws Exception {
        AuthenticationEntryPoint notAuthenticated = (request, response, e) -> ProblemAnswers.write(response, 401,
                "Niet aangemeld", "Meld u aan met uw token of, als analist, met gebruikersnaam en wachtwoord.");
        return http
                .securityMatcher(pathPattern("/duo-simulator/**"))
                .addFilterBefore(systemAccounts.authenticationFilter(notAuthenticated), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(notAuthenticated))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(pathPattern("/duo-simulator/v1/**"))
                        .hasAuthority(Groups.authority(Groups.KOPPELINGEN))
                        .requestMatchers(pathPattern("/duo-simulator/beheer/**"))
                        .hasAuthority(Groups.authority(Groups.ANALISTEN))
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName(REALM))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The coordinators' dashboard {@code /regie} and its JSON API {@code /api/regie/**}: group
     * {@code coordinatoren} only. People log in on a Dutch login page (a session, with CSRF protection on
     * the login and logout forms); programs use HTTP Basic. Only the login page and its style sheet are
     * open. An API call without a login gets 401, a page without a login goes to the login page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain regie(HttpSecurity http) throws Exception {
        var api = pathPattern("/api/regie/**");
        AuthenticationEntryPoint apiNotAuthenticated = oidc
                ? (request, response, e) -> ProblemAnswers.write(response, 401, "Niet aangemeld", BEARER_HINT + ".",
                        "Bearer")
                : (request, response, e) -> ProblemAnswers.write(response, 401, "Niet aangemeld",
                        "Meld u aan met gebruikersnaam en wachtwoord (HTTP Basic).");
        if (oidc) {
            // people log in at the identity provider (through the webapps' chain, camundaWebappsAndRest); programs
            // call /api/regie with its bearer token
            bearerTokens(http, apiNotAuthenticated);
            http.logout(logout -> logout.logoutUrl("/regie/uitloggen")
                    .logoutSuccessHandler(OidcLogout.successHandler(registrations.getObject())));
        } else {
            http.formLogin(form -> form.loginPage("/regie/inloggen").loginProcessingUrl("/regie/inloggen")
                    // /regie/ sends each role on to its start page (regie.RegiePagesController)
                    .defaultSuccessUrl("/regie/", true)
                    .failureUrl("/regie/inloggen?fout"))
                    .logout(logout -> logout.logoutUrl("/regie/uitloggen").logoutSuccessUrl("/regie/inloggen?uitgelogd"))
                    .httpBasic(basic -> basic.realmName(REALM));
        }
        return http
                .securityMatcher(new OrRequestMatcher(pathPattern("/regie"), pathPattern("/regie/**"), api,
                        pathPattern("/webjars/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(pathPattern("/regie/inloggen"), pathPattern("/regie/regie.css")).permitAll()
                        // the archivist's one page, Vernietiging (issue 21, point 4), with what every page needs
                        .requestMatchers(ARCHIVE_SHARED.stream().map(path -> pathPattern(HttpMethod.GET, path))
                                .toArray(RequestMatcher[]::new))
                        .hasAnyAuthority(Groups.authority(Groups.CONSULENTEN), Groups.authority(Groups.COORDINATOREN),
                                Groups.authority(Groups.ARCHIVARISSEN))
                        .requestMatchers(ARCHIVE.stream().map(SecurityConfiguration::pathPattern)
                                .toArray(RequestMatcher[]::new))
                        .hasAnyAuthority(Groups.authority(Groups.COORDINATOREN), Groups.authority(Groups.ARCHIVARISSEN))
                        .requestMatchers(CASEWORK.stream().map(path -> pathPattern(HttpMethod.GET, path))
                                .toArray(RequestMatcher[]::new))
                        .hasAnyAuthority(Groups.authority(Groups.CONSULENTEN), Groups.authority(Groups.COORDINATOREN))
                        // a consulent keeps their own contact details for DUO (issue 20, point 4)
                        .requestMatchers(pathPattern(HttpMethod.PUT, "/api/regie/mijn-contactgegevens/{gemeente}"))
                        .hasAnyAuthority(Groups.authority(Groups.CONSULENTEN), Groups.authority(Groups.COORDINATOREN))
                        .anyRequest().hasAuthority(Groups.authority(Groups.COORDINATOREN)))
                // Only the application's own scripts, styles and pages: nothing typed by a user can become code
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(oidc
                        ? OidcLogout.contentPolicyWithLogoutAt(REGIE_CONTENT_POLICY, registrations.getObject())
                        : REGIE_CONTENT_POLICY)))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(apiNotAuthenticated, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(
                                oidc ? SignOn.LOGIN_PATH : "/regie/inloggen"), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler((request, response, e) -> ProblemAnswers.write(response, 403,
                                "Geen toegang", e instanceof CsrfException
                                        ? "Het formulier is verlopen of komt niet van deze site; laad de pagina opnieuw."
                                        : "Uw rol geeft geen toegang tot deze pagina of functie.")))
                .build();
    }

    /**
     * Camunda Admin's setup page creates the first administrator for anyone while no user exists. No profile
     * needs it (the demo creates its users, production takes its administrator from the configuration, see
     * {@code ProdSettingsCheck}), so it is closed in every profile, whatever the number of users.
     */
    @Bean
    @Order(0)
    SecurityFilterChain camundaAdminSetup(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(pathPattern("/camunda/api/admin/setup/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ProblemAnswers.write(response, 403,
                                "Niet beschikbaar", SETUP_CLOSED))
                        .accessDeniedHandler((request, response, e) -> ProblemAnswers.write(response, 403,
                                "Niet beschikbaar", SETUP_CLOSED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * What consulenten reach of {@code /regie} besides coordinatoren (issue 19, point 1), reading only: Mijn zaken, the
     * case page and their data, the page's choices, the daily digests and their count ({@code /regie} itself sends a
     * consulent on to Mijn zaken).
     * Everything else — the deadline list, KPIs, exports, handovers, pauses and extensions — stays with coordinatoren.
     */
    static final List<String> CASEWORK = List.of("/regie", "/regie/", "/regie/mijn-zaken", "/regie/mijn-zaken.html",
            "/regie/mijn-zaken.js", "/regie/zaak", "/regie/zaak.html", "/regie/zaak.js", "/regie/gemeenschappelijk.js",
            "/api/regie/mijn-zaken", "/api/regie/zaken/{zaaknummer}", "/api/regie/keuzes", "/regie/berichten",
            // what DUO knows of the case's person, read on request from the case page (issue 20, point 5)
            "/api/regie/zaken/{zaaknummer}/duo",
            // the consulent's own contact details for DUO (issue 20, point 4)
            "/regie/mijn-contactgegevens", "/regie/mijn-contactgegevens.html", "/regie/mijn-contactgegevens.js",
            "/regie/contactgegevens-melding.js", "/api/regie/mijn-contactgegevens",
            "/regie/berichten.html", "/regie/berichten.js", "/api/regie/signalering/aantal",
            "/api/regie/signalering/mijn-berichten");

    /** What every /regie page needs, for the archivist too: the start redirect, the helpers, the choices and token. */
    static final List<String> ARCHIVE_SHARED = List.of("/regie", "/regie/", "/regie/gemeenschappelijk.js",
            "/api/regie/keuzes");

    /** The page Vernietiging and its API: coordinatoren and archivarissen (four eyes on a vernietigingslijst). */
    static final List<String> ARCHIVE = List.of("/regie/vernietiging", "/regie/vernietiging.html",
            "/regie/vernietiging.js", "/api/regie/archief/**");

    static final String REGIE_CONTENT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String SETUP_CLOSED = "De eerste beheerder wordt via de configuratie aangemaakt "
            + "(INBURGERING_BEHEERDER), niet via deze pagina.";

    /**
     * Camunda's authentication filter lets {@code /engine-rest/engine} (the list of engines) through
     * without a login, with or without a trailing slash; here both need one.
     */
    @Bean
    @Order(3)
    SecurityFilterChain engineList(HttpSecurity http) throws Exception {
        if (oidc) {
            // in oidc mode all of Camunda's REST API: the identity provider's bearer token, checked here, handed to
            // Camunda by EngineRestUsers
            return bearerTokens(http.securityMatcher(pathPattern("/engine-rest/**")), (request, response, e) ->
                    ProblemAnswers.write(response, 401, "Niet aangemeld", BEARER_HINT + ".", "Bearer"))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .build();
        }
        return http
                .securityMatcher(new OrRequestMatcher(pathPattern("/engine-rest/engine"),
                        pathPattern("/engine-rest/engine/")))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Camunda's REST API and webapps authenticate with Camunda's own mechanisms (see
     * {@link #engineRestAuthentication()}); Spring Security only adds its headers here, and logs a user who logged in
     * on {@code /regie} in to the webapps too ({@link CamundaWebappLogin}).
     */
    @Bean
    @Order(4)
    SecurityFilterChain camundaWebappsAndRest(HttpSecurity http, ObjectProvider<ProcessEngine> engine) throws Exception {
        if (oidc) {
            // The webapps' pages need a login at the identity provider (CamundaWebappLogin then logs the person in
            // to the webapps); Camunda's own password login is closed. The provider's answer (/login/oauth2/code/…)
            // lands here too, for /regie as well.
            var login = oidcLogin.getObject();
            var passwordLogin = pathPattern(HttpMethod.POST, "/camunda/api/{app}/auth/user/{engine}/login/{webapp}");
            AuthenticationEntryPoint noPasswords = (request, response, e) -> ProblemAnswers.write(response, 403,
                    "Geen toegang", "Aanmelden met een wachtwoord kan hier niet: meld u aan via uw organisatie.");
            http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(noPasswords, passwordLogin)
                    .defaultAccessDeniedHandlerFor((request, response, e) -> noPasswords.commence(request, response,
                            null), passwordLogin));
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers(passwordLogin).denyAll()
                    .requestMatchers(pathPattern("/camunda/app/**")).authenticated()
                    .anyRequest().permitAll())
                    // the webapps' "Afmelden": the session ends here and at the provider (OidcLogout)
                    .logout(logout -> logout.logoutRequestMatcher(
                            pathPattern(HttpMethod.POST, "/camunda/api/{app}/auth/user/{engine}/logout"))
                            .logoutSuccessHandler(OidcLogout.webappSuccessHandler(registrations.getObject())))
                    .oauth2Login(oauth -> oauth.loginPage(SignOn.LOGIN_PATH)
                            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(login.userService()))
                            .successHandler(login.successHandler())
                            .failureHandler(login.failureHandler()));
        } else {
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        }
        return http
                .addFilterAfter(new CamundaWebappLogin(engine), AuthorizationFilter.class)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addInitParameter("authentication-provider",
                (oidc ? EngineRestUsers.class : HttpBasicAuthenticationProvider.class).getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    private static final String BEARER_HINT = "Meld u aan met een toegangstoken (Bearer) van de identity provider van "
            + "uw organisatie";

    /** The identity provider's JWTs (oidc mode): issuer, expiry, audience checked, groups mapped. */
    private HttpSecurity bearerTokens(HttpSecurity http, AuthenticationEntryPoint notAuthenticated) throws Exception {
        return http.oauth2ResourceServer(server -> server.bearerTokenResolver(BearerTokenUsers.jwtsOnly())
                .jwt(jwt -> jwt.jwtAuthenticationConverter(bearerUsers.getObject()))
                .authenticationEntryPoint(notAuthenticated));
    }

    private static PathPatternRequestMatcher pathPattern(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static PathPatternRequestMatcher pathPattern(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /** An answer of the Notificatie API: API-Version and DUO's Foutmelding. */
}
